import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { accessFacts } from '../projects/projects.presenter.ts';
import { findProject, findTeam } from '../projects/projects.repo.ts';
// A concept's draft is edited live as a board or a journey map is, and follows its project
// exactly as they do: one policy for all three, so they can never drift apart.
import { loadBoardProject, type BoardAction } from '../synthesis/board-access.ts';
import {
  boardAbilities as conceptAbilities,
  boardAccess as conceptAccess,
} from '../synthesis/boards.policy.ts';
import { findConcept, findConceptRef } from './concepts.repo.ts';

/** The project of concepts, exactly as of boards: read, contribute live, or manage them. */
export const loadConceptProject = loadBoardProject;

/** A concept of the project, with what the actor may do with it (edit live, manage). */
export async function loadConceptFor(
  db: Queryable,
  actor: Actor,
  projectId: string,
  conceptId: string,
  action: BoardAction,
) {
  const { project, team } = await loadConceptProject(db, actor, projectId, action);
  const concept = await findConcept(db, projectId, conceptId);
  if (!concept) throw notFound();
  const abilities = conceptAbilities(actor, accessFacts(project, team), { archived: false });
  return { project, concept, abilities };
}

/**
 * What a person may do on a concept reached by its id alone (a live connection names only the
 * document): the same policy. A concept that does not exist is 'none', like one not seen.
 */
export async function liveConceptAccess(db: Queryable, actor: Actor, conceptId: string) {
  const concept = await findConceptRef(db, conceptId);
  const project = concept ? await findProject(db, concept.projectId) : null;
  if (!concept || !project) return { access: 'none' as const, scope: null };
  const facts = accessFacts(project, await findTeam(db, project.id));
  const access = conceptAccess(actor, facts, { archived: false });
  return { access, scope: { projectId: project.id, organisationId: project.organisationId } };
}
