import type { PersonaAvatar, PersonaField } from '@timantti/contracts';
import { searchVector } from '../research/search-vector.ts';
import type { PersonaValues } from './personas.repo.ts';

/** The avatar as stored: an icon's name, or null for the name's initials. */
export const avatarIconOf = (avatar: PersonaAvatar): PersonaValues['avatarIcon'] =>
  avatar.kind === 'icon' ? avatar.icon : null;

type PersonaTexts = Pick<
  PersonaValues,
  'name' | 'segment' | 'needs' | 'goals' | 'frustrations' | 'quote' | 'story'
>;

/** Every text of a persona, in the order they are indexed for the project search. */
export const personaSearchTexts = (values: PersonaTexts) => [
  values.name,
  values.segment,
  ...values.needs,
  ...values.goals,
  ...values.frustrations,
  values.quote,
  values.story,
];

export const personaSearchVector = (values: PersonaValues) =>
  searchVector(values.language, ...personaSearchTexts(values));

/** The distinct evidence ids cited by any field. */
export const citedIds = (citations: Partial<Record<PersonaField, readonly string[]>>) => [
  ...new Set(Object.values(citations).flatMap((ids) => ids ?? [])),
];
