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
  feedbackForms,
  feedbackResponses,
  participants,
  researchSessionParticipants,
  researchSessions,
  testFindingEvidence,
  testHypotheses,
  testRecruitTargets,
  testRounds,
} from '../../db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
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
  form: {
    id: feedbackForms.id,
    title: feedbackForms.title,
    languages: feedbackForms.languages,
    status: feedbackForms.status,
    code: feedbackForms.code,
  },
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
    .leftJoin(feedbackForms, eq(feedbackForms.id, testRounds.formId))
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
    .leftJoin(feedbackForms, eq(feedbackForms.id, testRounds.formId))
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

/**
 * Who answered each round, counted by segment (largest first): the participants of its own
 * session and every response to its feedback form, anonymous ones too. A consenting
 * respondent is a participant as well, so each is counted once, by their participant; an
 * anonymous response counts by its own id with the segment it gave.
 */
export async function readRespondents(db: Queryable, roundIds: readonly string[]) {
  const byRound = new Map<string, SegmentCount[]>();
  if (roundIds.length === 0) return byRound;
  const ids = sql.join(
    roundIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute<{ roundId: string; segment: string; count: number }>(sql`
    select respondent.round_id as "roundId", respondent.segment, count(*)::int as count
    from (
      select round.id as round_id, participant.id as respondent_id, participant.segment
      from ${testRounds} round
      join ${researchSessionParticipants} attended on attended.session_id = round.session_id
      join ${participants} participant on participant.id = attended.participant_id
      where round.id in (${ids})
      union
      select round.id, coalesce(response.participant_id, response.id),
        coalesce(participant.segment, response.segment)
      from ${testRounds} round
      join ${feedbackResponses} response on response.form_id = round.form_id
      left join ${participants} participant on participant.id = response.participant_id
      where round.id in (${ids})
    ) respondent
    group by respondent.round_id, respondent.segment
    order by count(*) desc, respondent.segment`);
  for (const { roundId, segment, count } of result.rows)
    byRound.set(roundId, [...(byRound.get(roundId) ?? []), { segment, count }]);
  return byRound;
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

/**
 * Links a new form to the round it is made for, under the round's lock: a round of another
 * project is a 404, and a round that has a form keeps it (409 `test_round_has_form`).
 */
export async function linkRoundForm(tx: Tx, projectId: string, roundId: string, formId: string) {
  const [round] = await tx
    .select({ formId: testRounds.formId })
    .from(testRounds)
    .where(and(eq(testRounds.projectId, projectId), eq(testRounds.id, roundId)))
    .for('update');
  if (!round) throw notFound();
  if (round.formId !== null) throw new AppError('test_round_has_form');
  await tx.update(testRounds).set({ formId }).where(eq(testRounds.id, roundId));
}

export type RoundOfForm = { id: string; conceptId: string; title: string };

/** The rounds the forms are answered for, by form id (forms made for none are missing). */
export async function readRoundsOfForms(db: Queryable, formIds: readonly string[]) {
  const rounds = new Map<string, RoundOfForm>();
  if (formIds.length === 0) return rounds;
  const rows = await db
    .select({
      formId: testRounds.formId,
      id: testRounds.id,
      conceptId: testRounds.conceptId,
      title: testRounds.title,
    })
    .from(testRounds)
    .where(inArray(testRounds.formId, [...formIds]));
  for (const { formId, ...round } of rows) if (formId) rounds.set(formId, round);
  return rounds;
}
