import type { Db } from '../../../db/client.ts';
import { deleteChecklistItem as deleteChecklistRow, touchProject } from '../projects.repo.ts';

/** Deletes a checklist step; false when the project has no such step. */
export async function deleteChecklistItem(db: Db, input: { projectId: string; itemId: string }) {
  return db.transaction(async (tx) => {
    const found = await deleteChecklistRow(tx, input.projectId, input.itemId);
    if (found) await touchProject(tx, input.projectId);
    return found;
  });
}
