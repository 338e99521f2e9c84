import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { accessFacts } from '../projects/projects.presenter.ts';
import { findProject, findTeam } from '../projects/projects.repo.ts';
// A journey map is edited live as a board is, and follows its project exactly as a board does:
// one policy for both, so the two can never drift apart.
import { loadBoardProject, type BoardAction } from '../synthesis/board-access.ts';
import {
  boardAbilities as journeyAbilities,
  boardAccess as journeyAccess,
} from '../synthesis/boards.policy.ts';
import { findJourney, findJourneyRef } from './journeys.repo.ts';

/** The project of journeys, exactly as of boards: read, contribute live, or manage them. */
export const loadJourneyProject = loadBoardProject;

/** A journey of the project, with what the actor may do with it (edit live, manage). */
export async function loadJourneyFor(
  db: Queryable,
  actor: Actor,
  projectId: string,
  journeyId: string,
  action: BoardAction,
) {
  const { project, team } = await loadJourneyProject(db, actor, projectId, action);
  const journey = await findJourney(db, projectId, journeyId);
  if (!journey) throw notFound();
  const abilities = journeyAbilities(actor, accessFacts(project, team), {
    archived: journey.archivedAt !== null,
  });
  return { project, journey, abilities };
}

/**
 * What a person may do on a journey reached by its id alone (a live connection names only the
 * document): the same policy. A journey that does not exist is 'none', like one not seen.
 */
export async function liveJourneyAccess(db: Queryable, actor: Actor, journeyId: string) {
  const journey = await findJourneyRef(db, journeyId);
  const project = journey ? await findProject(db, journey.projectId) : null;
  if (!journey || !project) return { access: 'none' as const, scope: null };
  const facts = accessFacts(project, await findTeam(db, project.id));
  const access = journeyAccess(actor, facts, { archived: journey.archivedAt !== null });
  return { access, scope: { projectId: project.id, organisationId: project.organisationId } };
}
