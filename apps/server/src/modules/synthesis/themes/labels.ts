// Theme labels by class-based TF-IDF (Grootendorst 2022): a term names a theme when it is
// frequent inside it and rare in the notes as a whole.
import type { Rows } from './matrix.ts';

export type LabelOptions = {
  /** Terms that may not name a theme, by column. */
  excluded: (term: number) => boolean;
  minTerms: number;
  maxTerms: number;
  /** Past `minTerms`, a term joins while its weight is at least this share of the top one's. */
  relativeWeight: number;
};

/** For each cluster, the indices of its label terms, best first. */
export function labelTerms(
  counts: Rows,
  assignment: Int32Array,
  clusters: number,
  terms: readonly string[],
  options: LabelOptions,
): number[][] {
  const perCluster = Array.from({ length: clusters }, () => new Float64Array(counts.cols));
  const overall = new Float64Array(counts.cols);
  for (let i = 0; i < counts.rows; i++) {
    const c = assignment[i] ?? -1;
    if (c < 0) continue;
    const target = perCluster[c] ?? new Float64Array(0);
    for (let p = counts.rowStart[i] ?? 0; p < (counts.rowStart[i + 1] ?? 0); p++) {
      const j = counts.col[p] ?? 0;
      target[j] = (target[j] ?? 0) + (counts.value[p] ?? 0);
      overall[j] = (overall[j] ?? 0) + (counts.value[p] ?? 0);
    }
  }
  let totalWeight = 0;
  for (const x of overall) totalWeight += x;
  const averagePerCluster = totalWeight / Math.max(1, clusters);

  return perCluster.map((tf) => {
    let clusterWeight = 0;
    for (const x of tf) clusterWeight += x;
    const scored: { j: number; score: number }[] = [];
    tf.forEach((weight, j) => {
      // A term seen once in a theme names it by accident.
      if (weight < 2 || options.excluded(j)) return;
      const score = (weight / clusterWeight) * Math.log(1 + averagePerCluster / (overall[j] ?? 1));
      scored.push({ j, score });
    });
    scored.sort((a, b) => b.score - a.score || a.j - b.j);
    const chosen: { j: number; score: number }[] = [];
    for (const candidate of scored) {
      if (chosen.length >= options.maxTerms) break;
      const top = chosen[0]?.score ?? candidate.score;
      if (chosen.length >= options.minTerms && candidate.score < options.relativeWeight * top)
        break;
      const term = terms[candidate.j] ?? '';
      const overlaps = chosen.some((other) => sameFamily(terms[other.j] ?? '', term));
      if (!overlaps) chosen.push(candidate);
    }
    return chosen.map((candidate) => candidate.j);
  });
}

// A compound and its part (palvelupolku, polku), or two words of one family (urheilu,
// urheilla), say the same thing twice in a label.
const FAMILY_PREFIX = 5;

function sameFamily(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= FAMILY_PREFIX;
}
