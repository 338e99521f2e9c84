import {
  HypothesisResult,
  TestMethod,
  type ConceptHistoryEntry,
  type InsightEvidence,
  type LocalizedText,
  type Locale,
  type SegmentCount,
  type TestRound,
  type TestRoundSummary,
} from '@timantti/contracts';
import { formPath } from '../feedback-forms/feedback-forms.presenter.ts';
import { countFindings, type HypothesisRow, type TestRoundRow } from './concept-tests.repo.ts';

export function presentRespondents(bySegment: readonly SegmentCount[] = []) {
  return {
    total: bySegment.reduce((sum, { count }) => sum + count, 0),
    bySegment: [...bySegment],
  };
}

const resultOf = (row: HypothesisRow) =>
  row.result === null ? null : HypothesisResult.catch('unclear').parse(row.result);

export function presentTestRoundSummary(
  row: TestRoundRow,
  hypotheses: readonly HypothesisRow[],
  respondents: readonly SegmentCount[] | undefined,
): TestRoundSummary {
  return {
    id: row.id,
    projectId: row.projectId,
    conceptId: row.conceptId,
    versionNumber: row.versionNumber,
    title: row.title,
    method: TestMethod.catch('paper_prototype').parse(row.method),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    respondents: presentRespondents(respondents),
    findings: countFindings(hypotheses.map((h) => ({ result: resultOf(h) }))),
    nextVersionNumber: row.nextVersionNumber,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentTestRound(
  row: TestRoundRow,
  detail: {
    hypotheses: readonly HypothesisRow[];
    evidence: ReadonlyMap<string, InsightEvidence>;
    recruitTargets: readonly { segment: string; count: number }[];
    respondents: readonly SegmentCount[] | undefined;
    abilities: TestRound['abilities'];
  },
): TestRound {
  return {
    ...presentTestRoundSummary(row, detail.hypotheses, detail.respondents),
    description: row.description,
    learningGoals: row.learningGoals,
    place: row.place,
    hypotheses: detail.hypotheses.map((h) => ({
      id: h.id,
      belief: h.belief,
      signal: h.signal,
      result: resultOf(h),
      note: h.note,
      evidence: h.evidenceIds.flatMap((id) => {
        const item = detail.evidence.get(id);
        return item ? [item] : [];
      }),
      version: h.version,
    })),
    recruitTargets: [...detail.recruitTargets],
    session:
      row.sessionId && row.sessionTitle !== null
        ? { id: row.sessionId, title: row.sessionTitle }
        : null,
    form: row.form
      ? {
          id: row.form.id,
          title: row.form.title as LocalizedText,
          languages: row.form.languages as Locale[],
          status: row.form.status,
          path: formPath(row.form.code),
        }
      : null,
    abilities: detail.abilities,
  };
}

/**
 * The concept's history in the order it happened: each version, then the rounds that tested
 * it with their findings, then the next version (the draft last), which names the rounds it
 * was started from.
 */
export function presentHistory(input: {
  versions: readonly { number: number; reason: string; frozenAt: Date }[];
  draftNumber: number;
  rounds: readonly TestRoundSummary[];
}): ConceptHistoryEntry[] {
  const frozen = new Map(input.versions.map((v) => [v.number, v]));
  const entries: ConceptHistoryEntry[] = [];
  for (let number = 1; number <= input.draftNumber; number += 1) {
    const version = frozen.get(number);
    if (!version && number !== input.draftNumber) continue;
    entries.push({
      kind: 'version',
      number,
      frozen: version !== undefined,
      at: version ? version.frozenAt.toISOString() : null,
      reason: version?.reason ?? '',
      startedFrom: input.rounds
        .filter((round) => round.nextVersionNumber === number)
        .map((round) => ({ id: round.id, title: round.title })),
    });
    for (const round of input.rounds.filter((r) => r.versionNumber === number)) {
      entries.push({
        kind: 'test_round',
        id: round.id,
        title: round.title,
        versionNumber: round.versionNumber,
        method: round.method,
        startsOn: round.startsOn,
        respondents: round.respondents,
      });
      if (round.findings.open < sumFindings(round.findings))
        entries.push({ kind: 'findings', roundId: round.id, counts: round.findings });
    }
  }
  return entries;
}

const sumFindings = (c: { confirmed: number; refuted: number; unclear: number; open: number }) =>
  c.confirmed + c.refuted + c.unclear + c.open;
