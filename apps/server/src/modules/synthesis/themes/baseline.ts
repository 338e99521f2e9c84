// The baseline every quality figure is printed beside: TF-IDF of the raw lower-cased words (no
// lemmas, no stems, no stop words) and k-means with the caller's k, using the same tokenizer,
// the same k-means and the same seeds as the engine, so the difference is what the engine adds.
import { tokenize } from '../../search/terms.ts';
import { sphericalKMeans } from './kmeans.ts';
import { normalizeRows, type Rows } from './matrix.ts';
import { createRng, deriveSeed } from './prng.ts';

/** Cluster of each text, 0 … k - 1 (a text without words joins one of them). */
export function baselineClusters(
  texts: readonly string[],
  options: { k: number; seed: number; restarts: number },
): Int32Array {
  return sphericalKMeans(rawTfidf(texts), {
    k: options.k,
    rng: createRng(deriveSeed(options.seed, 3)),
    restarts: options.restarts,
  }).assignment;
}

/** scikit-learn's TfidfVectorizer defaults: raw counts, smoothed IDF, unit rows. */
function rawTfidf(texts: readonly string[]): Rows {
  const documents = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const token of tokenize(text)) counts.set(token.word, (counts.get(token.word) ?? 0) + 1);
    return counts;
  });
  const frequency = new Map<string, number>();
  for (const counts of documents) {
    for (const word of counts.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const words = [...frequency.keys()].sort();
  const column = new Map(words.map((word, j) => [word, j]));
  const n = texts.length;
  const rowStart = new Int32Array(n + 1);
  const col: number[] = [];
  const value: number[] = [];
  documents.forEach((counts, i) => {
    const entries = [...counts]
      .map(([word, tf]) => [column.get(word) ?? 0, tf] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [j, tf] of entries) {
      col.push(j);
      value.push(tf * (Math.log((1 + n) / (1 + (frequency.get(words[j] ?? '') ?? 0))) + 1));
    }
    rowStart[i + 1] = col.length;
  });
  const matrix: Rows = {
    rows: n,
    cols: words.length,
    rowStart,
    col: Int32Array.from(col),
    value: Float64Array.from(value),
  };
  normalizeRows(matrix);
  return matrix;
}
