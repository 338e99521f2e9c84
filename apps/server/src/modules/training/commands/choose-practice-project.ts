import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { loadProjectFor } from '../../projects/project-access.ts';
import { setPracticeProject } from '../training.repo.ts';

/**
 * Names the project whose rows the participant's self-checking exercises are met from: one of
 * the course's organisation that they can see (any other is a 404), or none.
 */
export async function choosePracticeProject(
  db: Db,
  input: { actor: Actor; courseId: string; organisationId: string; projectId: string | null },
) {
  const { actor, courseId, organisationId, projectId } = input;
  if (projectId) {
    const { project } = await loadProjectFor(db, actor, projectId, 'view');
    if (project.organisationId !== organisationId) throw notFound();
  }
  await setPracticeProject(db, courseId, actor.userId, projectId);
}
