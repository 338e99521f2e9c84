import type { Db } from '../../../db/client.ts';
import { touchProject, updateChecklistItem } from '../projects.repo.ts';

/** Edits or ticks a checklist step; false when the project has no such step. */
export async function editChecklistItem(
  db: Db,
  input: {
    actorUserId: string;
    projectId: string;
    itemId: string;
    label?: string | undefined;
    done?: boolean | undefined;
  },
) {
  const { projectId, itemId, label, done } = input;
  return db.transaction(async (tx) => {
    const found = await updateChecklistItem(tx, projectId, itemId, {
      // An edited built-in step becomes the team's own wording.
      ...(label !== undefined ? { label, templateKey: null } : {}),
      ...(done !== undefined
        ? { doneAt: done ? new Date() : null, doneBy: done ? input.actorUserId : null }
        : {}),
    });
    if (found) await touchProject(tx, projectId);
    return found;
  });
}
