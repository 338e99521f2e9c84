import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { canOnProject, projectMaterialAbilities, type ProjectAction } from './projects.policy.ts';
import { accessFacts, presentProject } from './projects.presenter.ts';
import { findChecklist, findProject, findTeam } from './projects.repo.ts';

/**
 * Loads a project the actor wants to act on. A project they may not see is a 404, as if it did
 * not exist; one they see but may not change is a 403, or a 409 while it is archived.
 */
export async function loadProjectFor(
  db: Queryable,
  actor: Actor,
  projectId: string,
  action: ProjectAction,
) {
  const project = await findProject(db, projectId);
  if (!project) throw notFound();
  const team = await findTeam(db, projectId);
  const facts = accessFacts(project, team);
  if (!canOnProject(actor, 'view', facts)) throw notFound();
  if (!canOnProject(actor, action, facts)) {
    // Someone who could do it on an active project is told why not.
    if (facts.archived && canOnProject(actor, action, { ...facts, archived: false })) {
      throw new AppError('project_archived', { status: 409 });
    }
    throw new AppError('forbidden');
  }
  return { project, team };
}

/**
 * Loads the project of its material (personas) for reading or writing, as
 * `loadProjectFor` does, and tells whether the actor may edit that material.
 */
export async function loadProjectMaterial(
  db: Queryable,
  actor: Actor,
  projectId: string,
  action: 'read' | 'write',
) {
  const { project, team } = await loadProjectFor(
    db,
    actor,
    projectId,
    action === 'read' ? 'view' : 'update',
  );
  return projectMaterialAbilities(actor, accessFacts(project, team));
}

/** The project as the actor sees it, with their abilities. */
export async function readProject(db: Queryable, actor: Actor, projectId: string) {
  const { project, team } = await loadProjectFor(db, actor, projectId, 'view');
  return presentProject(actor, project, team, await findChecklist(db, projectId));
}
