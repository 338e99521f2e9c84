import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { themeSuggestions } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type ThemeSuggestionRow = typeof themeSuggestions.$inferSelect;

/** A theme suggestion run of the board, or not found. */
export async function findThemeSuggestion(db: Queryable, boardId: string, suggestionId: string) {
  const [row] = await db
    .select()
    .from(themeSuggestions)
    .where(and(eq(themeSuggestions.boardId, boardId), eq(themeSuggestions.id, suggestionId)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}
