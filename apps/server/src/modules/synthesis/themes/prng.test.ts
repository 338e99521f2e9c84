import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, sampleIndices } from './prng.ts';

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniform numbers in [0, 1) and integers below n', () => {
    const rng = createRng(7);
    const xs = Array.from({ length: 40_000 }, rng.next);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const bucket = rng.int(4);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    expect(Math.min(...counts)).toBeGreaterThan(9_500);
  });
});

describe('deriveSeed', () => {
  it('gives each stream its own seed, the same every time', () => {
    const seeds = Array.from({ length: 100 }, (_, stream) => deriveSeed(1, stream));
    expect(new Set(seeds).size).toBe(100);
    expect(deriveSeed(1, 5)).toBe(seeds[5]);
  });
});

describe('sampleIndices', () => {
  it('takes distinct ascending indices, all of them when there are few', () => {
    const sample = sampleIndices(1000, 50, createRng(1));
    expect(sample).toHaveLength(50);
    expect(new Set(sample).size).toBe(50);
    expect(sample).toEqual([...sample].sort((a, b) => a - b));
    expect(sample.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(sampleIndices(3, 50, createRng(1))).toEqual([0, 1, 2]);
  });
});
