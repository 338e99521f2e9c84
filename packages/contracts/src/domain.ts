import { z } from 'zod';

export const locales = ['fi', 'sv', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

// Roles of a person in an organisation, from widest to narrowest rights.
export const roles = ['admin', 'facilitator', 'member', 'customer_member', 'viewer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

// The double diamond: Discover → Define → Develop → Deliver.
export const phases = ['discover', 'define', 'develop', 'deliver'] as const;
export const Phase = z.enum(phases);
export type Phase = z.infer<typeof Phase>;

// "Good work happens when an expert, a developer, a decision-maker and a customer are on board."
export const perspectives = ['expert', 'developer', 'decision_maker', 'customer'] as const;
export const Perspective = z.enum(perspectives);
export type Perspective = z.infer<typeof Perspective>;

export const Id = z.uuid();
export const Timestamp = z.iso.datetime({ offset: true });
/** The version of an editable resource; an edit names the one it was made on. */
export const Version = z.number().int().positive().max(2_147_483_647);

// PostgreSQL cannot store U+0000 in text, nor a lone UTF-16 surrogate in JSON; a lone surrogate
// in text would silently become U+FFFD on the way. Neither belongs in anything people write.
// With the `u` flag, \p{Cs} matches only a surrogate that is not half of a pair.
// eslint-disable-next-line no-control-regex -- NUL is what it finds
const UNSTORABLE = /[\u0000\p{Cs}]/u;
// eslint-disable-next-line no-control-regex -- NUL is what it replaces
const UNSTORABLE_ALL = /[\u0000\p{Cs}]/gu;

/** Whether PostgreSQL can store the text as it is: no NUL and no unpaired surrogate. */
export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/** The text with each NUL and unpaired surrogate replaced by U+FFFD, for text that must be kept. */
export const toStorableText = (value: string): string => value.replace(UNSTORABLE_ALL, '\ufffd');

/**
 * Why an input was refused, beyond zod's own issue codes: carried as a custom issue's
 * `params.reason`, so the server can name it in the caller's language.
 */
export const inputRefusals = [
  'unstorable_text',
  'too_deep',
  'too_many_nodes',
  'missing_translation',
  'closes_before_opens',
  'alt_text_missing',
  'max_below_min',
] as const;
export type InputRefusal = (typeof inputRefusals)[number];
export const refusal = (reason: InputRefusal, params: Record<string, number> = {}) => ({
  message: reason,
  params: { reason, ...params },
});

/** The check every string from a client passes, whatever it is for. */
export const storableText = z.refine<string>(isStorableText, refusal('unstorable_text'));

/** Any string from a client; every other text schema is built on it. */
export const inputString = () => z.string().check(storableText);
/** Trims, then bounds a single-line text field. */
export const line = (max: number) => inputString().trim().min(1).max(max);
/** Bounds a multi-line text field that may be empty. */
export const text = (max: number) => inputString().trim().max(max);
