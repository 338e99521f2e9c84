import { z } from 'zod';
import { Id, Timestamp, Version, line, text } from './domain.ts';
import { InsightEvidence } from './insights.ts';
import { TextLanguage } from './research.ts';

/*
 * Personas and customer stories (asiakastarinat): a made-up but evidence-backed customer of the
 * project, with a photo-free avatar (initials or one of a fixed set of icons, never a face), the
 * customer's segment, needs, goals and frustrations, a quote and a story. Each field may cite
 * evidence items of the project, so the persona shows whose experiences it rests on.
 */

export const personaKinds = ['persona', 'customer_story'] as const;
export const PersonaKind = z.enum(personaKinds);
export type PersonaKind = z.infer<typeof PersonaKind>;

/** The icons a persona's avatar may be instead of its initials; drawn by the web app. */
export const personaIcons = [
  'person',
  'youth',
  'senior',
  'family',
  'worker',
  'entrepreneur',
] as const;
export const PersonaIcon = z.enum(personaIcons);
export type PersonaIcon = z.infer<typeof PersonaIcon>;

export const PersonaAvatar = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('initials') }),
  z.strictObject({ kind: z.literal('icon'), icon: PersonaIcon }),
]);
export type PersonaAvatar = z.infer<typeof PersonaAvatar>;

/** The fields of a persona that may cite evidence. */
export const personaFields = [
  'segment',
  'needs',
  'goals',
  'frustrations',
  'quote',
  'story',
] as const;
export const PersonaField = z.enum(personaFields);
export type PersonaField = z.infer<typeof PersonaField>;

export const PERSONA_MAX_LIST = 20;
export const PERSONA_MAX_CITATIONS = 200;

const ShortTexts = z.array(line(300)).max(PERSONA_MAX_LIST);
const CitedIds = z
  .array(Id)
  .max(PERSONA_MAX_CITATIONS)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'evidence ids must be unique' });
/** Per field, the evidence it cites, in the order shown. A field left out cites nothing. */
const PersonaCitationsInput = z.strictObject({
  segment: CitedIds.optional(),
  needs: CitedIds.optional(),
  goals: CitedIds.optional(),
  frustrations: CitedIds.optional(),
  quote: CitedIds.optional(),
  story: CitedIds.optional(),
});

const personaShape = {
  kind: PersonaKind,
  name: line(120),
  avatar: PersonaAvatar,
  segment: text(200),
  needs: ShortTexts,
  goals: ShortTexts,
  frustrations: ShortTexts,
  quote: text(500),
  /** The customer story (asiakastarina) in the customer's voice or the team's words. */
  story: text(10_000),
  language: TextLanguage,
  citations: PersonaCitationsInput,
};

export const PersonaInput = z.strictObject({
  ...personaShape,
  kind: personaShape.kind.default('persona'),
  avatar: personaShape.avatar.default({ kind: 'initials' }),
  segment: personaShape.segment.default(''),
  needs: personaShape.needs.default([]),
  goals: personaShape.goals.default([]),
  frustrations: personaShape.frustrations.default([]),
  quote: personaShape.quote.default(''),
  story: personaShape.story.default(''),
  language: personaShape.language.default('fi'),
  citations: personaShape.citations.default({}),
});
export type PersonaInput = z.input<typeof PersonaInput>;

/** Any of the fields; `citations` replaces every field's citations at once. */
export const UpdatePersonaInput = z
  .strictObject({
    version: Version,
    kind: personaShape.kind.optional(),
    name: personaShape.name.optional(),
    avatar: personaShape.avatar.optional(),
    segment: personaShape.segment.optional(),
    needs: personaShape.needs.optional(),
    goals: personaShape.goals.optional(),
    frustrations: personaShape.frustrations.optional(),
    quote: personaShape.quote.optional(),
    story: personaShape.story.optional(),
    language: personaShape.language.optional(),
    citations: personaShape.citations.optional(),
  })
  .refine(({ version: _, ...fields }) => Object.values(fields).some((v) => v !== undefined), {
    message: 'at least one field is required',
  });
export type UpdatePersonaInput = z.input<typeof UpdatePersonaInput>;

export const PersonaSummary = z.object({
  id: Id,
  projectId: Id,
  kind: PersonaKind,
  name: z.string(),
  avatar: PersonaAvatar,
  /** The name's initials, for the initials avatar. */
  initials: z.string(),
  segment: z.string(),
  quote: z.string(),
  language: TextLanguage,
  /** Distinct evidence items cited by any field, withdrawn ones included. */
  evidenceCount: z.number().int(),
  /** Distinct participants behind the cited evidence that has not been withdrawn. */
  participantCount: z.number().int(),
  /** Distinct research sessions behind the cited evidence that has not been withdrawn. */
  sessionCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type PersonaSummary = z.infer<typeof PersonaSummary>;
export const PersonaList = z.object({ items: z.array(PersonaSummary) });

export const Persona = PersonaSummary.extend({
  needs: z.array(z.string()),
  goals: z.array(z.string()),
  frustrations: z.array(z.string()),
  story: z.string(),
  /** Per field, the ids of the evidence it cites, in order (every field present). */
  citations: z.object({
    segment: z.array(Id),
    needs: z.array(Id),
    goals: z.array(Id),
    frustrations: z.array(Id),
    quote: z.array(Id),
    story: z.array(Id),
  }),
  /** Every evidence item cited, once, in the order first cited; withdrawn ones without text. */
  evidence: z.array(InsightEvidence),
  abilities: z.object({ edit: z.boolean() }),
});
export type Persona = z.infer<typeof Persona>;

/**
 * The initials of a name, from its first and last word with letters ("Aino Maria Virtanen, 24"
 * → "AV"), for an avatar.
 */
export function personaInitials(name: string): string {
  const letters = name
    .split(/[\s-]+/u)
    .map((word) => [...word].find((char) => /\p{L}/u.test(char)))
    .filter((letter): letter is string => letter !== undefined);
  const chosen = letters.length > 1 ? [letters[0], letters.at(-1)] : letters;
  return chosen.join('').toLocaleUpperCase('fi');
}
