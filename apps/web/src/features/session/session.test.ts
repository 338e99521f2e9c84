import type { Me } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { homeOrganisation, joinedOrganisation, orgBySlug } from './session.ts';

const org = (slug: string, name = slug) => ({
  id: `00000000-0000-4000-8000-${slug.padStart(12, '0').slice(-12)}`,
  name,
  slug,
  role: 'member' as const,
});

const me = (organisations: Me['organisations']): Me => ({
  user: { id: 'u', email: 'a@b.fi', displayName: 'A', locale: 'fi' },
  organisations,
  csrfToken: 'x',
  installation: { finnishMorphology: true },
});

describe('organisations of the signed-in user', () => {
  const lahti = org('lahti', 'Lahden kaupunki');
  const kuntaliitto = org('kuntaliitto', 'Kuntaliitto');

  it('finds an organisation by the slug in the address', () => {
    expect(orgBySlug(me([lahti, kuntaliitto]), 'kuntaliitto')).toBe(kuntaliitto);
    expect(orgBySlug(me([lahti]), 'kuntaliitto')).toBeUndefined();
    expect(orgBySlug(null, 'lahti')).toBeUndefined();
  });

  it('opens the last used organisation, else the first', () => {
    expect(homeOrganisation(me([lahti, kuntaliitto]), 'kuntaliitto')).toBe(kuntaliitto);
    expect(homeOrganisation(me([lahti, kuntaliitto]), 'gone')).toBe(lahti);
    expect(homeOrganisation(me([lahti, kuntaliitto]), null)).toBe(lahti);
    expect(homeOrganisation(me([]), null)).toBeUndefined();
  });

  it('names the organisation an accepted invitation added', () => {
    expect(joinedOrganisation(me([lahti]), me([lahti, kuntaliitto]), 'Kuntaliitto')).toBe(
      kuntaliitto,
    );
    expect(joinedOrganisation(null, me([lahti]), 'Lahden kaupunki')).toBe(lahti);
  });
});
