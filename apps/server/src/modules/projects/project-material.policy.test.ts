import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/types.ts';
import { projectMaterialAbilities } from './projects.policy.ts';

const org = 'org-1';
const actor = (role: Role | null): Actor => ({
  userId: 'u-1',
  email: 'x@test.example',
  displayName: 'X',
  locale: 'fi',
  sessionId: 's',
  csrfToken: 'c',
  roles: new Map(role ? [[org, role]] : []),
});
const project = (onTeam: boolean, archived: boolean) => ({
  organisationId: org,
  archived,
  teamUserIds: new Set(onTeam ? ['u-1'] : []),
});

describe('projectMaterialAbilities (personas)', () => {
  const cases: [Role | null, boolean, boolean, boolean][] = [
    // role, on team, project archived → may edit
    ['admin', false, false, true],
    ['facilitator', false, false, true],
    ['member', true, false, true],
    ['customer_member', true, false, false],
    ['viewer', true, false, false],
    ['member', false, false, false],
    [null, true, false, false],
    ['admin', false, true, false],
    ['member', true, true, false],
  ];
  it.each(cases)('%s on team=%s, archived=%s → edit %s', (role, onTeam, archived, edit) => {
    expect(projectMaterialAbilities(actor(role), project(onTeam, archived))).toEqual({ edit });
  });
});
