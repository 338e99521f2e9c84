import type { Actor } from '../../http/types.ts';
import { canInOrganisation, roleIn } from '../organisations/organisations.policy.ts';
import { canOnProject, type ProjectAccessFacts } from '../projects/projects.policy.ts';

/*
 * Ideas are the whole team's, the customer members (kokemusasiantuntijat) on it too: whoever
 * contributes to the shared work writes ideas and votes on them, viewers read. Steering the
 * work — opening a voting round, choosing the ideas to develop into concepts, changing or
 * removing someone else's idea — stays with those who may change the project. A round is closed
 * by whoever opened it, or by an admin when the opener is gone, so nobody ends another's round.
 */

export type IdeaListAbilities = { add: boolean; openRound: boolean };
export type IdeaAbilities = { edit: boolean; pick: boolean; delete: boolean };
export type RoundAbilities = { vote: boolean; close: boolean };

export function ideaListAbilities(actor: Actor, project: ProjectAccessFacts): IdeaListAbilities {
  return {
    add: canOnProject(actor, 'contribute', project),
    openRound: canOnProject(actor, 'update', project),
  };
}

export function ideaAbilities(
  actor: Actor,
  project: ProjectAccessFacts,
  idea: { createdBy: string | null },
): IdeaAbilities {
  const steers = canOnProject(actor, 'update', project);
  const ownsIt = idea.createdBy === actor.userId && canOnProject(actor, 'contribute', project);
  return { edit: steers || ownsIt, pick: steers, delete: steers || ownsIt };
}

/** Pure: whether a change to an idea stays within what the abilities allow. */
export function mayChangeIdea(
  abilities: IdeaAbilities,
  change: { text?: unknown; insightId?: unknown; status?: unknown },
): boolean {
  if (change.status !== undefined && !abilities.pick) return false;
  if ((change.text !== undefined || change.insightId !== undefined) && !abilities.edit) {
    return false;
  }
  return true;
}

export function roundAbilities(
  actor: Actor,
  project: ProjectAccessFacts,
  round: { openedBy: string | null; status: 'open' | 'closed' },
): RoundAbilities {
  const open = round.status === 'open' && !project.archived;
  const isAdmin = roleIn(actor, project.organisationId) === 'admin';
  return {
    vote: open && canOnProject(actor, 'contribute', project),
    close:
      open && canOnProject(actor, 'view', project) && (round.openedBy === actor.userId || isAdmin),
  };
}

/**
 * Pure: whether the caller sees who wrote an idea. A round that hides authors keeps votes on
 * the idea rather than on its writer; the leads who run the session and the writer still see.
 */
export function showsAuthor(
  actor: Actor,
  project: ProjectAccessFacts,
  idea: { createdBy: string | null; authorHidden: boolean },
): boolean {
  if (!idea.authorHidden || idea.createdBy === actor.userId) return true;
  return canInOrganisation(actor, 'seeAllProjects', project.organisationId);
}

export type VoteRefusal = 'vote_budget_spent' | 'vote_stacking_not_allowed';

/**
 * Pure: whether one more dot fits the voter's budget in the round, given the dots they have
 * already put in it and on this idea.
 */
export function refuseDot(
  round: { budget: number; allowStacking: boolean },
  spent: { total: number; onIdea: number },
): VoteRefusal | null {
  if (spent.total >= round.budget) return 'vote_budget_spent';
  if (spent.onIdea > 0 && !round.allowStacking) return 'vote_stacking_not_allowed';
  return null;
}
