import type { Role } from '@timantti/contracts';
import type { Actor } from '../../http/types.ts';

export type OrganisationAction =
  | 'view'
  | 'createProject'
  | 'manageMembers'
  | 'manageJobs'
  | 'seeAllProjects'
  | 'manageMethodCards';

export const roleIn = (actor: Actor, organisationId: string): Role | null =>
  actor.roles.get(organisationId) ?? null;

const rolesFor: Record<OrganisationAction, readonly Role[]> = {
  view: ['admin', 'facilitator', 'member', 'customer_member', 'viewer'],
  createProject: ['admin', 'facilitator', 'member'],
  manageMembers: ['admin'],
  manageJobs: ['admin'],
  // Facilitators guide every team of their organisation, so they see every project.
  seeAllProjects: ['admin', 'facilitator'],
  // The organisation's method cards guide every team, so those who guide teams keep them.
  manageMethodCards: ['admin', 'facilitator'],
};

export function canInOrganisation(
  actor: Actor,
  action: OrganisationAction,
  organisationId: string,
): boolean {
  const role = roleIn(actor, organisationId);
  return role !== null && rolesFor[action].includes(role);
}
