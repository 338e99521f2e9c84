import type { Actor } from '../../http/types.ts';
import { canOnProject, type ProjectAccessFacts } from '../projects/projects.policy.ts';

/**
 * Pure: insights follow their project, as its research does. Whoever sees the project reads
 * them; whoever may change it (not while it is archived) writes, edits and deletes them.
 */
export function insightAbilities(actor: Actor, project: ProjectAccessFacts) {
  return { edit: canOnProject(actor, 'update', project) };
}
