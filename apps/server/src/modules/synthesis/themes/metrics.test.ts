import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInformation } from './metrics.ts';

// Reference values worked out by hand from the definitions; they match what scikit-learn's
// adjusted_rand_score and normalized_mutual_info_score (arithmetic mean) give for these inputs.
describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  it('is 4/7 when one cluster of two is split', () => {
    // Pairs together in both: 1; in the truth: 2; predicted: 1; expected 2·1/6; maximum 1.5.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(4 / 7, 12);
  });

  it('is negative for less agreement than chance, 0 for none to be had', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });

  it('is 1 when both put everything in one cluster', () => {
    expect(adjustedRandIndex([1, 1, 1], [7, 7, 7])).toBe(1);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(/differ/);
  });
});

describe('normalizedMutualInformation', () => {
  it('is 1 for the same partition under other names', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1, 2], [5, 5, 3, 3, 9])).toBeCloseTo(1, 12);
  });

  it('is 0.8 when one cluster of two is split', () => {
    // MI = ln 2, H(truth) = ln 2, H(predicted) = 1.5 ln 2: ln 2 / 1.25 ln 2.
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 12);
  });

  it('is 0 for independent partitions', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
    expect(normalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });

  it('matches the definition on an uneven example', () => {
    const truth = ['x', 'x', 'y', 'y', 'z', 'z', 'z'];
    const predicted = [1, 1, 1, 2, 2, 3, 3];
    const h = (sizes: number[]) => -sizes.reduce((s, m) => s + (m / 7) * Math.log(m / 7), 0);
    const mutual = h([2, 2, 3]) + h([3, 2, 2]) - h([2, 1, 1, 1, 2]);
    expect(normalizedMutualInformation(truth, predicted)).toBeCloseTo(
      mutual / ((h([2, 2, 3]) + h([3, 2, 2])) / 2),
      12,
    );
  });
});
