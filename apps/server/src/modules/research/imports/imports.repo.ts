import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { imports } from '../../../db/schema.ts';

export async function insertImport(db: Queryable, values: typeof imports.$inferInsert) {
  await db.insert(imports).values(values);
}

/** An uploaded file of the project not yet imported nor expired. */
export async function findOpenImport(db: Queryable, projectId: string, importId: string) {
  const [upload] = await db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.projectId, projectId),
        eq(imports.id, importId),
        isNull(imports.committedAt),
        gt(imports.expiresAt, new Date()),
      ),
    );
  return upload;
}

export async function markImportCommitted(db: Queryable, importId: string, sessionId: string) {
  await db
    .update(imports)
    .set({ committedAt: sql`now()`, sessionId })
    .where(eq(imports.id, importId));
}

/** Deletes an upload of the project; false when there was none. */
export async function deleteImport(db: Queryable, projectId: string, importId: string) {
  const deleted = await db
    .delete(imports)
    .where(and(eq(imports.projectId, projectId), eq(imports.id, importId)))
    .returning({ id: imports.id });
  return deleted.length > 0;
}
