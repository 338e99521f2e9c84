import { z } from 'zod';
import { Id, Timestamp, inputString } from './domain.ts';
import { TextLanguage } from './research.ts';

// Machine-suggested themes for a selection of board cards. The client sends the cards' text
// as its live board shows them; the server proposes groups and moves nothing: the team
// accepts, edits or discards each proposal on the board itself.

export const THEME_MAX_NOTES = 5000;

export const ThemeSuggestionInput = z.strictObject({
  cards: z
    .array(
      z.strictObject({
        cardId: Id,
        text: inputString().max(10_000),
        language: TextLanguage,
      }),
    )
    .min(2)
    .max(THEME_MAX_NOTES),
  /** How many themes; chosen from the cards when not given. */
  themes: z.number().int().min(2).max(50).optional(),
});

export const themeSuggestionStatuses = ['running', 'done', 'failed', 'cancelled'] as const;
export const themeSuggestionPhases = [
  'queued',
  'terms',
  'choosing-k',
  'clustering',
  'labelling',
] as const;

export const SuggestedTheme = z.object({
  /** A short label of key terms in base form, e.g. "jono · odottaa · ohjaaja". */
  label: z.string(),
  terms: z.array(z.string()),
  /** The cards of the theme, the most typical first. */
  cardIds: z.array(Id),
});
export type SuggestedTheme = z.infer<typeof SuggestedTheme>;

export const ThemeSuggestion = z.object({
  id: Id,
  boardId: Id,
  status: z.enum(themeSuggestionStatuses),
  phase: z.enum(themeSuggestionPhases),
  /** 0…1 */
  progress: z.number(),
  result: z
    .object({
      themes: z.array(SuggestedTheme),
      unassignedCardIds: z.array(Id),
      /** Finnish text handled with Voikko's lemmas and compound parts, or by plain stemming. */
      finnishAnalysis: z.enum(['voikko', 'stem']),
    })
    .nullable(),
  createdAt: Timestamp,
});
export type ThemeSuggestion = z.infer<typeof ThemeSuggestion>;
