import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { policyActor as actor, policyProject as project } from '../projects/policy.test-support.ts';
import { insightAbilities, mayChangeInsight, type InsightAbilities } from './insights.policy.ts';

describe('insightAbilities', () => {
  const cases: [Role | null, boolean, boolean, InsightAbilities][] = [
    // role, on team, project archived → abilities
    ['admin', false, false, { edit: true, editQuestion: true }],
    ['facilitator', false, false, { edit: true, editQuestion: true }],
    ['member', true, false, { edit: true, editQuestion: true }],
    ['member', false, false, { edit: false, editQuestion: false }],
    ['customer_member', true, false, { edit: false, editQuestion: true }],
    ['customer_member', false, false, { edit: false, editQuestion: false }],
    ['customer_member', true, true, { edit: false, editQuestion: false }],
    ['viewer', true, false, { edit: false, editQuestion: false }],
    ['admin', false, true, { edit: false, editQuestion: false }],
    [null, true, false, { edit: false, editQuestion: false }],
  ];
  it.each(cases)('%s on team=%s, archived=%s → %o', (role, onTeam, archived, expected) => {
    expect(insightAbilities(actor(role), project(onTeam, archived))).toEqual(expected);
  });
});

describe('mayChangeInsight', () => {
  const everything = { edit: true, editQuestion: true };
  const question = { edit: false, editQuestion: true };
  const nothing = { edit: false, editQuestion: false };
  const ids = ['e-1'];
  const cases: [InsightAbilities, Parameters<typeof mayChangeInsight>[1], boolean][] = [
    [everything, { statement: 'Uusi', hmw: 'Miten?', evidenceIds: ids }, true],
    [everything, { evidenceIds: ids }, true],
    [question, { hmw: 'Miten voisimme…?' }, true],
    [question, { hmw: '' }, true],
    [question, { statement: 'Uusi' }, false],
    [question, { hmw: 'Miten?', statement: 'Uusi' }, false],
    [question, { hmw: 'Miten?', evidenceIds: ids }, false],
    [nothing, { hmw: 'Miten?' }, false],
  ];
  it.each(cases)('%o changing %o → %s', (abilities, change, allowed) => {
    expect(mayChangeInsight(abilities, change)).toBe(allowed);
  });
});
