import type { Actor } from '../../http/types.ts';
import { canOnProject, type ProjectAccessFacts } from '../projects/projects.policy.ts';

/** What a person may do on a board: nothing (it does not exist for them), read, or edit. */
export type BoardAccess = 'none' | 'read' | 'write';

/**
 * Pure: a board follows its project. Whoever sees the project reads its boards; whoever
 * contributes to the project's shared work (the customer member too) edits what is on them,
 * unless the project or the board is archived.
 */
export function boardAccess(
  actor: Actor,
  project: ProjectAccessFacts,
  board: { archived: boolean },
): BoardAccess {
  if (!canOnProject(actor, 'view', project)) return 'none';
  if (!board.archived && canOnProject(actor, 'contribute', project)) return 'write';
  return 'read';
}

/**
 * Pure: `edit` is writing what is on the board, live; `manage` is the board itself (rename,
 * archive, restore, delete), which stays with those who may change the project.
 */
export function boardAbilities(
  actor: Actor,
  project: ProjectAccessFacts,
  board: { archived: boolean },
) {
  return {
    edit: boardAccess(actor, project, board) === 'write',
    manage: canOnProject(actor, 'update', project),
  };
}
