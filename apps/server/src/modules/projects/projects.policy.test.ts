import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/types.ts';
import { canOnProject, type ProjectAction } from './projects.policy.ts';

const ORG = 'org-1';
const actor = (role: Role | null, userId = 'me'): Actor => ({
  userId,
  email: 'me@test.example',
  displayName: 'Minä',
  locale: 'fi',
  sessionId: 's',
  csrfToken: 'c',
  roles: new Map(role ? [[ORG, role]] : []),
});
const project = (onTeam: boolean, archived = false) => ({
  organisationId: ORG,
  archived,
  teamUserIds: new Set(onTeam ? ['me'] : []),
});

// [role, on the team, archived, action, allowed]
const table: [Role | null, boolean, boolean, ProjectAction, boolean][] = [
  ['admin', false, false, 'view', true],
  ['admin', false, false, 'update', true],
  ['admin', false, true, 'update', false],
  ['admin', false, true, 'archive', true],
  ['facilitator', false, false, 'manageTeam', true],
  ['member', false, false, 'view', false],
  ['member', true, false, 'view', true],
  ['member', true, false, 'changePhase', true],
  ['member', true, true, 'editChecklist', false],
  ['member', true, true, 'archive', true],
  ['customer_member', true, false, 'view', true],
  ['customer_member', true, false, 'editChecklist', false],
  ['customer_member', false, false, 'view', false],
  ['viewer', true, false, 'view', true],
  ['viewer', true, false, 'update', false],
  ['viewer', false, false, 'view', false],
  [null, true, false, 'view', false],
];

describe('canOnProject', () => {
  it.each(table)(
    '%s (team: %s, archived: %s) %s → %s',
    (role, onTeam, archived, action, allowed) => {
      expect(canOnProject(actor(role), action, project(onTeam, archived))).toBe(allowed);
    },
  );
});
