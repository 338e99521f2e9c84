import { and, eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { projects, themeSuggestions } from '../../db/schema.ts';
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

/** The cards a run clusters, while it has them. */
export async function readThemeSuggestionInput(db: Queryable, suggestionId: string) {
  const [row] = await db
    .select({ input: themeSuggestions.input })
    .from(themeSuggestions)
    .where(eq(themeSuggestions.id, suggestionId));
  return row?.input ?? null;
}

export async function cancelThemeSuggestion(db: Queryable, suggestionId: string) {
  await db
    .update(themeSuggestions)
    .set({ status: 'cancelled', input: null, updatedAt: sql`now()` })
    .where(and(eq(themeSuggestions.id, suggestionId), eq(themeSuggestions.status, 'running')));
}

/**
 * The run's status as its job starts: a failed run (its job dead, then run again by an admin)
 * is running again; a finished or cancelled one stays as it is. Null when the row is gone.
 */
export async function reopenThemeSuggestion(db: Queryable, suggestionId: string) {
  const [row] = await db
    .update(themeSuggestions)
    .set({
      status: sql`case when ${themeSuggestions.status} = 'failed' then 'running' else ${themeSuggestions.status} end`,
      updatedAt: sql`now()`,
    })
    .where(eq(themeSuggestions.id, suggestionId))
    .returning({ status: themeSuggestions.status });
  return row?.status ?? null;
}

/**
 * Serialises starting runs in one organisation until the transaction ends, so requests
 * arriving together on any instances cannot all slip under its bound.
 */
export async function lockOrganisationThemeSuggestions(tx: Queryable, organisationId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`theme_suggestions:${organisationId}`}))`,
  );
}

/** The organisation's runs still running, started within `within` (a PostgreSQL interval). */
export async function countRunningThemeSuggestions(
  db: Queryable,
  organisationId: string,
  within: string,
) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(themeSuggestions)
    .innerJoin(projects, eq(projects.id, themeSuggestions.projectId))
    .where(
      and(
        eq(projects.organisationId, organisationId),
        eq(themeSuggestions.status, 'running'),
        sql`${themeSuggestions.createdAt} > now() - ${within}::interval`,
      ),
    );
  return row?.n ?? 0;
}

/** Deletes every run of the project. */
export async function deleteProjectThemeSuggestions(db: Queryable, projectId: string) {
  await db.delete(themeSuggestions).where(eq(themeSuggestions.projectId, projectId));
}
