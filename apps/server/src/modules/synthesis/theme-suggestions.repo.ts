import { and, eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { themeSuggestions } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';

export type ThemeSuggestionRow = typeof themeSuggestions.$inferSelect;
export type ThemeSuggestionUpdate = Partial<typeof themeSuggestions.$inferInsert>;

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

/** Writes a run's progress or outcome, only while it is running: a cancelled one stays cancelled. */
export async function updateRunningThemeSuggestion(
  db: Queryable,
  suggestionId: string,
  values: ThemeSuggestionUpdate,
) {
  return db
    .update(themeSuggestions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(themeSuggestions.id, suggestionId), eq(themeSuggestions.status, 'running')))
    .returning({ id: themeSuggestions.id });
}

/** Deletes the board's runs recorded longer ago than `keepFor` (a PostgreSQL interval). */
export async function deleteOldThemeSuggestions(db: Queryable, boardId: string, keepFor: string) {
  await db
    .delete(themeSuggestions)
    .where(
      and(
        eq(themeSuggestions.boardId, boardId),
        lt(themeSuggestions.createdAt, sql`now() - ${keepFor}::interval`),
      ),
    );
}

export async function insertThemeSuggestion(
  db: Queryable,
  values: typeof themeSuggestions.$inferInsert,
) {
  const [row] = await db.insert(themeSuggestions).values(values).returning();
  if (!row) throw new Error('theme suggestion insert returned nothing');
  return row;
}

export async function cancelThemeSuggestion(db: Queryable, suggestionId: string) {
  await db
    .update(themeSuggestions)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(and(eq(themeSuggestions.id, suggestionId), eq(themeSuggestions.status, 'running')));
}

/** Deletes every run of the project. */
export async function deleteProjectThemeSuggestions(db: Queryable, projectId: string) {
  await db.delete(themeSuggestions).where(eq(themeSuggestions.projectId, projectId));
}
