import type { Actor } from '../../http/types.ts';
import { canOnProject, type ProjectAccessFacts } from '../projects/projects.policy.ts';

/**
 * Pure: personas and customer stories follow their project, as its research and insights do.
 * Whoever sees the project reads them; whoever may change it (not while archived) writes them.
 */
export function personaAbilities(actor: Actor, project: ProjectAccessFacts) {
  return { edit: canOnProject(actor, 'update', project) };
}
