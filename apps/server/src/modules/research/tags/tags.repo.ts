import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { outerColumn } from '../../../db/outer-column.ts';
import { evidenceTags, tags } from '../../../db/schema.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { advanceVersion } from '../../../platform/versioned-edit.ts';

export async function readTags(db: Queryable, projectId: string, tagId?: string) {
  return db
    .select({
      id: tags.id,
      name: tags.name,
      version: tags.version,
      evidenceCount: sql<number>`(select count(*)::int from ${evidenceTags} et where et.tag_id = ${outerColumn(tags.id)})`,
    })
    .from(tags)
    .where(and(eq(tags.projectId, projectId), tagId ? eq(tags.id, tagId) : undefined))
    .orderBy(asc(sql`lower(${tags.name})`));
}

export async function readTag(db: Queryable, projectId: string, tagId: string) {
  const [tag] = await readTags(db, projectId, tagId);
  if (!tag) throw notFound();
  return tag;
}

// The codebook keeps one tag per name, whatever its case.
const isDuplicateName = (error: unknown) =>
  error instanceof Error &&
  'cause' in error &&
  (error.cause as { code?: string } | undefined)?.code === '23505';

const conflictOnDuplicateName = (error: unknown) => {
  throw isDuplicateName(error) ? new AppError('conflict', { status: 409 }) : error;
};

export async function insertTag(db: Queryable, projectId: string, name: string) {
  const [row] = await db
    .insert(tags)
    .values({ projectId, name })
    .returning({ id: tags.id })
    .catch(conflictOnDuplicateName);
  if (!row) throw new Error('tag insert returned nothing');
  return row.id;
}

/** Renames a tag of the project, on `version` (platform/versioned-edit.ts). */
export async function renameTag(
  db: Queryable,
  projectId: string,
  tagId: string,
  version: number,
  name: string,
) {
  await advanceVersion(db, tags, {
    id: tagId,
    scope: eq(tags.projectId, projectId),
    expected: version,
    set: { name },
  }).catch(conflictOnDuplicateName);
}

/** Tags what one tag tags with another too. */
export async function copyEvidenceTags(db: Queryable, fromTagId: string, intoTagId: string) {
  await db.execute(sql`
    insert into ${evidenceTags} (evidence_id, tag_id)
    select evidence_id, ${intoTagId} from ${evidenceTags} where tag_id = ${fromTagId}
    on conflict do nothing`);
}

/** Deletes a tag of the project; false when there was none. */
export async function deleteTag(db: Queryable, projectId: string, tagId: string) {
  const deleted = await db
    .delete(tags)
    .where(and(eq(tags.projectId, projectId), eq(tags.id, tagId)))
    .returning({ id: tags.id });
  return deleted.length > 0;
}
