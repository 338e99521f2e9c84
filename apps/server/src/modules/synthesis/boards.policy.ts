import type { Actor } from '../../http/types.ts';
import { canOnProject, type ProjectAccessFacts } from '../projects/projects.policy.ts';

/** What a person may do on a board: nothing (it does not exist for them), read, or edit. */
export type BoardAccess = 'none' | 'read' | 'write';

/**
 * Pure: a board follows its project. Whoever sees the project reads its boards; whoever may
 * change the project edits them, unless the project or the board is archived.
 */
export function boardAccess(
  actor: Actor,
  project: ProjectAccessFacts,
  board: { archived: boolean },
): BoardAccess {
  if (!canOnProject(actor, 'view', project)) return 'none';
  if (!board.archived && canOnProject(actor, 'update', project)) return 'write';
  return 'read';
}
