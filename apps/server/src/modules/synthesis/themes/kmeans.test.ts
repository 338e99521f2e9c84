import { describe, expect, it } from 'vitest';
import { sphericalKMeans } from './kmeans.ts';
import type { Rows } from './matrix.ts';
import { createRng } from './prng.ts';
import { rowsOf } from './testing.ts';

// Three directions with a little noise: any sensible clustering finds them.
function threeGroups(perGroup: number, seed: number): { data: Rows; truth: number[] } {
  const rng = createRng(seed);
  const dense: number[][] = [];
  const truth: number[] = [];
  for (let i = 0; i < perGroup * 3; i++) {
    const group = i % 3;
    dense.push(
      Array.from({ length: 6 }, (_, j) => (Math.floor(j / 2) === group ? 1 : 0) + 0.2 * rng.next()),
    );
    truth.push(group);
  }
  return { data: rowsOf(dense), truth };
}

const samePartition = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  const pairs = new Set<string>();
  for (let i = 0; i < a.length; i++) pairs.add(`${a[i]}:${b[i]}`);
  return pairs.size === new Set(Array.from(a)).size && pairs.size === new Set(Array.from(b)).size;
};

describe('sphericalKMeans', () => {
  it('finds well-separated groups', () => {
    const { data, truth } = threeGroups(10, 1);
    const result = sphericalKMeans(data, { k: 3, rng: createRng(5), restarts: 3 });
    expect(samePartition(result.assignment, truth)).toBe(true);
    for (const s of result.similarity) expect(s).toBeGreaterThan(0.9);
    expect(result.objective).toBeCloseTo(
      result.similarity.reduce((sum, s) => sum + s, 0),
      9,
    );
  });

  it('gives the same result for the same seed', () => {
    const { data } = threeGroups(20, 2);
    const run = (seed: number) =>
      sphericalKMeans(data, { k: 4, rng: createRng(seed), restarts: 2 });
    expect(run(9)).toEqual(run(9));
  });

  it('keeps the restart with the highest objective', () => {
    const { data } = threeGroups(20, 3);
    const best = sphericalKMeans(data, { k: 5, rng: createRng(1), restarts: 8 });
    const rng = createRng(1);
    for (let restart = 0; restart < 8; restart++) {
      const single = sphericalKMeans(data, { k: 5, rng });
      expect(best.objective).toBeGreaterThanOrEqual(single.objective - 1e-9);
    }
  });

  it('fills every cluster while there are as many distinct rows, and caps k at the rows', () => {
    const data = rowsOf([
      [1, 0],
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    const three = sphericalKMeans(data, { k: 3, rng: createRng(1) });
    expect(new Set(three.assignment).size).toBeGreaterThanOrEqual(2);
    const many = sphericalKMeans(
      rowsOf([
        [1, 0],
        [0, 1],
      ]),
      { k: 5, rng: createRng(1) },
    );
    expect([...many.assignment].sort()).toEqual([0, 1]);
  });
});
