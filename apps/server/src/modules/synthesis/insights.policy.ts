import type { Actor } from '../../http/types.ts';
import { canOnProject, type ProjectAccessFacts } from '../projects/projects.policy.ts';

export type InsightAbilities = { edit: boolean; editQuestion: boolean };

/**
 * Pure: an insight follows its project, as its research does. Whoever may change the project
 * writes, edits and deletes insights; whoever contributes to the shared work (the customer
 * member too) may also write an insight's "How might we…?" question, turning it towards ideas.
 */
export function insightAbilities(actor: Actor, project: ProjectAccessFacts): InsightAbilities {
  return {
    edit: canOnProject(actor, 'update', project),
    editQuestion: canOnProject(actor, 'contribute', project),
  };
}

/** Pure: whether a change to an insight stays within what the abilities allow. */
export function mayChangeInsight(
  abilities: InsightAbilities,
  change: { statement?: unknown; hmw?: unknown; evidenceIds?: unknown },
): boolean {
  if (abilities.edit) return true;
  return (
    abilities.editQuestion && change.statement === undefined && change.evidenceIds === undefined
  );
}
