// Agreement between a clustering and reference labels, for the quality test and the benchmark.
// Both are invariant to renaming clusters; labels may be any strings or numbers.

type Label = string | number;

function contingency(truth: readonly Label[], predicted: readonly Label[]) {
  if (truth.length !== predicted.length) {
    throw new Error(`label counts differ: ${truth.length} and ${predicted.length}`);
  }
  const cells = new Map<string, number>();
  const rows = new Map<Label, number>();
  const cols = new Map<Label, number>();
  truth.forEach((t, i) => {
    const p = predicted[i] ?? '';
    const key = JSON.stringify([t, p]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(t, (rows.get(t) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  });
  return {
    n: truth.length,
    cells: [...cells.values()],
    rows: [...rows.values()],
    cols: [...cols.values()],
  };
}

function entropy(sizes: readonly number[], n: number): number {
  let h = 0;
  for (const size of sizes) if (size > 0) h -= (size / n) * Math.log(size / n);
  return h;
}

/**
 * Normalised mutual information, MI / ((H(truth) + H(predicted)) / 2) — the arithmetic mean, as
 * scikit-learn's default, so figures compare with published ones. 1 when both are one cluster.
 */
export function normalizedMutualInformation(
  truth: readonly Label[],
  predicted: readonly Label[],
): number {
  const { n, cells, rows, cols } = contingency(truth, predicted);
  if (n === 0) return 1;
  const hTruth = entropy(rows, n);
  const hPredicted = entropy(cols, n);
  if (hTruth === 0 && hPredicted === 0) return 1;
  // I(U; V) = H(U) + H(V) - H(U, V).
  const joint = entropy(cells, n);
  const mutual = Math.max(0, hTruth + hPredicted - joint);
  return mutual / ((hTruth + hPredicted) / 2);
}

const pairs = (m: number) => (m * (m - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie 1985): 0 for chance agreement, 1 for identical. */
export function adjustedRandIndex(truth: readonly Label[], predicted: readonly Label[]): number {
  const { n, cells, rows, cols } = contingency(truth, predicted);
  const index = cells.reduce((sum, m) => sum + pairs(m), 0);
  const rowPairs = rows.reduce((sum, m) => sum + pairs(m), 0);
  const colPairs = cols.reduce((sum, m) => sum + pairs(m), 0);
  const expected = n < 2 ? 0 : (rowPairs * colPairs) / pairs(n);
  const max = (rowPairs + colPairs) / 2;
  // Both partitions all singletons or both one cluster: they agree completely.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
