import { z } from 'zod';
import { Id, Timestamp, Version, line } from './domain.ts';

/*
 * Ideas (ideat) written against an insight or its "How might we…?" question, and dot voting
 * (pisteäänestys) over them in rounds: each voter has a budget of dots, the results stay hidden
 * until the round is closed, and the team picks ideas to develop into service concepts.
 */

export const ideaStatuses = ['open', 'picked'] as const;
export const IdeaStatus = z.enum(ideaStatuses);
export type IdeaStatus = z.infer<typeof IdeaStatus>;

export const sketchTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const SketchType = z.enum(sketchTypes);
export type SketchType = z.infer<typeof SketchType>;
export const SKETCH_MAX_BYTES = 5 * 1024 * 1024;

export const IDEA_MAX_LENGTH = 1000;
export const VOTE_BUDGET_MAX = 20;

export const IdeaInput = z.strictObject({
  text: line(IDEA_MAX_LENGTH),
  /** The insight (and so its "How might we…?" question) the idea answers; none for the challenge. */
  insightId: Id.nullable().default(null),
});
export type IdeaInput = z.input<typeof IdeaInput>;

/** Any of the fields; `status: 'picked'` chooses the idea to develop into a concept. */
export const UpdateIdeaInput = z
  .strictObject({
    text: line(IDEA_MAX_LENGTH).optional(),
    insightId: Id.nullable().optional(),
    status: IdeaStatus.optional(),
    version: Version,
  })
  .refine(
    (input) =>
      input.text !== undefined || input.insightId !== undefined || input.status !== undefined,
    { message: 'text, insightId or status is required' },
  );
export type UpdateIdeaInput = z.input<typeof UpdateIdeaInput>;

export const IdeaListQuery = z.strictObject({ insightId: Id.optional() });

export const Idea = z.object({
  id: Id,
  projectId: Id,
  insightId: Id.nullable(),
  text: z.string(),
  status: IdeaStatus,
  /** Left out when a voting round hides authors and the caller neither wrote it nor leads. */
  author: z.object({ id: Id, displayName: z.string() }).nullable().optional(),
  sketch: z.object({ type: SketchType, bytes: z.number().int(), url: z.string() }).nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
  /** `edit`: text, insight and sketch; `pick`: the status; `delete`. */
  abilities: z.object({ edit: z.boolean(), pick: z.boolean(), delete: z.boolean() }),
});
export type Idea = z.infer<typeof Idea>;

export const IdeaList = z.object({
  items: z.array(Idea),
  /** Whether the caller may add ideas (customer members on the team too) and open rounds. */
  abilities: z.object({ add: z.boolean(), openRound: z.boolean() }),
});
export type IdeaList = z.infer<typeof IdeaList>;

export const VotingRoundInput = z.strictObject({
  title: line(200),
  /** Only the ideas of this insight take part; none for all of the project's ideas. */
  insightId: Id.nullable().default(null),
  budget: z.number().int().min(1).max(VOTE_BUDGET_MAX),
  /** Whether one voter may put several of their dots on one idea. */
  allowStacking: z.boolean().default(false),
  /** Hide who wrote each idea from those who vote, while the round exists. */
  hideAuthors: z.boolean().default(false),
});
export type VotingRoundInput = z.input<typeof VotingRoundInput>;

export const VotingRoundStatus = z.enum(['open', 'closed']);
export type VotingRoundStatus = z.infer<typeof VotingRoundStatus>;

export const VoteInput = z.strictObject({ ideaId: Id });
export type VoteInput = z.input<typeof VoteInput>;

export const VotingRound = z.object({
  id: Id,
  projectId: Id,
  insightId: Id.nullable(),
  title: z.string(),
  budget: z.number().int(),
  allowStacking: z.boolean(),
  hideAuthors: z.boolean(),
  status: VotingRoundStatus,
  openedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
  /** The caller's own dots per idea id, and how many they have left. */
  myVotes: z.record(z.string(), z.number().int()),
  remaining: z.number().int(),
  /** Only once the round is closed: dots and voters per idea, most dots first. */
  results: z
    .array(z.object({ ideaId: Id, dots: z.number().int(), voters: z.number().int() }))
    .nullable(),
  /** Voters who put at least one dot; only once the round is closed. */
  voterCount: z.number().int().nullable(),
  abilities: z.object({ vote: z.boolean(), close: z.boolean() }),
});
export type VotingRound = z.infer<typeof VotingRound>;

export const VotingRoundList = z.object({ items: z.array(VotingRound) });
export type VotingRoundList = z.infer<typeof VotingRoundList>;
