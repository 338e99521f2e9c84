import type {
  FindingCounts,
  HypothesisResult,
  RecruitTarget,
  SegmentCount,
  TestMethod,
} from '@timantti/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  concepts,
  conceptVersions,
  participants,
  researchSessionParticipants,
  researchSessions,
  testFindingEvidence,
  testHypotheses,
  testRecruitTargets,
  testRounds,
} from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

export type TestPlanValues = {
  title: string;
  method: TestMethod;
  description: string;
  learningGoals: string;
  place: string;
  startsOn: string | null;
  endsOn: string | null;
};

const roundColumns = {
  id: testRounds.id,
  projectId: testRounds.projectId,
  conceptId: testRounds.conceptId,
  versionNumber: testRounds.versionNumber,
  title: testRounds.title,
  method: testRounds.method,
  description: testRounds.description,
  learningGoals: testRounds.learningGoals,
  place: testRounds.place,
  startsOn: testRounds.startsOn,
  endsOn: testRounds.endsOn,
  sessionId: testRounds.sessionId,
  sessionTitle: researchSessions.title,
  nextVersionNumber: testRounds.nextVersionNumber,
  createdAt: testRounds.createdAt,
  updatedAt: testRounds.updatedAt,
  version: testRounds.version,
};

/** Whether the concept has a frozen version of that number: only those are tested. */
export async function frozenVersionExists(db: Queryable, conceptId: string, number: number) {
  const [row] = await db
    .select({ id: conceptVersions.id })
    .from(conceptVersions)
    .where(and(eq(conceptVersions.conceptId, conceptId), eq(conceptVersions.number, number)))
    .limit(1);
  return row !== undefined;
}

export async function insertTestRound(
  tx: Tx,
  values: TestPlanValues & {
    projectId: string;
    conceptId: string;
    versionNumber: number;
    sessionId: string;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.insert(testRounds).values(values).returning({ id: testRounds.id });
  if (!row) throw new Error('test round insert returned nothing');
  return row.id;
}

/** An edit of the round's plan, made on `version` (platform/versioned-edit.ts). */
export async function editTestPlan(
  tx: Tx,
  round: { conceptId: string; id: string; version: number },
  values: TestPlanValues,
) {
  await advanceVersion(tx, testRounds, {
    id: round.id,
    scope: eq(testRounds.conceptId, round.conceptId),
    expected: round.version,
    set: { ...values, updatedAt: sql`now()` },
  });
}

export async function replaceRecruitTargets(
  tx: Tx,
  roundId: string,
  targets: readonly RecruitTarget[],
) {
  await tx.delete(testRecruitTargets).where(eq(testRecruitTargets.roundId, roundId));
  if (targets.length > 0)
    await tx
      .insert(testRecruitTargets)
      .values(targets.map((target, position) => ({ roundId, position, ...target })));
}

/**
 * Lays the round's hypotheses out as listed: a listed id keeps its row and finding (any id not
 * of this round is a 404), one without an id is new, and rows not listed go with their findings.
 */
export async function syncHypotheses(
  tx: Tx,
  roundId: string,
  hypotheses: readonly { id?: string | undefined; belief: string; signal: string }[],
) {
  const existing = await tx
    .select({ id: testHypotheses.id })
    .from(testHypotheses)
    .where(eq(testHypotheses.roundId, roundId));
  const known = new Set(existing.map((row) => row.id));
  const kept = new Set(hypotheses.flatMap((h) => (h.id ? [h.id] : [])));
  for (const id of kept) if (!known.has(id)) throw notFound();
  const gone = [...known].filter((id) => !kept.has(id));
  if (gone.length > 0) await tx.delete(testHypotheses).where(inArray(testHypotheses.id, gone));
  for (const [position, hypothesis] of hypotheses.entries()) {
    const values = { position, belief: hypothesis.belief, signal: hypothesis.signal };
    if (hypothesis.id)
      await tx.update(testHypotheses).set(values).where(eq(testHypotheses.id, hypothesis.id));
    else await tx.insert(testHypotheses).values({ roundId, ...values });
  }
}

export async function listTestRoundRows(db: Queryable, conceptId: string) {
  return db
    .select(roundColumns)
    .from(testRounds)
    .leftJoin(researchSessions, eq(researchSessions.id, testRounds.sessionId))
    .where(eq(testRounds.conceptId, conceptId))
    .orderBy(asc(testRounds.versionNumber), asc(testRounds.createdAt), asc(testRounds.id));
}
export type TestRoundRow = Awaited<ReturnType<typeof listTestRoundRows>>[number];

export async function findTestRoundRow(
  db: Queryable,
  conceptId: string,
  roundId: string,
): Promise<TestRoundRow | null> {
  const [row] = await db
    .select(roundColumns)
    .from(testRounds)
    .leftJoin(researchSessions, eq(researchSessions.id, testRounds.sessionId))
    .where(and(eq(testRounds.conceptId, conceptId), eq(testRounds.id, roundId)))
    .limit(1);
  return row ?? null;
}

export async function deleteTestRound(db: Queryable, conceptId: string, roundId: string) {
  const deleted = await db
    .delete(testRounds)
    .where(and(eq(testRounds.conceptId, conceptId), eq(testRounds.id, roundId)))
    .returning({ id: testRounds.id });
  return deleted.length > 0;
}

export async function readRecruitTargets(db: Queryable, roundId: string) {
  return db
    .select({ segment: testRecruitTargets.segment, count: testRecruitTargets.count })
    .from(testRecruitTargets)
    .where(eq(testRecruitTargets.roundId, roundId))
    .orderBy(asc(testRecruitTargets.position));
}

/** The hypotheses of the rounds in their order, each with the ids of the evidence it cites. */
export async function readHypotheses(db: Queryable, roundIds: readonly string[]) {
  if (roundIds.length === 0) return [];
  const rows = await db
    .select({
      id: testHypotheses.id,
      roundId: testHypotheses.roundId,
      belief: testHypotheses.belief,
      signal: testHypotheses.signal,
      result: testHypotheses.result,
      note: testHypotheses.note,
      version: testHypotheses.version,
    })
    .from(testHypotheses)
    .where(inArray(testHypotheses.roundId, [...roundIds]))
    .orderBy(asc(testHypotheses.roundId), asc(testHypotheses.position));
  const cited =
    rows.length === 0
      ? []
      : await db
          .select({
            hypothesisId: testFindingEvidence.hypothesisId,
            evidenceId: testFindingEvidence.evidenceId,
          })
          .from(testFindingEvidence)
          .where(
            inArray(
              testFindingEvidence.hypothesisId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(testFindingEvidence.position));
  return rows.map((row) => ({
    ...row,
    evidenceIds: cited.filter((c) => c.hypothesisId === row.id).map((c) => c.evidenceId),
  }));
}
export type HypothesisRow = Awaited<ReturnType<typeof readHypotheses>>[number];

export function countFindings(hypotheses: readonly { result: HypothesisResult | null }[]) {
  const counts: FindingCounts = { confirmed: 0, refuted: 0, unclear: 0, open: 0 };
  for (const { result } of hypotheses) counts[result ?? 'open'] += 1;
  return counts;
}

/** The participants of each session, counted by segment (largest first). */
export async function readRespondents(db: Queryable, sessionIds: readonly string[]) {
  const bySession = new Map<string, SegmentCount[]>();
  if (sessionIds.length === 0) return bySession;
  const rows = await db
    .select({
      sessionId: researchSessionParticipants.sessionId,
      segment: participants.segment,
      count: sql<number>`count(*)::int`,
    })
    .from(researchSessionParticipants)
    .innerJoin(participants, eq(participants.id, researchSessionParticipants.participantId))
    .where(inArray(researchSessionParticipants.sessionId, [...sessionIds]))
    .groupBy(researchSessionParticipants.sessionId, participants.segment)
    .orderBy(sql`count(*) desc`, asc(participants.segment));
  for (const { sessionId, segment, count } of rows)
    bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), { segment, count }]);
  return bySession;
}

/** A finding written on the hypothesis's version; the hypothesis must be of the round. */
export async function editFinding(
  tx: Tx,
  hypothesis: { roundId: string; id: string; version: number },
  values: { result: HypothesisResult | null; note: string },
) {
  await advanceVersion(tx, testHypotheses, {
    id: hypothesis.id,
    scope: eq(testHypotheses.roundId, hypothesis.roundId),
    expected: hypothesis.version,
    set: values,
  });
}

export async function citedFindingEvidenceIds(db: Queryable, hypothesisId: string) {
  const rows = await db
    .select({ id: testFindingEvidence.evidenceId })
    .from(testFindingEvidence)
    .where(eq(testFindingEvidence.hypothesisId, hypothesisId));
  return rows.map((row) => row.id);
}

export async function replaceFindingEvidence(
  tx: Tx,
  hypothesisId: string,
  evidenceIds: readonly string[],
) {
  await tx.delete(testFindingEvidence).where(eq(testFindingEvidence.hypothesisId, hypothesisId));
  if (evidenceIds.length > 0)
    await tx
      .insert(testFindingEvidence)
      .values(evidenceIds.map((evidenceId, position) => ({ hypothesisId, evidenceId, position })));
}

/** The concept's draft number, locked until the transaction ends, as freezing locks it. */
export async function lockDraftNumber(tx: Tx, conceptId: string) {
  const [row] = await tx
    .select({ draftNumber: concepts.draftNumber })
    .from(concepts)
    .where(eq(concepts.id, conceptId))
    .for('update');
  return row?.draftNumber ?? null;
}

/** The round, locked, with whether any of its hypotheses has a result yet. */
export async function lockTestRound(tx: Tx, conceptId: string, roundId: string) {
  const [row] = await tx
    .select({
      versionNumber: testRounds.versionNumber,
      nextVersionNumber: testRounds.nextVersionNumber,
    })
    .from(testRounds)
    .where(and(eq(testRounds.conceptId, conceptId), eq(testRounds.id, roundId)))
    .for('update');
  if (!row) return null;
  const [found] = await tx
    .select({ id: testHypotheses.id })
    .from(testHypotheses)
    .where(and(eq(testHypotheses.roundId, roundId), sql`${testHypotheses.result} is not null`))
    .limit(1);
  return { ...row, hasFindings: found !== undefined };
}

export async function setNextVersion(tx: Tx, roundId: string, number: number) {
  await tx
    .update(testRounds)
    .set({ nextVersionNumber: number, updatedAt: sql`now()` })
    .where(eq(testRounds.id, roundId));
}
