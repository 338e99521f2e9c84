import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../http/types.ts';
import { loadProjectFor } from '../projects/project-access.ts';

export type ResearchAction = 'read' | 'write' | 'personalData';

const projectActionFor = {
  read: 'view',
  write: 'update',
  personalData: 'handlePersonalData',
} as const;

/**
 * Research material follows its project: whoever sees the project reads it, whoever may change
 * the project adds to it, and only the people doing the work see personal data. 404 otherwise.
 */
export async function loadResearchProject(
  db: Queryable,
  actor: Actor,
  projectId: string,
  action: ResearchAction,
) {
  return (await loadProjectFor(db, actor, projectId, projectActionFor[action])).project;
}
