import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/types.ts';
import { boardAccess, type BoardAccess } from './boards.policy.ts';

const org = 'org-1';
const actor = (role: Role | null, userId = 'u-1'): Actor => ({
  userId,
  email: 'x@test.example',
  displayName: 'X',
  locale: 'fi',
  sessionId: 's',
  csrfToken: 'c',
  roles: new Map(role ? [[org, role]] : []),
});
const project = (onTeam: boolean, archived = false) => ({
  organisationId: org,
  archived,
  teamUserIds: new Set(onTeam ? ['u-1'] : []),
});

describe('boardAccess', () => {
  const cases: [Role | null, boolean, boolean, boolean, BoardAccess][] = [
    // role, on team, project archived, board archived → access
    ['admin', false, false, false, 'write'],
    ['facilitator', false, false, false, 'write'],
    ['member', true, false, false, 'write'],
    ['member', false, false, false, 'none'],
    ['customer_member', true, false, false, 'read'],
    ['viewer', true, false, false, 'read'],
    ['viewer', false, false, false, 'none'],
    [null, true, false, false, 'none'],
    ['admin', false, true, false, 'read'],
    ['member', true, true, false, 'read'],
    ['member', true, false, true, 'read'],
    ['admin', false, false, true, 'read'],
  ];
  it.each(cases)(
    '%s on team=%s, project archived=%s, board archived=%s → %s',
    (role, onTeam, projectArchived, boardArchived, expected) => {
      expect(
        boardAccess(actor(role), project(onTeam, projectArchived), { archived: boardArchived }),
      ).toBe(expected);
    },
  );
});
