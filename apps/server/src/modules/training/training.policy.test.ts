import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../http/types.ts';
import { canOnCourse } from './training.policy.ts';

const ORG = 'org-lahti';
const actor = (role: Role | null, organisationId = ORG, userId = 'u-1'): Actor => ({
  userId,
  email: `${userId}@test.example`,
  displayName: userId,
  locale: 'fi',
  sessionId: 's',
  csrfToken: 'c',
  roles: new Map(role ? [[organisationId, role]] : []),
});
const course = (participantIds: string[]) => ({
  organisationId: ORG,
  participantIds: new Set(participantIds),
});

describe('canOnCourse', () => {
  it.each([
    ['admin', actor('admin'), [], { view: true, manage: true, participate: false }],
    ['facilitator', actor('facilitator'), [], { view: true, manage: true, participate: false }],
    ['enrolled member', actor('member'), ['u-1'], { view: true, manage: false, participate: true }],
    ['enrolled viewer', actor('viewer'), ['u-1'], { view: true, manage: false, participate: true }],
    [
      'member not enrolled',
      actor('member'),
      ['u-2'],
      { view: false, manage: false, participate: false },
    ],
    [
      'admin elsewhere',
      actor('admin', 'org-kuopio'),
      [],
      { view: false, manage: false, participate: false },
    ],
    // An enrolment outlives nothing: once out of the organisation, the course is gone for them.
    [
      'enrolled, then left',
      actor(null),
      ['u-1'],
      { view: false, manage: false, participate: false },
    ],
  ] as const)('%s', (_who, who, enrolled, expected) => {
    const facts = course([...enrolled]);
    expect({
      view: canOnCourse(who, 'view', facts),
      manage: canOnCourse(who, 'manage', facts),
      participate: canOnCourse(who, 'participate', facts),
    }).toEqual(expected);
  });
});
