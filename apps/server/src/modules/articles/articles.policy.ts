import type { Role } from '@timantti/contracts';
import type { Actor } from '../../http/types.ts';
import { roleIn } from '../organisations/organisations.policy.ts';

export type ArticleFacts = {
  organisationId: string;
  status: 'draft' | 'published';
  authorIds: readonly string[];
};

// Those who write for the organisation; customer members and viewers read.
const writers: readonly Role[] = ['admin', 'facilitator', 'member'];
// Publishing speaks for the organisation to every other one, so its leads decide it.
const publishers: readonly Role[] = ['admin', 'facilitator'];

const roleOf = (actor: Actor | null, organisationId: string) =>
  actor ? roleIn(actor, organisationId) : null;

/**
 * Pure: a published article is read by anyone signed in to the installation; a draft only by
 * the members of its organisation.
 */
export function canReadArticle(actor: Actor | null, article: ArticleFacts): boolean {
  if (!actor) return false;
  return article.status === 'published' || roleOf(actor, article.organisationId) !== null;
}

/** Pure: whether the actor may start an article of the organisation. */
export function canWriteArticles(actor: Actor, organisationId: string): boolean {
  const role = roleOf(actor, organisationId);
  return role !== null && writers.includes(role);
}

/** Pure: what the actor may do with an article they can read. */
export function articleAbilities(actor: Actor, article: ArticleFacts) {
  const role = roleOf(actor, article.organisationId);
  const leads = role !== null && publishers.includes(role);
  const edit = leads || (role === 'member' && article.authorIds.includes(actor.userId));
  return { edit, publish: leads, delete: edit };
}
