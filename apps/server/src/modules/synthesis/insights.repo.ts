import type { InsightEvidence } from '@timantti/contracts';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { evidence, insightEvidence, insights } from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';
import { readCitedEvidence } from '../research/evidence/evidence.repo.ts';

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

/** Moves an insight of the project on from the version an edit was made on (versioned-edit.ts). */
export async function advanceInsightVersion(
  db: Queryable,
  projectId: string,
  insightId: string,
  version: number,
) {
  await advanceVersion(db, insights, {
    id: insightId,
    scope: eq(insights.projectId, projectId),
    expected: version,
  });
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
