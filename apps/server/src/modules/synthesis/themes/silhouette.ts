// The mean silhouette (Rousseeuw 1987) with cosine distance: how much closer each note is to
// the rest of its own group than to the nearest other group, from -1 to 1.
import { rowsDot, type Rows } from './matrix.ts';

/** Cosine distances between all rows (unit length), row-major: n² numbers, so keep n small. */
export function cosineDistances(data: Rows): Float64Array {
  const n = data.rows;
  const distance = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const d = 1 - rowsDot(data, a, b);
      distance[a * n + b] = d;
      distance[b * n + a] = d;
    }
  }
  return distance;
}

export function meanSilhouette(distance: Float64Array, labels: Int32Array, k: number): number {
  const n = labels.length;
  if (n === 0) return 0;
  const sizes = new Int32Array(k);
  for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1;
  const sums = new Float64Array(k);
  let total = 0;
  for (let a = 0; a < n; a++) {
    sums.fill(0);
    for (let b = 0; b < n; b++) {
      const label = labels[b] ?? 0;
      if (a !== b) sums[label] = (sums[label] ?? 0) + (distance[a * n + b] ?? 0);
    }
    const own = labels[a] ?? 0;
    // A note alone in its group counts 0, as Rousseeuw defines it.
    if ((sizes[own] ?? 0) < 2) continue;
    const within = (sums[own] ?? 0) / ((sizes[own] ?? 0) - 1);
    let nearest = Infinity;
    for (let c = 0; c < k; c++) {
      const size = sizes[c] ?? 0;
      if (c !== own && size > 0) nearest = Math.min(nearest, (sums[c] ?? 0) / size);
    }
    const spread = Math.max(within, nearest);
    if (nearest !== Infinity && spread > 0) total += (nearest - within) / spread;
  }
  return total / n;
}
