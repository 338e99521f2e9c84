// Choosing the number of themes: the consensus clustering for each candidate k, scored by the
// mean silhouette of its groups. On a fixed sample of the notes, because the silhouette needs
// every pairwise distance and each candidate a full consensus; the chosen k is then clustered
// on all notes.
import { consensusClusters } from './consensus.ts';
import { selectRows, type Rows } from './matrix.ts';
import { createRng, deriveSeed, sampleIndices } from './prng.ts';
import { cosineDistances, meanSilhouette } from './silhouette.ts';

export type KCandidate = { k: number; silhouette: number };

const SAMPLE = 400;
const MEMBERS = 20;
/** More groups than √n leaves groups of a handful of notes; past 30 a board is unreadable. */
export const MAX_CHOSEN_K = 30;

export function chooseK(
  data: Rows,
  options: { seed: number; onProgress?: (done: number) => void },
): { k: number; candidates: KCandidate[] } {
  const sample = selectRows(
    data,
    sampleIndices(data.rows, SAMPLE, createRng(deriveSeed(options.seed, 1))),
  );
  const kMax = Math.min(MAX_CHOSEN_K, Math.round(Math.sqrt(data.rows)), sample.rows - 1);
  const ks = candidateKs(2, kMax);
  if (ks.length === 0) return { k: Math.min(1, data.rows), candidates: [] };
  const distance = cosineDistances(sample);
  const candidates = ks.map((k, index) => {
    const labels = consensusClusters(sample, {
      k,
      seed: deriveSeed(options.seed, 100 + k),
      members: MEMBERS,
      onMember: (done) => options.onProgress?.((index + done) / ks.length),
    });
    return { k, silhouette: meanSilhouette(distance, labels, k) };
  });
  // Ties go to the smaller k: fewer themes are easier to read.
  const best = candidates.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  return { k: best.k, candidates };
}

/** Every k up to 10, then steps of about 15 %: large k cost more runs and differ less. */
export function candidateKs(from: number, to: number): number[] {
  const ks: number[] = [];
  for (let k = from; k <= to; k = k < 10 ? k + 1 : Math.round(k * 1.15)) ks.push(k);
  return ks;
}
