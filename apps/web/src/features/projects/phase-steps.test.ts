import { describe, expect, it } from 'vitest';
import { nextPhase, phaseSteps, previousPhase } from './phase-steps.ts';
import { fromListItems, toListItems } from './list-items.ts';

describe('phase steps of the double diamond', () => {
  it('marks earlier phases done and later ones upcoming', () => {
    expect(phaseSteps('develop')).toEqual([
      { phase: 'discover', state: 'done' },
      { phase: 'define', state: 'done' },
      { phase: 'develop', state: 'current' },
      { phase: 'deliver', state: 'upcoming' },
    ]);
  });

  it('moves one phase at a time and stops at either end', () => {
    expect(previousPhase('discover')).toBeNull();
    expect(nextPhase('discover')).toBe('define');
    expect(previousPhase('deliver')).toBe('develop');
    expect(nextPhase('deliver')).toBeNull();
  });
});

describe('list items', () => {
  it('give every line its own key and drop empty lines on the way out', () => {
    const items = toListItems(['a', 'b']);
    expect(new Set(items.map((item) => item.key)).size).toBe(2);
    expect(
      fromListItems([...items, { key: 'x', value: '   ' }, { key: 'y', value: ' c ' }]),
    ).toEqual(['a', 'b', 'c']);
  });
});
