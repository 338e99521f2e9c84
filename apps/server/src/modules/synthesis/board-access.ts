import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { loadProjectFor } from '../projects/project-access.ts';
import { accessFacts } from '../projects/projects.presenter.ts';
import { findProject, findTeam } from '../projects/projects.repo.ts';
import { boardAbilities, boardAccess } from './boards.policy.ts';
import { findBoard, findBoardRef } from './boards.repo.ts';

/**
 * What a board route does with the project: reads it, contributes to what is on its boards,
 * or manages the boards themselves (create, rename, archive, delete).
 */
export type BoardAction = 'read' | 'contribute' | 'manage';
const projectActionFor = { read: 'view', contribute: 'contribute', manage: 'update' } as const;

/**
 * Boards follow their project, as research does: readers of the project read its boards,
 * those who may change it manage them (404 unseen, 403 not allowed, 409 archived project).
 */
export async function loadBoardProject(
  db: Queryable,
  actor: Actor,
  projectId: string,
  action: BoardAction,
) {
  return loadProjectFor(db, actor, projectId, projectActionFor[action]);
}

/** A board of the project, with what the actor may do with it. */
export async function loadBoardFor(
  db: Queryable,
  actor: Actor,
  projectId: string,
  boardId: string,
  action: BoardAction,
) {
  const { project, team } = await loadBoardProject(db, actor, projectId, action);
  const board = await findBoard(db, projectId, boardId);
  if (!board) throw notFound();
  const abilities = boardAbilities(actor, accessFacts(project, team), {
    archived: board.archivedAt !== null,
  });
  return { project, board, abilities };
}

/**
 * What a person may do on a board reached by its id alone (a live connection names only the
 * document): the same policy as above. A board that does not exist is 'none', exactly like
 * one the person may not see.
 */
export async function liveBoardAccess(db: Queryable, actor: Actor, boardId: string) {
  const board = await findBoardRef(db, boardId);
  const project = board ? await findProject(db, board.projectId) : null;
  if (!board || !project) return { access: 'none' as const, board: null };
  const facts = accessFacts(project, await findTeam(db, project.id));
  const access = boardAccess(actor, facts, { archived: board.archivedAt !== null });
  return {
    access,
    board: { id: board.id, projectId: project.id, organisationId: project.organisationId },
  };
}
