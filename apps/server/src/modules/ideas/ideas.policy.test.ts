import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { policyActor as actor, policyProject as project } from '../projects/policy.test-support.ts';
import {
  ideaAbilities,
  ideaListAbilities,
  mayChangeIdea,
  refuseDot,
  roundAbilities,
  showsAuthor,
  type IdeaAbilities,
} from './ideas.policy.ts';

const me = 'u-1';
const someoneElse = 'u-2';

describe('ideaListAbilities', () => {
  const cases: [Role | null, boolean, boolean, { add: boolean; openRound: boolean }][] = [
    // role, on team, archived → abilities
    ['admin', false, false, { add: true, openRound: true }],
    ['facilitator', false, false, { add: true, openRound: true }],
    ['member', true, false, { add: true, openRound: true }],
    ['member', false, false, { add: false, openRound: false }],
    ['customer_member', true, false, { add: true, openRound: false }],
    ['viewer', true, false, { add: false, openRound: false }],
    ['admin', false, true, { add: false, openRound: false }],
    [null, true, false, { add: false, openRound: false }],
  ];
  it.each(cases)('%s on team=%s, archived=%s → %o', (role, onTeam, archived, expected) => {
    expect(ideaListAbilities(actor(role), project(onTeam, archived))).toEqual(expected);
  });
});

describe('ideaAbilities', () => {
  const cases: [Role, string, IdeaAbilities][] = [
    // role (on the team), who wrote the idea → abilities
    ['member', someoneElse, { edit: true, pick: true, delete: true }],
    ['customer_member', me, { edit: true, pick: false, delete: true }],
    ['customer_member', someoneElse, { edit: false, pick: false, delete: false }],
    ['viewer', me, { edit: false, pick: false, delete: false }],
    ['facilitator', someoneElse, { edit: true, pick: true, delete: true }],
  ];
  it.each(cases)('%s, idea by %s → %o', (role, createdBy, expected) => {
    expect(ideaAbilities(actor(role), project(true), { createdBy })).toEqual(expected);
  });

  it('gives nothing on an archived project, not even to the idea’s writer', () => {
    expect(ideaAbilities(actor('member'), project(true, true), { createdBy: me })).toEqual({
      edit: false,
      pick: false,
      delete: false,
    });
  });
});

describe('mayChangeIdea', () => {
  const writer = { edit: true, pick: false, delete: true };
  const lead = { edit: true, pick: true, delete: true };
  const cases: [IdeaAbilities, Parameters<typeof mayChangeIdea>[1], boolean][] = [
    [writer, { text: 'Uusi' }, true],
    [writer, { insightId: null }, true],
    [writer, { status: 'picked' }, false],
    [writer, { text: 'Uusi', status: 'picked' }, false],
    [lead, { text: 'Uusi', status: 'picked' }, true],
    [{ edit: false, pick: true, delete: false }, { text: 'Uusi' }, false],
  ];
  it.each(cases)('%o changing %o → %s', (abilities, change, allowed) => {
    expect(mayChangeIdea(abilities, change)).toBe(allowed);
  });
});

describe('roundAbilities', () => {
  const open = { openedBy: someoneElse, status: 'open' as const };
  it('lets whoever contributes vote while the round is open', () => {
    expect(roundAbilities(actor('customer_member'), project(true), open).vote).toBe(true);
    expect(roundAbilities(actor('viewer'), project(true), open).vote).toBe(false);
    const closed = { ...open, status: 'closed' as const };
    expect(roundAbilities(actor('member'), project(true), closed).vote).toBe(false);
    expect(roundAbilities(actor('member'), project(true, true), open).vote).toBe(false);
  });

  it('lets only the round’s opener or an admin close it', () => {
    const byMe = { openedBy: me, status: 'open' as const };
    expect(roundAbilities(actor('member'), project(true), byMe).close).toBe(true);
    expect(roundAbilities(actor('member'), project(true), open).close).toBe(false);
    expect(roundAbilities(actor('facilitator'), project(false), open).close).toBe(false);
    expect(roundAbilities(actor('admin'), project(false), open).close).toBe(true);
    expect(roundAbilities(actor('admin'), project(false, true), open).close).toBe(false);
    // An opener who no longer sees the project (taken off the team) does not close it.
    expect(roundAbilities(actor('member'), project(false), byMe).close).toBe(false);
  });
});

describe('showsAuthor', () => {
  const hidden = { createdBy: someoneElse, authorHidden: true };
  it('hides the author from voters, not from the leads or the author', () => {
    expect(showsAuthor(actor('customer_member'), project(true), hidden)).toBe(false);
    expect(showsAuthor(actor('member'), project(true), hidden)).toBe(false);
    expect(showsAuthor(actor('facilitator'), project(false), hidden)).toBe(true);
    expect(showsAuthor(actor('admin'), project(false), hidden)).toBe(true);
    expect(showsAuthor(actor('member'), project(true), { ...hidden, createdBy: me })).toBe(true);
    expect(showsAuthor(actor('viewer'), project(true), { ...hidden, authorHidden: false })).toBe(
      true,
    );
  });
});

describe('refuseDot', () => {
  const cases: [number, boolean, number, number, ReturnType<typeof refuseDot>][] = [
    // budget, stacking, spent in all, on this idea → refusal
    [3, false, 0, 0, null],
    [3, false, 2, 0, null],
    [3, false, 3, 0, 'vote_budget_spent'],
    [3, false, 1, 1, 'vote_stacking_not_allowed'],
    [3, true, 2, 2, null],
    [3, true, 3, 3, 'vote_budget_spent'],
    [1, true, 1, 0, 'vote_budget_spent'],
  ];
  it.each(cases)('budget %i, stacking %s, %i spent, %i here → %s', (b, s, total, on, result) => {
    expect(refuseDot({ budget: b, allowStacking: s }, { total, onIdea: on })).toBe(result);
  });
});
