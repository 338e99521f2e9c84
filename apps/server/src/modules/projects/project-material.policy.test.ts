import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { policyActor as actor, policyProject as project } from './policy.test-support.ts';
import { projectMaterialAbilities } from './projects.policy.ts';

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
