import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { policyActor as actor, policyProject as project } from '../projects/policy.test-support.ts';
import { boardAbilities, boardAccess, type BoardAccess } from './boards.policy.ts';

describe('boardAccess', () => {
  const cases: [Role | null, boolean, boolean, boolean, BoardAccess][] = [
    // role, on team, project archived, board archived → access
    ['admin', false, false, false, 'write'],
    ['facilitator', false, false, false, 'write'],
    ['member', true, false, false, 'write'],
    ['member', false, false, false, 'none'],
    ['customer_member', true, false, false, 'write'],
    ['customer_member', false, false, false, 'none'],
    ['customer_member', true, true, false, 'read'],
    ['customer_member', true, false, true, 'read'],
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

describe('boardAbilities', () => {
  const cases: [Role | null, boolean, boolean, boolean, { edit: boolean; manage: boolean }][] = [
    // role, on team, project archived, board archived → abilities
    ['admin', false, false, false, { edit: true, manage: true }],
    ['member', true, false, false, { edit: true, manage: true }],
    // Restoring an archived board is managing it; editing waits until it is restored.
    ['member', true, false, true, { edit: false, manage: true }],
    ['member', true, true, false, { edit: false, manage: false }],
    ['customer_member', true, false, false, { edit: true, manage: false }],
    ['customer_member', true, false, true, { edit: false, manage: false }],
    ['viewer', true, false, false, { edit: false, manage: false }],
    ['member', false, false, false, { edit: false, manage: false }],
  ];
  it.each(cases)(
    '%s on team=%s, project archived=%s, board archived=%s → %o',
    (role, onTeam, projectArchived, boardArchived, expected) => {
      expect(
        boardAbilities(actor(role), project(onTeam, projectArchived), { archived: boardArchived }),
      ).toEqual(expected);
    },
  );
});
