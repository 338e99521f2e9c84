import { describe, expect, it } from 'vitest';
import { cosineDistances, meanSilhouette } from './silhouette.ts';
import { rowsOf } from './testing.ts';

describe('meanSilhouette', () => {
  const data = rowsOf([
    [1, 0],
    [1, 0],
    [0, 1],
    [0, 1],
  ]);
  const distance = cosineDistances(data);

  it('computes cosine distances between all rows', () => {
    expect([...distance].map((d) => Math.round(d * 1e9) / 1e9)).toEqual([
      0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0,
    ]);
  });

  it('is 1 for tight, distant groups and negative when each note is nearer the other group', () => {
    expect(meanSilhouette(distance, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo(1, 9);
    // Each note: distance 1 to its group-mate, 0.5 on average to the other group.
    expect(meanSilhouette(distance, Int32Array.from([0, 1, 0, 1]), 2)).toBeCloseTo(-0.5, 9);
  });

  it('counts a note alone in its group as 0', () => {
    // Notes 0 and 1 score 1; 2 and 3 are alone: (1 + 1 + 0 + 0) / 4.
    expect(meanSilhouette(distance, Int32Array.from([0, 0, 1, 2]), 3)).toBeCloseTo(0.5, 9);
  });
});
