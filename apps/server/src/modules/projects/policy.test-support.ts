import type { Role } from '@timantti/contracts';
import type { Actor } from '../../http/types.ts';
import type { ProjectAccessFacts } from './projects.policy.ts';

// The policy tables' world: one organisation, and one person with a role in it or none.
const organisationId = 'org-1';
const userId = 'u-1';

export const policyActor = (role: Role | null, id = userId): Actor => ({
  userId: id,
  email: 'x@test.example',
  displayName: 'X',
  locale: 'fi',
  sessionId: 's',
  csrfToken: 'c',
  roles: new Map(role ? [[organisationId, role]] : []),
});

/** A project of that organisation, with that person on its team or not. */
export const policyProject = (onTeam: boolean, archived = false): ProjectAccessFacts => ({
  organisationId,
  archived,
  teamUserIds: new Set(onTeam ? [userId] : []),
});
