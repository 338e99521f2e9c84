import { describe, expect, it } from 'vitest';
import { PersonaInput, personaInitials } from './personas.ts';

describe('personaInitials', () => {
  it.each([
    ['Aino Virtanen', 'AV'],
    ['Aino Maria Virtanen, 24', 'AV'],
    ['Niko Mäkelä-Öhman', 'NÖ'],
    ['äiti', 'Ä'],
    ['  "Öljy" 2024  ', 'Ö'],
    ['24', ''],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(personaInitials(name)).toBe(initials);
  });
});

describe('PersonaInput', () => {
  it('fills defaults: a persona with initials, empty fields, Finnish, citing nothing', () => {
    expect(PersonaInput.parse({ name: ' Niko ' })).toEqual({
      kind: 'persona',
      name: 'Niko',
      avatar: { kind: 'initials' },
      segment: '',
      needs: [],
      goals: [],
      frustrations: [],
      quote: '',
      story: '',
      language: 'fi',
      citations: {},
    });
  });

  it('takes no photo: an avatar is initials or a known icon', () => {
    expect(
      PersonaInput.safeParse({ name: 'N', avatar: { kind: 'icon', icon: 'youth' } }).success,
    ).toBe(true);
    for (const avatar of [
      { kind: 'photo', url: 'https://example.fi/kasvot.jpg' },
      { kind: 'icon', icon: 'face' },
      { kind: 'initials', url: 'x' },
    ]) {
      expect(PersonaInput.safeParse({ name: 'N', avatar }).success, JSON.stringify(avatar)).toBe(
        false,
      );
    }
  });
});
