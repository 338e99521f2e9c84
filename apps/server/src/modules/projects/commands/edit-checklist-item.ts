import type { Db } from '../../../db/client.ts';
import { touchProject, updateChecklistItem } from '../projects.repo.ts';

/**
 * Edits or ticks a checklist step made on `version`: 404 when the project has no such step,
 * `StaleVersion` when the step has moved on since.
 */
export async function editChecklistItem(
  db: Db,
  input: {
    actorUserId: string;
    projectId: string;
    itemId: string;
    version: number;
    label?: string | undefined;
    done?: boolean | undefined;
  },
) {
  const { projectId, itemId, version, label, done } = input;
  await db.transaction(async (tx) => {
    await updateChecklistItem(
      tx,
      projectId,
      { id: itemId, version },
      {
        // An edited built-in step becomes the team's own wording.
        ...(label !== undefined ? { label, templateKey: null } : {}),
        ...(done !== undefined
          ? { doneAt: done ? new Date() : null, doneBy: done ? input.actorUserId : null }
          : {}),
      },
    );
    await touchProject(tx, projectId);
  });
}
