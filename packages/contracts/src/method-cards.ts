import { z } from 'zod';
import { Phase, Timestamp, Version, line, refusal, text } from './domain.ts';
import { TextLanguage } from './research.ts';

/*
 * Method cards (menetelmäkortit): the service-design methods with guidance, for teams doing the
 * work and for training staff. Timantti ships a card per method in Finnish, Swedish and English;
 * an organisation reads them as shipped, may keep its own copy of a card (per language, in its
 * own row, the shipped text still there to compare and restore) and may write cards of its own.
 */

/** The shipped cards, by a key that stays the same across releases (courses and links use it). */
export const methodCardKeys = [
  'customer-interview',
  'observation',
  'experience-survey',
  'desk-research',
  'service-path',
  'customer-story',
  'persona',
  'affinity-synthesis',
  'how-might-we',
  'future-workshop',
  'concept-workshop',
  'ideation-dot-voting',
  'prototyping',
  'customer-test',
  'elevator-pitch',
  'peer-feedback',
] as const;
export const MethodCardKey = z.enum(methodCardKeys);
export type MethodCardKey = z.infer<typeof MethodCardKey>;

export const isMethodCardKey = (value: string): value is MethodCardKey =>
  (methodCardKeys as readonly string[]).includes(value);

/**
 * The Timantti tool a card's method is done with: a page of a project, which the web app
 * resolves to that project's address when the card is opened from one.
 */
export const methodTools = [
  'sessions',
  'sources',
  'import',
  'boards',
  'insights',
  'personas',
  'journeys',
  'ideas',
  'concepts',
  'forms',
] as const;
export const MethodTool = z.enum(methodTools);
export type MethodTool = z.infer<typeof MethodTool>;

/** The card each built-in checklist step (`checklistTemplate`) opens; a step without one has none. */
export const checklistMethodCards: Readonly<Record<string, MethodCardKey>> = {
  discover_frame_challenge: 'desk-research',
  discover_interview_customers: 'customer-interview',
  discover_desk_research: 'desk-research',
  discover_observe_service: 'observation',
  discover_collect_experience_data: 'experience-survey',
  define_synthesise_findings: 'affinity-synthesis',
  define_customer_stories: 'customer-story',
  define_service_journey: 'service-path',
  define_how_might_we: 'how-might-we',
  develop_ideate: 'ideation-dot-voting',
  develop_service_concept: 'concept-workshop',
  develop_prototype: 'prototyping',
  develop_test_with_customers: 'customer-test',
  deliver_refine_concept: 'peer-feedback',
  deliver_elevator_pitch: 'elevator-pitch',
  deliver_service_description: 'concept-workshop',
};

export const METHOD_CARD_MAX_LIST = 20;
/** A week of working days: the longest a method's own working time is given as. */
export const METHOD_CARD_MAX_MINUTES = 2400;
export const METHOD_CARD_MAX_GROUP = 500;

const Items = (itemMax: number) => z.array(line(itemMax)).max(METHOD_CARD_MAX_LIST);
const range = (max: number) =>
  z
    .strictObject({ min: z.number().int().min(1).max(max), max: z.number().int().min(1).max(max) })
    .superRefine((value, ctx) => {
      if (value.max < value.min)
        ctx.addIssue({ code: 'custom', path: ['max'], ...refusal('max_below_min') });
    });

/** What a card says; every card, shipped or written by an organisation, has this shape. */
export const MethodCardContent = z.strictObject({
  title: line(120),
  /** Why the method is used: what it gives the team. */
  purpose: line(1500),
  /** When in the double diamond the method is used. */
  phases: z
    .array(Phase)
    .min(1)
    .max(4)
    .refine((phases) => new Set(phases).size === phases.length, {
      message: 'phases must be unique',
    }),
  /** How it is done, in order. */
  steps: Items(600).min(1),
  /** The team's own working time, in minutes. */
  minutes: range(METHOD_CARD_MAX_MINUTES),
  /** How many people take part, the team included. */
  groupSize: range(METHOD_CARD_MAX_GROUP),
  materials: Items(300),
  tips: Items(600),
  pitfalls: Items(600),
  /** How the method has been or could be used in a public service. */
  example: text(2000),
  tool: MethodTool.nullable(),
});
export type MethodCardContent = z.infer<typeof MethodCardContent>;

export const methodCardOrigins = ['shipped', 'own'] as const;
export const MethodCardOrigin = z.enum(methodCardOrigins);
export type MethodCardOrigin = z.infer<typeof MethodCardOrigin>;

/** Up to how many minutes the shortest way of doing a method takes (a filter of the list). */
export const methodCardDurations = [60, 120, 240, 480] as const;

export const MethodCardListQuery = z.strictObject({
  q: text(200).optional(),
  phase: Phase.optional(),
  /** Only the methods whose shortest form fits in this many minutes. */
  fitsIn: z.coerce.number().int().min(1).max(METHOD_CARD_MAX_MINUTES).optional(),
  /** The language to read the cards in; the caller's own when left out. */
  language: TextLanguage.optional(),
});

export const MethodCardReadQuery = z.strictObject({ language: TextLanguage.optional() });

export const MethodCardSummary = z.object({
  key: z.string(),
  origin: MethodCardOrigin,
  /** The language of the text shown: the one asked for, or an own card's only language. */
  language: TextLanguage,
  title: z.string(),
  purpose: z.string(),
  phases: z.array(Phase),
  minutes: z.object({ min: z.number().int(), max: z.number().int() }),
  groupSize: z.object({ min: z.number().int(), max: z.number().int() }),
  tool: MethodTool.nullable(),
  /** The organisation's own copy is shown instead of the shipped text. */
  customised: z.boolean(),
});
export type MethodCardSummary = z.infer<typeof MethodCardSummary>;
export const MethodCardList = z.object({
  items: z.array(MethodCardSummary),
  /** Whether the caller may write cards of the organisation's own. */
  abilities: z.object({ create: z.boolean() }),
});
export type MethodCardList = z.infer<typeof MethodCardList>;

export const MethodCard = z.object({
  key: z.string(),
  origin: MethodCardOrigin,
  language: TextLanguage,
  content: MethodCardContent,
  customised: z.boolean(),
  /** A shipped card's shipped text in the same language, to compare with and restore. */
  shipped: MethodCardContent.nullable(),
  /**
   * The version an edit names; null while the organisation has never kept a copy of this
   * shipped card in this language (its first edit is made on the shipped text).
   */
  version: Version.nullable(),
  updatedAt: Timestamp.nullable(),
  updatedBy: z.string().nullable(),
  abilities: z.object({ edit: z.boolean(), restore: z.boolean(), delete: z.boolean() }),
});
export type MethodCard = z.infer<typeof MethodCard>;

/** An edit of a card's copy in one language; `version: null` edits the shipped text. */
export const UpdateMethodCardInput = z.strictObject({
  version: Version.nullable(),
  language: TextLanguage,
  content: MethodCardContent,
});
export type UpdateMethodCardInput = z.input<typeof UpdateMethodCardInput>;

/** Back to the shipped text, made on the version the caller saw. */
export const RestoreMethodCardInput = z.strictObject({ version: Version, language: TextLanguage });

export const CreateMethodCardInput = z.strictObject({
  language: TextLanguage,
  content: MethodCardContent,
});
export type CreateMethodCardInput = z.input<typeof CreateMethodCardInput>;
