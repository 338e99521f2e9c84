import type { Evidence, InsightEvidence } from '@timantti/contracts';
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../db/client.ts';
import { decodeCursor, encodeCursor, TimeCursor } from '../../../http/cursor.ts';
import {
  evidence,
  evidenceTags,
  participants,
  researchSessions,
  sources,
  tags,
} from '../../../db/schema.ts';
import { notFound } from '../../../platform/errors.ts';
import { advanceVersion } from '../../../platform/versioned-edit.ts';
import { consentStatusSql } from '../participants/participants.repo.ts';

export type EvidenceFilter = {
  id?: string | undefined;
  participantId?: string | undefined;
  tagId?: string | undefined;
  noteId?: string | undefined;
  sessionId?: string | undefined;
};

function evidenceConditions(projectId: string, filter: EvidenceFilter): SQL[] {
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
  return conditions;
}

/** A page of a project's evidence, newest first (the id breaks ties), and the next page's cursor. */
export async function readEvidencePage(
  db: Queryable,
  projectId: string,
  filter: EvidenceFilter & { cursor?: string | undefined; limit: number },
): Promise<{ items: Evidence[]; nextCursor: string | null; total: number | null }> {
  const cursor = decodeCursor(filter.cursor, TimeCursor);
  // Counted for the first page only: the later pages belong to the same list.
  const total = cursor
    ? null
    : ((
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(evidence)
          .where(and(...evidenceConditions(projectId, filter)))
      )[0]?.n ?? 0);
  const after = cursor
    ? sql`(${evidence.createdAt} < ${cursor.at}::timestamptz or (${evidence.createdAt} = ${cursor.at}::timestamptz and ${evidence.id} > ${cursor.id}::uuid))`
    : undefined;
  const rows = await readEvidence(db, projectId, filter, filter.limit + 1, after);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last
      ? encodeCursor({ at: last.cursorAt, id: last.item.id })
      : null;
  return { items: page.map((row) => row.item), nextCursor, total };
}

async function readEvidence(
  db: Queryable,
  projectId: string,
  filter: EvidenceFilter,
  limit: number,
  after?: SQL,
): Promise<{ item: Evidence; cursorAt: string }[]> {
  const conditions = evidenceConditions(projectId, filter);
  if (after) conditions.push(after);
  const rows = await db
    .select({
      evidence,
      cursorAt: sql<string>`${evidence.createdAt}::text`,
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
  return rows.map(({ evidence: e, cursorAt, participantCode, consentStatus }) => ({
    cursorAt,
    item: {
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
      version: e.version,
    },
  }));
}

export async function readOneEvidence(db: Queryable, projectId: string, evidenceId: string) {
  const [found] = await readEvidence(db, projectId, { id: evidenceId }, 1);
  if (!found) throw notFound();
  return found.item;
}

/**
 * Moves an evidence item of the project that still stands on from the version a tag edit was
 * made on (platform/versioned-edit.ts); withdrawn evidence is not found.
 */
export async function advanceEvidenceVersion(
  db: Queryable,
  projectId: string,
  evidenceId: string,
  version: number,
) {
  await advanceVersion(db, evidence, {
    id: evidenceId,
    scope: and(eq(evidence.projectId, projectId), isNull(evidence.withdrawnAt)),
    expected: version,
  });
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

/** The passages taken from a note that still point into it. */
export async function readAnchoredPassages(db: Queryable, noteId: string) {
  const passages = await db
    .select({
      id: evidence.id,
      start: evidence.noteStart,
      end: evidence.noteEnd,
      text: evidence.text,
    })
    .from(evidence)
    .where(and(eq(evidence.noteId, noteId), isNotNull(evidence.noteStart)));
  return passages.flatMap((p) =>
    p.start === null || p.end === null ? [] : [{ ...p, start: p.start, end: p.end }],
  );
}

/** Points an evidence item at other words of its note, or at none. */
export async function setEvidenceAnchor(
  db: Queryable,
  evidenceId: string,
  anchor: { start: number; end: number } | null,
) {
  await db
    .update(evidence)
    .set({ noteStart: anchor?.start ?? null, noteEnd: anchor?.end ?? null })
    .where(eq(evidence.id, evidenceId));
}

// The stored search vector is computed by PostgreSQL from the text as it is inserted.
export type EvidenceInsert = Omit<typeof evidence.$inferInsert, 'search'> & { search: SQL };

export async function insertEvidence(db: Queryable, row: EvidenceInsert) {
  const [created] = await db.insert(evidence).values(row).returning({ id: evidence.id });
  if (!created) throw new Error('evidence insert returned nothing');
  return created.id;
}

/** Deletes an evidence item of the project; false when there was none. */
export async function deleteEvidence(db: Queryable, projectId: string, evidenceId: string) {
  const deleted = await db
    .delete(evidence)
    .where(and(eq(evidence.projectId, projectId), eq(evidence.id, evidenceId)))
    .returning({ id: evidence.id });
  return deleted.length > 0;
}

/**
 * Evidence items with their session, source and participant, in the order of the ids. The words
 * of withdrawn evidence are gone; only the fact that it was withdrawn is shown.
 */
export async function readCitedEvidence(
  db: Queryable,
  evidenceIds: readonly string[],
): Promise<InsightEvidence[]> {
  if (evidenceIds.length === 0) return [];
  const rows = await db
    .select({
      id: evidence.id,
      kind: evidence.kind,
      text: evidence.text,
      language: evidence.language,
      withdrawnAt: evidence.withdrawnAt,
      sessionId: researchSessions.id,
      sessionTitle: researchSessions.title,
      sessionKind: researchSessions.kind,
      sourceId: sources.id,
      sourceTitle: sources.title,
      sourceKind: sources.kind,
      participantId: participants.id,
      participantCode: participants.code,
      consentStatus: sql<
        InsightEvidence['consentStatus']
      >`case when ${evidence.participantId} is null then null else ${consentStatusSql(sql`${evidence.participantId}`)} end`,
    })
    .from(evidence)
    .leftJoin(researchSessions, eq(researchSessions.id, evidence.sessionId))
    .leftJoin(sources, eq(sources.id, evidence.sourceId))
    .leftJoin(participants, eq(participants.id, evidence.participantId))
    .where(inArray(evidence.id, [...evidenceIds]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return evidenceIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        kind: row.kind,
        text: row.withdrawnAt ? '' : row.text,
        language: row.language,
        withdrawn: row.withdrawnAt !== null,
        session:
          row.sessionId && row.sessionTitle !== null && row.sessionKind !== null
            ? { id: row.sessionId, title: row.sessionTitle, kind: row.sessionKind }
            : null,
        source:
          row.sourceId && row.sourceTitle !== null && row.sourceKind !== null
            ? { id: row.sourceId, title: row.sourceTitle, kind: row.sourceKind }
            : null,
        participantId: row.participantId,
        participantCode: row.participantCode,
        consentStatus: row.consentStatus,
      },
    ];
  });
}

/**
 * Which of the ids name evidence of the project, and whether each was withdrawn. Not locked: an
 * erasure committing meanwhile only makes a just-cited item show as withdrawn, as it would have
 * a moment later anyway.
 */
export async function findProjectEvidence(
  db: Queryable,
  projectId: string,
  evidenceIds: readonly string[],
): Promise<Map<string, { withdrawn: boolean }>> {
  const found = new Map<string, { withdrawn: boolean }>();
  // Bounded batches keep each statement under PostgreSQL's parameter limit.
  for (let i = 0; i < evidenceIds.length; i += 1000) {
    const rows = await db
      .select({ id: evidence.id, withdrawnAt: evidence.withdrawnAt })
      .from(evidence)
      .where(
        and(
          eq(evidence.projectId, projectId),
          inArray(evidence.id, evidenceIds.slice(i, i + 1000)),
        ),
      );
    for (const row of rows) found.set(row.id, { withdrawn: row.withdrawnAt !== null });
  }
  return found;
}

/** Which of the given evidence items of a project were withdrawn by an erasure. */
export async function findWithdrawnEvidence(
  db: Queryable,
  projectId: string,
  evidenceIds: readonly string[],
): Promise<string[]> {
  const withdrawn: string[] = [];
  for (let i = 0; i < evidenceIds.length; i += 1000) {
    const rows = await db
      .select({ id: evidence.id })
      .from(evidence)
      .where(
        and(
          eq(evidence.projectId, projectId),
          inArray(evidence.id, evidenceIds.slice(i, i + 1000)),
          isNotNull(evidence.withdrawnAt),
        ),
      );
    withdrawn.push(...rows.map((r) => r.id));
  }
  return withdrawn;
}

/** Where the passages made from a participant's words sit in their notes. */
export async function readParticipantPassages(db: Queryable, participantId: string) {
  return db
    .select({ noteId: evidence.noteId, start: evidence.noteStart, end: evidence.noteEnd })
    .from(evidence)
    .where(and(eq(evidence.participantId, participantId), isNotNull(evidence.noteId)));
}

/** The words of a participant's evidence in the project, for an access request. */
export async function readParticipantEvidenceTexts(
  db: Queryable,
  projectId: string,
  participantId: string,
) {
  return db
    .select({ kind: evidence.kind, text: evidence.text, language: evidence.language })
    .from(evidence)
    .where(and(eq(evidence.projectId, projectId), eq(evidence.participantId, participantId)));
}

/** The project's tagged evidence, once per tag, in the order it was made. */
export async function readTaggedEvidence(db: Queryable, projectId: string) {
  return db
    .select({ id: evidence.id, text: evidence.text, tag: tags.name })
    .from(evidence)
    .innerJoin(evidenceTags, eq(evidenceTags.evidenceId, evidence.id))
    .innerJoin(tags, eq(tags.id, evidenceTags.tagId))
    .where(eq(evidence.projectId, projectId))
    .orderBy(evidence.createdAt);
}

/**
 * Withdraws every evidence item of a participant: the words and search vector go, the item keeps
 * its place in the trail. Answers the ids withdrawn.
 */
export async function withdrawParticipantEvidence(db: Queryable, participantId: string) {
  const withdrawn = await db
    .update(evidence)
    .set({
      text: '',
      search: sql`''::tsvector`,
      withdrawnAt: sql`now()`,
      noteStart: null,
      noteEnd: null,
      noteId: null,
    })
    .where(eq(evidence.participantId, participantId))
    .returning({ id: evidence.id });
  return withdrawn.map((e) => e.id);
}

export async function deleteTagsOfEvidence(db: Queryable, evidenceIds: string[]) {
  await db.delete(evidenceTags).where(inArray(evidenceTags.evidenceId, evidenceIds));
}

/** Inserts evidence items in one statement. */
export async function insertEvidenceRows(db: Queryable, rows: EvidenceInsert[]) {
  await db.insert(evidence).values(rows);
}

/**
 * The next evidence items after `afterId` in id order, locked, with what their search vector is
 * made from: a batch of a search vector rebuild (`search/commands/rebuild-search-vectors.ts`).
 */
export const lockEvidenceSearchBatch = (tx: Tx, afterId: string | null, limit: number) =>
  tx
    .select({ id: evidence.id, language: evidence.language, text: evidence.text })
    .from(evidence)
    .where(afterId !== null ? gt(evidence.id, afterId) : undefined)
    .orderBy(asc(evidence.id))
    .limit(limit)
    .for('update');
