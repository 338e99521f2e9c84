// Spherical k-means: k-means on unit vectors with cosine similarity, the usual choice for text,
// where a note's length says nothing about its topic. Seeded k-means++ and optional restarts
// (the best objective kept), so the result depends only on the data and the seed.
import { addRow, rowDot, type Rows } from './matrix.ts';
import type { Rng } from './prng.ts';

export type KMeansOptions = {
  k: number;
  rng: Rng;
  /** Independent seedings; the one with the highest total similarity wins. */
  restarts?: number;
  maxIterations?: number;
};

export type KMeansResult = {
  /** Cluster of each row, 0 … k - 1. */
  assignment: Int32Array;
  /** Cosine similarity of each row to its centroid. */
  similarity: Float64Array;
  /** Sum of `similarity`: what k-means maximises. */
  objective: number;
};

/** Clusters unit-length rows (all-zero rows would join cluster 0: leave them out). */
export function sphericalKMeans(data: Rows, options: KMeansOptions): KMeansResult {
  const k = Math.max(1, Math.min(options.k, data.rows));
  let best: KMeansResult | null = null;
  for (let restart = 0; restart < Math.max(1, options.restarts ?? 1); restart++) {
    const centroids = seedCentroids(data, k, options.rng);
    const result = lloyd(data, centroids, k, options.maxIterations ?? 50);
    if (!best || result.objective > best.objective + 1e-9) best = result;
  }
  if (!best) throw new Error('k-means ran no restart');
  return best;
}

/**
 * k-means++: each next seed drawn with probability proportional to its distance from the
 * nearest seed so far. Centroids are stored term-major (cols × k) so that scoring a sparse row
 * against every centroid reads k adjacent numbers per term.
 */
function seedCentroids(data: Rows, k: number, rng: Rng): Float64Array {
  const centroids = new Float64Array(data.cols * k);
  const nearest = new Float64Array(data.rows).fill(Infinity);
  const seed = new Float64Array(data.cols);
  let pick = rng.int(data.rows);
  for (let c = 0; c < k; c++) {
    seed.fill(0);
    addRow(data, pick, seed);
    for (let p = data.rowStart[pick] ?? 0; p < (data.rowStart[pick + 1] ?? 0); p++) {
      const j = data.col[p] ?? 0;
      centroids[j * k + c] = seed[j] ?? 0;
    }
    if (c === k - 1) break;
    let total = 0;
    for (let i = 0; i < data.rows; i++) {
      // 1 - cos is half the squared Euclidean distance between unit vectors.
      const distance = Math.max(0, 1 - rowDot(data, i, seed));
      if (distance < (nearest[i] ?? 0)) nearest[i] = distance;
      total += nearest[i] ?? 0;
    }
    if (total <= 0) {
      // Fewer distinct rows than k: the rest start on repeats and end up empty or merged.
      pick = rng.int(data.rows);
      continue;
    }
    let target = rng.next() * total;
    pick = data.rows - 1;
    for (let i = 0; i < data.rows; i++) {
      target -= nearest[i] ?? 0;
      if (target < 0) {
        pick = i;
        break;
      }
    }
  }
  return centroids;
}

function lloyd(
  data: Rows,
  centroids: Float64Array,
  k: number,
  maxIterations: number,
): KMeansResult {
  const assignment = new Int32Array(data.rows).fill(-1);
  const similarity = new Float64Array(data.rows);
  const scores = new Float64Array(k);
  let converged = false;
  const { rowStart, col, value } = data;
  for (let iteration = 0; iteration < maxIterations && !converged; iteration++) {
    let changed = 0;
    for (let i = 0; i < data.rows; i++) {
      scores.fill(0);
      const end = rowStart[i + 1] ?? 0;
      for (let p = rowStart[i] ?? 0; p < end; p++) {
        const v = value[p] ?? 0;
        const base = (col[p] ?? 0) * k;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + v * (centroids[base + c] ?? 0);
      }
      let best = 0;
      let bestScore = scores[0] ?? 0;
      for (let c = 1; c < k; c++) {
        const score = scores[c] ?? 0;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (assignment[i] !== best) changed++;
      assignment[i] = best;
      similarity[i] = bestScore;
    }
    converged = changed === 0;
    if (!converged) updateCentroids(data, assignment, similarity, centroids, k);
  }
  let objective = 0;
  for (const s of similarity) objective += s;
  return { assignment, similarity, objective };
}

function updateCentroids(
  data: Rows,
  assignment: Int32Array,
  similarity: Float64Array,
  centroids: Float64Array,
  k: number,
): void {
  const sizes = new Int32Array(k);
  for (const c of assignment) sizes[c] = (sizes[c] ?? 0) + 1;
  for (let c = 0; c < k; c++) {
    if ((sizes[c] ?? 0) > 0) continue;
    // An empty cluster takes the row that fits its own cluster worst, from a cluster that keeps
    // at least one row, so k clusters survive whenever there are k distinct rows.
    let worst = -1;
    for (let i = 0; i < data.rows; i++) {
      if ((sizes[assignment[i] ?? 0] ?? 0) < 2) continue;
      if (worst === -1 || (similarity[i] ?? 0) < (similarity[worst] ?? 0)) worst = i;
    }
    if (worst === -1) continue;
    const from = assignment[worst] ?? 0;
    sizes[from] = (sizes[from] ?? 0) - 1;
    sizes[c] = 1;
    assignment[worst] = c;
    similarity[worst] = 1;
  }
  centroids.fill(0);
  for (let i = 0; i < data.rows; i++) {
    const c = assignment[i] ?? 0;
    for (let p = data.rowStart[i] ?? 0; p < (data.rowStart[i + 1] ?? 0); p++) {
      const index = (data.col[p] ?? 0) * k + c;
      centroids[index] = (centroids[index] ?? 0) + (data.value[p] ?? 0);
    }
  }
  const norms = new Float64Array(k);
  for (let index = 0; index < centroids.length; index++) {
    const c = index % k;
    norms[c] = (norms[c] ?? 0) + (centroids[index] ?? 0) ** 2;
  }
  for (let c = 0; c < k; c++) norms[c] = (norms[c] ?? 0) > 0 ? 1 / Math.sqrt(norms[c] ?? 1) : 0;
  for (let index = 0; index < centroids.length; index++) {
    centroids[index] = (centroids[index] ?? 0) * (norms[index % k] ?? 0);
  }
}
