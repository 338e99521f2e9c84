import { describe, expect, it } from 'vitest';
import { checkExercise, noPractice, type PracticeCounts } from './exercise-check.ts';

const counts = (values: Partial<PracticeCounts>): PracticeCounts => ({ ...noPractice, ...values });

describe('checkExercise', () => {
  it.each([
    ['evidence_items', 'evidenceItems'],
    ['customers_interviewed', 'customersInterviewed'],
    ['insights', 'insights'],
    ['journey_steps', 'longestJourneySteps'],
  ] as const)('meets %s at N and not at N - 1', (kind, field) => {
    expect(checkExercise({ kind, target: 5 }, counts({ [field]: 4 }))).toEqual({
      current: 4,
      met: false,
    });
    expect(checkExercise({ kind, target: 5 }, counts({ [field]: 5 }))).toEqual({
      current: 5,
      met: true,
    });
  });

  it('counts only what its kind counts', () => {
    const plenty = counts({ insights: 50, concepts: 3, longestJourneySteps: 9 });
    expect(checkExercise({ kind: 'evidence_items', target: 1 }, plenty).met).toBe(false);
  });

  it('asks one concept of the concept kind', () => {
    expect(checkExercise({ kind: 'concept', target: 3 }, counts({ concepts: 0 })).met).toBe(false);
    expect(checkExercise({ kind: 'concept', target: 3 }, counts({ concepts: 1 })).met).toBe(true);
  });
});
