// A seeded generator, so the same notes and seed always give the same themes: Math.random would
// make every run, and every test of one, different.

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
};

/** mulberry32: 32 bits of state, fast, and good enough for seeding k-means and sampling. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
  };
}

/** A seed per purpose (a voting run, a candidate k), so that adding one shifts no other. */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** `size` distinct indices below n in ascending order (all of them when n ≤ size). */
export function sampleIndices(n: number, size: number, rng: Rng): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return pool;
  // A partial Fisher–Yates shuffle: the first `size` places are a uniform sample.
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const swap = pool[i] ?? 0;
    pool[i] = pool[j] ?? 0;
    pool[j] = swap;
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}
