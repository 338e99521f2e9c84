import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { sources } from '../../../db/schema.ts';
import { notFound } from '../../../platform/errors.ts';
import { advanceVersion } from '../../../platform/versioned-edit.ts';

export type SourceRow = typeof sources.$inferSelect;
// The stored search vector is computed by PostgreSQL from the texts as they are written.
type SourceInsert = Omit<typeof sources.$inferInsert, 'search'> & { search: SQL };

export async function listSources(db: Queryable, projectId: string) {
  return db
    .select()
    .from(sources)
    .where(eq(sources.projectId, projectId))
    .orderBy(desc(sources.createdAt));
}

/** Whether the project has this source. */
export async function sourceExists(db: Queryable, projectId: string, sourceId: string) {
  const [row] = await db
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
    .limit(1);
  return row !== undefined;
}

export async function insertSource(db: Queryable, values: SourceInsert) {
  const [row] = await db.insert(sources).values(values).returning();
  if (!row) throw new Error('source insert returned nothing');
  return row;
}

/** A source of the project, or not found. */
export async function findSource(db: Queryable, projectId: string, sourceId: string) {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

/** An edit of a source of the project, made on `version` (platform/versioned-edit.ts). */
export async function editSource(
  db: Queryable,
  projectId: string,
  sourceId: string,
  version: number,
  values: Omit<SourceInsert, 'id' | 'projectId' | 'createdBy' | 'createdAt' | 'version'>,
) {
  await advanceVersion(db, sources, {
    id: sourceId,
    scope: eq(sources.projectId, projectId),
    expected: version,
    set: values,
  });
  return findSource(db, projectId, sourceId);
}

/** Deletes a source of the project; false when there was none. */
export async function deleteSource(db: Queryable, projectId: string, sourceId: string) {
  const deleted = await db
    .delete(sources)
    .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
    .returning({ id: sources.id });
  return deleted.length > 0;
}
