import type { Db } from '../../../db/client.ts';
import { deleteTeamMember, touchProject } from '../projects.repo.ts';

/** Removes a member from the project's team; false when they were not on it. */
export async function removeTeamMember(db: Db, input: { projectId: string; userId: string }) {
  return db.transaction(async (tx) => {
    const deleted = await deleteTeamMember(tx, input.projectId, input.userId);
    if (deleted) await touchProject(tx, input.projectId);
    return deleted;
  });
}
