import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { sources } from '../../../db/schema.ts';

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

/** Changes a source of the project; undefined when there is none. */
export async function updateSource(
  db: Queryable,
  projectId: string,
  sourceId: string,
  values: Omit<SourceInsert, 'id' | 'projectId' | 'createdBy' | 'createdAt'>,
) {
  const [row] = await db
    .update(sources)
    .set(values)
    .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
    .returning();
  return row;
}

/** Deletes a source of the project; false when there was none. */
export async function deleteSource(db: Queryable, projectId: string, sourceId: string) {
  const deleted = await db
    .delete(sources)
    .where(and(eq(sources.projectId, projectId), eq(sources.id, sourceId)))
    .returning({ id: sources.id });
  return deleted.length > 0;
}
