import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/client.ts';
import { AppError, notFound } from './errors.ts';

/*
 * One rule for every editable resource: an edit names the version it was made on. The row's
 * version moves on with every edit, in the same statement that checks it, so of two edits made
 * on one version exactly one lands (the other waits for the row lock, then finds the version
 * moved) and the other is told so with the resource as it is now (409 `edit_conflict`).
 * Live documents (board and journey content) merge instead and never touch the version.
 */

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/** Thrown by `advanceVersion` for an edit made on an older version; `onVersion` answers it. */
export class StaleVersion extends Error {
  constructor() {
    super('stale version');
  }
}

/**
 * Moves the row the edit is about from the `expected` version to the next one, setting `set`
 * with it, and returns the new version. Run it inside the edit's transaction before its other
 * writes: it holds the row's lock until the transaction ends. Throws 404 `not_found` when the
 * row is not there (or not under `scope`) and `StaleVersion` when it is on another version.
 */
export async function advanceVersion<T extends VersionedTable>(
  db: Queryable,
  table: T,
  edit: { id: string; scope?: SQL | undefined; expected: number; set?: PgUpdateSetSource<T> },
): Promise<number> {
  const { id, scope, expected } = edit;
  const row = and(eq(table.id, id), scope);
  const values = { ...edit.set, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
  const [updated] = (await db
    .update(table)
    .set(values)
    .where(and(row, eq(table.version, expected)))
    .returning({ version: table.version })) as { version: number }[];
  if (updated) return updated.version;
  const [present] = (await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(row)
    .limit(1)) as { id: string }[];
  if (!present) throw notFound();
  throw new StaleVersion();
}

/**
 * Runs an edit that calls `advanceVersion`, and turns a stale version into 409 `edit_conflict`
 * carrying the resource as `readCurrent` presents it (the route's own GET presenter), read after
 * the edit's transaction was rolled back.
 */
export async function onVersion<R>(
  edit: () => Promise<R>,
  readCurrent: () => Promise<unknown>,
): Promise<R> {
  try {
    return await edit();
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    throw new AppError('edit_conflict', { current: await readCurrent() });
  }
}
