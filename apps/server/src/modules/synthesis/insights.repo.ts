import type { InsightEvidence } from '@timantti/contracts';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  evidence,
  insightEvidence,
  insights,
  participants,
  researchSessions,
  sources,
} from '../../db/schema.ts';
import { consentStatusSql } from '../research/participants/participants.repo.ts';

/** An insight with its counts; withdrawn evidence is cited but no longer stands behind it. */
const insightColumns = {
  id: insights.id,
  projectId: insights.projectId,
  boardId: insights.boardId,
  groupId: insights.groupId,
  statement: insights.statement,
  hmw: insights.hmw,
  createdAt: insights.createdAt,
  updatedAt: insights.updatedAt,
  version: insights.version,
  evidenceCount: sql<number>`count(${evidence.id})::int`,
  participantCount: sql<number>`(count(distinct ${evidence.participantId}) filter (where ${evidence.withdrawnAt} is null))::int`,
  sessionCount: sql<number>`(count(distinct ${evidence.sessionId}) filter (where ${evidence.withdrawnAt} is null))::int`,
};
export type InsightRow = {
  id: string;
  projectId: string;
  boardId: string | null;
  groupId: string | null;
  statement: string;
  hmw: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  evidenceCount: number;
  participantCount: number;
  sessionCount: number;
};

function selectInsights(db: Queryable, conditions: SQL[]) {
  return db
    .select(insightColumns)
    .from(insights)
    .leftJoin(insightEvidence, eq(insightEvidence.insightId, insights.id))
    .leftJoin(evidence, eq(evidence.id, insightEvidence.evidenceId))
    .where(and(...conditions))
    .groupBy(insights.id);
}

/** The project's insights, newest first; those written on one board when it is given. */
export async function listInsights(
  db: Queryable,
  projectId: string,
  filter: { boardId?: string | undefined },
): Promise<InsightRow[]> {
  const conditions = [eq(insights.projectId, projectId)];
  if (filter.boardId) conditions.push(eq(insights.boardId, filter.boardId));
  return selectInsights(db, conditions).orderBy(desc(insights.createdAt), asc(insights.id));
}

export async function findInsight(
  db: Queryable,
  projectId: string,
  insightId: string,
): Promise<InsightRow | null> {
  const [row] = await selectInsights(db, [
    eq(insights.projectId, projectId),
    eq(insights.id, insightId),
  ]);
  return row ?? null;
}

/** The evidence an insight rests on, in the order it was cited, with its session and person. */
export async function readInsightEvidence(
  db: Queryable,
  insightId: string,
): Promise<InsightEvidence[]> {
  const rows = await db
    .select({ id: insightEvidence.evidenceId })
    .from(insightEvidence)
    .where(eq(insightEvidence.insightId, insightId))
    .orderBy(asc(insightEvidence.position));
  return readCitedEvidence(
    db,
    rows.map((row) => row.id),
  );
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

export async function citedEvidenceIds(db: Queryable, insightId: string): Promise<string[]> {
  const rows = await db
    .select({ id: insightEvidence.evidenceId })
    .from(insightEvidence)
    .where(eq(insightEvidence.insightId, insightId));
  return rows.map((row) => row.id);
}

export async function insertInsight(
  tx: Tx,
  values: {
    projectId: string;
    boardId: string | null;
    groupId: string | null;
    statement: string;
    hmw: string;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.insert(insights).values(values).returning({ id: insights.id });
  if (!row) throw new Error('insight insert returned nothing');
  return row.id;
}

/** Replaces the evidence an insight cites; the order given is the order shown. */
export async function replaceInsightEvidence(
  tx: Tx,
  insightId: string,
  evidenceIds: readonly string[],
) {
  await tx.delete(insightEvidence).where(eq(insightEvidence.insightId, insightId));
  const rows = evidenceIds.map((evidenceId, position) => ({ insightId, evidenceId, position }));
  for (let i = 0; i < rows.length; i += 2000) {
    await tx.insert(insightEvidence).values(rows.slice(i, i + 2000));
  }
}

export async function updateInsightText(
  tx: Tx,
  insightId: string,
  values: { statement?: string | undefined; hmw?: string | undefined },
) {
  await tx
    .update(insights)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(insights.id, insightId));
}

export async function deleteInsight(
  db: Queryable,
  projectId: string,
  insightId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(insights)
    .where(and(eq(insights.projectId, projectId), eq(insights.id, insightId)))
    .returning({ id: insights.id });
  return deleted.length > 0;
}
