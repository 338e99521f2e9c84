import type { Actor } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { canInOrganisation, type OrganisationAction } from './organisations.policy.ts';

/** 404 unless the actor belongs to the organisation; 403 if they may not do the action. */
export function requireInOrganisation(
  actor: Actor | null,
  organisationId: string,
  action: OrganisationAction,
): Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!canInOrganisation(actor, 'view', organisationId)) throw notFound();
  if (!canInOrganisation(actor, action, organisationId)) throw new AppError('forbidden');
  return actor;
}
