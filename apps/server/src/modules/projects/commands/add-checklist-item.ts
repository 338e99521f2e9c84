import type { Phase } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { insertChecklistItems, nextChecklistPosition, touchProject } from '../projects.repo.ts';

/** Adds a step at the end of a phase's checklist. */
export async function addChecklistItem(
  db: Db,
  input: { projectId: string; phase: Phase; label: string },
) {
  const { projectId, phase, label } = input;
  await db.transaction(async (tx) => {
    const position = await nextChecklistPosition(tx, projectId, phase);
    await insertChecklistItems(tx, [{ projectId, phase, label, position }]);
    await touchProject(tx, projectId);
  });
}
