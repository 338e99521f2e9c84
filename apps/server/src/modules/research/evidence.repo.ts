import type { Evidence } from '@timantti/contracts';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { evidence, evidenceTags, participants, tags } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { consentStatusSql } from './participants.repo.ts';

export async function readEvidence(
  db: Queryable,
  projectId: string,
  filter: {
    id?: string;
    participantId?: string;
    tagId?: string;
    noteId?: string;
    sessionId?: string;
  } = {},
  limit = 500,
): Promise<Evidence[]> {
  const conditions: SQL[] = [eq(evidence.projectId, projectId)];
  if (filter.id) conditions.push(eq(evidence.id, filter.id));
  if (filter.participantId) conditions.push(eq(evidence.participantId, filter.participantId));
  if (filter.noteId) conditions.push(eq(evidence.noteId, filter.noteId));
  if (filter.sessionId) conditions.push(eq(evidence.sessionId, filter.sessionId));
  if (filter.tagId) {
    conditions.push(
      sql`exists (select 1 from ${evidenceTags} et where et.evidence_id = ${evidence.id} and et.tag_id = ${filter.tagId})`,
    );
  }
  const rows = await db
    .select({
      evidence,
      participantCode: participants.code,
      consentStatus: sql<
        Evidence['consentStatus']
      >`case when ${evidence.participantId} is null then null else ${consentStatusSql(sql`${evidence.participantId}`)} end`,
    })
    .from(evidence)
    .leftJoin(participants, eq(participants.id, evidence.participantId))
    .where(and(...conditions))
    .orderBy(desc(evidence.createdAt), asc(evidence.id))
    .limit(limit);
  const ids = rows.map((r) => r.evidence.id);
  const tagRows =
    ids.length === 0
      ? []
      : await db
          .select({ evidenceId: evidenceTags.evidenceId, id: tags.id, name: tags.name })
          .from(evidenceTags)
          .innerJoin(tags, eq(tags.id, evidenceTags.tagId))
          .where(inArray(evidenceTags.evidenceId, ids))
          .orderBy(asc(tags.name));
  return rows.map(({ evidence: e, participantCode, consentStatus }) => ({
    id: e.id,
    projectId: e.projectId,
    kind: e.kind,
    text: e.text,
    language: e.language,
    noteId: e.noteId,
    noteStart: e.noteStart,
    noteEnd: e.noteEnd,
    sessionId: e.sessionId,
    participantId: e.participantId,
    participantCode,
    consentStatus,
    sourceId: e.sourceId,
    tags: tagRows.filter((t) => t.evidenceId === e.id).map(({ id, name }) => ({ id, name })),
    withdrawn: e.withdrawnAt !== null,
    createdAt: e.createdAt.toISOString(),
  }));
}

export async function readOneEvidence(db: Queryable, projectId: string, evidenceId: string) {
  const [item] = await readEvidence(db, projectId, { id: evidenceId }, 1);
  if (!item) throw notFound();
  return item;
}

/** Replaces an evidence item's tags; every tag must belong to the project. */
export async function setEvidenceTags(
  db: Queryable,
  projectId: string,
  evidenceId: string,
  tagIds: string[],
) {
  const unique = [...new Set(tagIds)];
  if (unique.length > 0) {
    const found = await db
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(tags.projectId, projectId), inArray(tags.id, unique)));
    if (found.length !== unique.length) throw notFound();
  }
  await db.delete(evidenceTags).where(eq(evidenceTags.evidenceId, evidenceId));
  if (unique.length > 0)
    await db.insert(evidenceTags).values(unique.map((tagId) => ({ evidenceId, tagId })));
}
