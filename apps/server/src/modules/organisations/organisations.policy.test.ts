import { roles, type Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { policyActor as actor } from '../projects/policy.test-support.ts';
import { canInOrganisation } from './organisations.policy.ts';

// Whoever guides the organisation's teams keeps its method cards; everyone in it reads them.
const keepsMethodCards: Record<Role, boolean> = {
  admin: true,
  facilitator: true,
  member: false,
  customer_member: false,
  viewer: false,
};

describe('organisation policy', () => {
  for (const role of roles) {
    it(`lets a ${role} read the method cards, and keep them: ${keepsMethodCards[role]}`, () => {
      expect(canInOrganisation(actor(role), 'view', 'org-1')).toBe(true);
      expect(canInOrganisation(actor(role), 'manageMethodCards', 'org-1')).toBe(
        keepsMethodCards[role],
      );
      // Another organisation's cards are nobody's here.
      expect(canInOrganisation(actor(role), 'manageMethodCards', 'org-2')).toBe(false);
    });
  }
  it('gives someone outside the organisation nothing', () => {
    expect(canInOrganisation(actor(null), 'view', 'org-1')).toBe(false);
    expect(canInOrganisation(actor(null), 'manageMethodCards', 'org-1')).toBe(false);
  });
});
