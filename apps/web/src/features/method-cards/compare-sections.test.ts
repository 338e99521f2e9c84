import type { MethodCardContent } from '@timantti/contracts';
import { translate, type MessageKey, type MessageParams } from '@timantti/i18n';
import { describe, expect, it } from 'vitest';
import { durationText } from './card-text.ts';
import { differingSections } from './compare-sections.ts';
import { cardFieldOf } from './MethodCardForm.tsx';

const t = (key: MessageKey, params?: MessageParams) => translate('fi', key, params);

const shipped: MethodCardContent = {
  title: 'Persona',
  purpose: 'Kuvaus tyypillisestä asiakkaasta.',
  phases: ['define'],
  steps: ['Ryhmitelkää näytöt.', 'Kirjoittakaa personat.'],
  minutes: { min: 60, max: 180 },
  groupSize: { min: 2, max: 6 },
  materials: ['Näytöt'],
  tips: ['Ei valokuvia.'],
  pitfalls: ['Liikaa personia.'],
  example: 'Vesilahti.',
  tool: 'personas',
};

describe('comparing a copy with the shipped card', () => {
  it('shows only the parts that differ, in the card’s order', () => {
    const ours = {
      ...shipped,
      title: 'Persona meillä',
      steps: [...shipped.steps, 'Esitelkää ne.'],
      minutes: { min: 60, max: 240 },
    };
    const sections = differingSections(t, 'fi', ours, shipped);
    expect(sections.map((section) => section.id)).toEqual(['title', 'minutes', 'steps']);
    expect(sections[1]).toMatchObject({ ours: '60–240 min', shipped: '60–180 min' });
    expect(differingSections(t, 'fi', shipped, shipped)).toEqual([]);
  });

  it('tells whole hours from two hours up, minutes below', () => {
    expect(durationText(t, 'fi', { min: 120, max: 480 })).toBe('2–8 h');
    expect(durationText(t, 'fi', { min: 90, max: 240 })).toBe('90–240 min');
  });

  it('places a save’s field errors at the form’s fields', () => {
    expect(cardFieldOf('content.steps.2')).toBe('steps');
    expect(cardFieldOf('/content/minutes/max')).toBe('minutes');
    expect(cardFieldOf('body.language')).toBe('language');
  });
});
