import { z } from 'zod';
import { Id, Timestamp, Version, line, text } from './domain.ts';
import {
  ConsentStatus,
  EvidenceKind,
  ResearchSessionKind,
  SourceKind,
  TextLanguage,
} from './research.ts';

/*
 * Insights (oivallukset): what the team concluded from its research, each resting on the
 * evidence items behind it, usually written from a group on an affinity board, with an optional
 * "How might we…" question (Miten voisimme…?) that turns it towards ideas.
 */

export const INSIGHT_MAX_EVIDENCE = 2000;

const EvidenceIds = z
  .array(Id)
  .min(1)
  .max(INSIGHT_MAX_EVIDENCE)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'evidence ids must be unique' });

export const InsightInput = z
  .strictObject({
    statement: line(1000),
    /** The "How might we…" question; may be left empty. */
    hmw: text(500).default(''),
    evidenceIds: EvidenceIds,
    /** The board and the group on it the insight was written from, when it was. */
    boardId: Id.nullable().default(null),
    groupId: Id.nullable().default(null),
  })
  .refine((input) => input.groupId === null || input.boardId !== null, {
    message: 'a group is named with its board',
    path: ['groupId'],
  });
export type InsightInput = z.input<typeof InsightInput>;

/** Any of the fields; `evidenceIds` replaces the whole set (its order is the shown order). */
export const UpdateInsightInput = z
  .strictObject({
    statement: line(1000).optional(),
    hmw: text(500).optional(),
    evidenceIds: EvidenceIds.optional(),
    version: Version,
  })
  .refine(
    (input) =>
      input.statement !== undefined || input.hmw !== undefined || input.evidenceIds !== undefined,
    { message: 'statement, hmw or evidenceIds is required' },
  );
export type UpdateInsightInput = z.input<typeof UpdateInsightInput>;

/** One evidence item behind an insight, with where it came from. */
export const InsightEvidence = z.object({
  id: Id,
  kind: EvidenceKind,
  /** Empty when withdrawn: the participant behind it was erased. */
  text: z.string(),
  language: TextLanguage,
  withdrawn: z.boolean(),
  session: z.object({ id: Id, title: z.string(), kind: ResearchSessionKind }).nullable(),
  source: z.object({ id: Id, title: z.string(), kind: SourceKind }).nullable(),
  participantId: Id.nullable(),
  participantCode: z.string().nullable(),
  consentStatus: ConsentStatus.nullable(),
});
export type InsightEvidence = z.infer<typeof InsightEvidence>;

export const InsightSummary = z.object({
  id: Id,
  projectId: Id,
  boardId: Id.nullable(),
  groupId: Id.nullable(),
  statement: z.string(),
  hmw: z.string(),
  /** Every evidence item cited, withdrawn ones included. */
  evidenceCount: z.number().int(),
  /** Distinct participants behind the evidence that has not been withdrawn. */
  participantCount: z.number().int(),
  /** Distinct research sessions behind the evidence that has not been withdrawn. */
  sessionCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type InsightSummary = z.infer<typeof InsightSummary>;
export const InsightList = z.object({ items: z.array(InsightSummary) });

export const Insight = InsightSummary.extend({
  evidence: z.array(InsightEvidence),
  /** `edit`: everything; `editQuestion`: only the "How might we…" question (`hmw`). */
  abilities: z.object({ edit: z.boolean(), editQuestion: z.boolean() }),
});
export type Insight = z.infer<typeof Insight>;

export const InsightListQuery = z.strictObject({ boardId: Id.optional() });
