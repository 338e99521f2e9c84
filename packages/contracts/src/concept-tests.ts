import { z } from 'zod';
import { Id, Timestamp, Version, line, text } from './domain.ts';
import { InsightEvidence } from './insights.ts';
import { FeedbackForm } from './feedback-forms.ts';
import { CalendarDate } from './research.ts';

/*
 * Prototype testing with customers. A test round tests one frozen version of a concept: its
 * plan says what is tested and how, the hypotheses ("we believe … we will know when …"), what
 * the team wants to learn, whom to recruit and where and when. Answers given in person are
 * typed in by the team in the round's `prototype_test` research session; each hypothesis ends
 * with a finding (confirmed, refuted, unclear) citing the evidence. The next version is
 * started from a round's findings, so a concept's history reads v1 → round → findings → v2.
 */

export const testMethods = [
  'paper_prototype',
  'role_play',
  'clickable_prototype',
  'service_simulation',
  'pilot',
] as const;
export const TestMethod = z.enum(testMethods);
export type TestMethod = z.infer<typeof TestMethod>;

export const hypothesisResults = ['confirmed', 'refuted', 'unclear'] as const;
export const HypothesisResult = z.enum(hypothesisResults);
export type HypothesisResult = z.infer<typeof HypothesisResult>;

export const TEST_MAX_HYPOTHESES = 30;
export const TEST_MAX_RECRUIT_TARGETS = 20;
export const FINDING_MAX_EVIDENCE = 200;

const unique = <T extends z.ZodType<string>>(items: z.ZodArray<T>, what: string) =>
  items.refine((ids) => new Set(ids).size === ids.length, { message: `${what} must be unique` });

export const HypothesisInput = z.strictObject({
  /** An existing hypothesis of the round keeps its id and its finding; a new one has none. */
  id: Id.optional(),
  /** "We believe that …" */
  belief: line(1000),
  /** "We will know we are right when …" */
  signal: line(1000),
});
export type HypothesisInput = z.infer<typeof HypothesisInput>;

export const RecruitTarget = z.strictObject({
  segment: line(200),
  count: z.number().int().min(1).max(100_000),
});
export type RecruitTarget = z.infer<typeof RecruitTarget>;

const TestPlanFields = {
  title: line(200),
  method: TestMethod,
  /** What exactly is tested: the prototype and what the customer does with it. */
  description: text(5000).default(''),
  learningGoals: text(5000).default(''),
  place: text(200).default(''),
  startsOn: CalendarDate.nullable().default(null),
  endsOn: CalendarDate.nullable().default(null),
  hypotheses: z
    .array(HypothesisInput)
    .max(TEST_MAX_HYPOTHESES)
    .refine(
      (items) => {
        const ids = items.flatMap((h) => (h.id ? [h.id] : []));
        return new Set(ids).size === ids.length;
      },
      { message: 'hypothesis ids must be unique' },
    )
    .default([]),
  recruitTargets: z.array(RecruitTarget).max(TEST_MAX_RECRUIT_TARGETS).default([]),
};

const datesInOrder = (plan: { startsOn: string | null; endsOn: string | null }) =>
  plan.startsOn === null || plan.endsOn === null || plan.endsOn >= plan.startsOn;
const datesMessage = { message: 'the end is not before the start', path: ['endsOn'] };

export const CreateTestRoundInput = z
  .strictObject({
    /** The frozen version the round tests. */
    versionNumber: z.number().int().positive().max(2_147_483_647),
    ...TestPlanFields,
  })
  .refine(datesInOrder, datesMessage);
export type CreateTestRoundInput = z.input<typeof CreateTestRoundInput>;

/** The whole plan as the edit leaves it, on the version it was made on. */
export const UpdateTestRoundInput = z
  .strictObject({ version: Version, ...TestPlanFields })
  .refine(datesInOrder, datesMessage);
export type UpdateTestRoundInput = z.input<typeof UpdateTestRoundInput>;

/** A hypothesis's finding; `result: null` leaves it open. `evidenceIds` replaces the cited set. */
export const RecordFindingInput = z.strictObject({
  version: Version,
  result: HypothesisResult.nullable(),
  note: text(5000).default(''),
  evidenceIds: unique(z.array(Id).max(FINDING_MAX_EVIDENCE), 'evidence ids').default([]),
});
export type RecordFindingInput = z.input<typeof RecordFindingInput>;

export const SegmentCount = z.object({ segment: z.string(), count: z.number().int() });
export type SegmentCount = z.infer<typeof SegmentCount>;

/**
 * Who answered, by segment ('' when none): the participants of the round's session and the
 * responses to its feedback form, anonymous ones too, each respondent once.
 */
export const Respondents = z.object({
  total: z.number().int(),
  bySegment: z.array(SegmentCount),
});
export type Respondents = z.infer<typeof Respondents>;

export const Hypothesis = z.object({
  id: Id,
  belief: z.string(),
  signal: z.string(),
  result: HypothesisResult.nullable(),
  note: z.string(),
  /** The evidence the finding cites; withdrawn items stay, without their words. */
  evidence: z.array(InsightEvidence),
  version: Version,
});
export type Hypothesis = z.infer<typeof Hypothesis>;

export const FindingCounts = z.object({
  confirmed: z.number().int(),
  refuted: z.number().int(),
  unclear: z.number().int(),
  open: z.number().int(),
});
export type FindingCounts = z.infer<typeof FindingCounts>;

export const TestRoundSummary = z.object({
  id: Id,
  projectId: Id,
  conceptId: Id,
  versionNumber: z.number().int(),
  title: z.string(),
  method: TestMethod,
  startsOn: CalendarDate.nullable(),
  endsOn: CalendarDate.nullable(),
  respondents: Respondents,
  findings: FindingCounts,
  /** The version started from the round's findings, once it was. */
  nextVersionNumber: z.number().int().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type TestRoundSummary = z.infer<typeof TestRoundSummary>;
export const TestRoundList = z.object({ items: z.array(TestRoundSummary) });
export type TestRoundList = z.infer<typeof TestRoundList>;

export const TestRound = TestRoundSummary.extend({
  description: z.string(),
  learningGoals: z.string(),
  place: z.string(),
  hypotheses: z.array(Hypothesis),
  recruitTargets: z.array(z.object({ segment: z.string(), count: z.number().int() })),
  /** The in-person session the team types answers into; null once it was deleted. */
  session: z.object({ id: Id, title: z.string() }).nullable(),
  /** The public feedback form residents answer the round by; a round has at most one. */
  form: FeedbackForm.pick({
    id: true,
    title: true,
    languages: true,
    status: true,
    path: true,
  }).nullable(),
  /** `manage`: change the plan, record findings, start the next version. */
  abilities: z.object({ manage: z.boolean() }),
});
export type TestRound = z.infer<typeof TestRound>;

// ——— History ———

export const ConceptHistoryEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('version'),
    number: z.number().int(),
    /** False for the draft: the version being written now. */
    frozen: z.boolean(),
    at: Timestamp.nullable(),
    reason: z.string(),
    /** The rounds whose findings it was started from. */
    startedFrom: z.array(z.object({ id: Id, title: z.string() })),
  }),
  z.object({
    kind: z.literal('test_round'),
    id: Id,
    title: z.string(),
    versionNumber: z.number().int(),
    method: TestMethod,
    startsOn: CalendarDate.nullable(),
    respondents: Respondents,
  }),
  z.object({
    kind: z.literal('findings'),
    roundId: Id,
    counts: FindingCounts,
  }),
]);
export type ConceptHistoryEntry = z.infer<typeof ConceptHistoryEntry>;
export const ConceptHistory = z.object({ items: z.array(ConceptHistoryEntry) });
export type ConceptHistory = z.infer<typeof ConceptHistory>;
