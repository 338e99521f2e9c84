import type { PersonaAvatar, PersonaField } from '@timantti/contracts';
import { searchVector } from '../research/search-vector.ts';
import type { PersonaValues } from './personas.repo.ts';

/** The avatar as stored: an icon's name, or null for the name's initials. */
export const avatarIconOf = (avatar: PersonaAvatar): PersonaValues['avatarIcon'] =>
  avatar.kind === 'icon' ? avatar.icon : null;

/** Every text of a persona, in its language, for the project search. */
export const personaSearchVector = (values: PersonaValues) =>
  searchVector(
    values.language,
    values.name,
    values.segment,
    ...values.needs,
    ...values.goals,
    ...values.frustrations,
    values.quote,
    values.story,
  );

/** The distinct evidence ids cited by any field. */
export const citedIds = (citations: Partial<Record<PersonaField, readonly string[]>>) => [
  ...new Set(Object.values(citations).flatMap((ids) => ids ?? [])),
];
