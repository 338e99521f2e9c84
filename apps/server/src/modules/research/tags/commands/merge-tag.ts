import type { Db } from '../../../../db/client.ts';
import { copyEvidenceTags, deleteTag, readTag } from '../tags.repo.ts';

/** Merges a tag into another: what it tagged keeps the other tag, and the tag is gone. */
export async function mergeTag(
  db: Db,
  input: { projectId: string; tagId: string; intoTagId: string },
) {
  const { projectId, tagId, intoTagId } = input;
  await readTag(db, projectId, tagId);
  await readTag(db, projectId, intoTagId);
  if (tagId === intoTagId) return;
  await db.transaction(async (tx) => {
    await copyEvidenceTags(tx, tagId, intoTagId);
    await deleteTag(tx, projectId, tagId);
  });
}
