// Consensus clustering (evidence accumulation, Fred & Jain 2005). On short notes one k-means run
// is mostly the accident of its seeds: two runs agree little, and each leaves one large
// catch-all group. Many quick runs vote instead: two notes belong together when runs keep
// putting them together. The votes are one indicator column per (run, cluster), scaled so that
// the cosine of two notes' rows is the share of runs that put them together; k-means on those
// rows is k-means on the co-association matrix without ever building its n² cells.
import { sphericalKMeans } from './kmeans.ts';
import type { Rows } from './matrix.ts';
import { createRng, deriveSeed } from './prng.ts';

export type ConsensusOptions = {
  k: number;
  seed: number;
  /** k-means runs that vote. */
  members: number;
  /** Called after each voting run with the share of them done. */
  onMember?: (done: number) => void;
};

// A vote need not converge, only be a good guess; the final k-means over the votes is cheap
// (a row holds one entry per run), so it may restart.
const MEMBER_ITERATIONS = 10;
const FINAL_RESTARTS = 5;

/** Cluster of each row, 0 … k - 1. */
export function consensusClusters(data: Rows, options: ConsensusOptions): Int32Array {
  const k = Math.max(1, Math.min(options.k, data.rows));
  const members = Math.max(1, options.members);
  const col = new Int32Array(data.rows * members);
  for (let member = 0; member < members; member++) {
    const { assignment } = sphericalKMeans(data, {
      k,
      rng: createRng(deriveSeed(options.seed, member)),
      maxIterations: MEMBER_ITERATIONS,
    });
    for (let i = 0; i < data.rows; i++) {
      col[i * members + member] = member * k + (assignment[i] ?? 0);
    }
    options.onMember?.((member + 1) / members);
  }
  const votes: Rows = {
    rows: data.rows,
    cols: members * k,
    rowStart: Int32Array.from({ length: data.rows + 1 }, (_, i) => i * members),
    col,
    value: new Float64Array(col.length).fill(1 / Math.sqrt(members)),
  };
  return sphericalKMeans(votes, {
    k,
    rng: createRng(deriveSeed(options.seed, members)),
    restarts: FINAL_RESTARTS,
  }).assignment;
}

// The cost of the votes grows with notes × groups × runs. Up to this many notes × groups all
// MAX_MEMBERS runs vote; beyond it fewer, down to MIN_MEMBERS — large sets are also where one
// run is least at the mercy of its seeds.
const BUDGET = 1_200_000;
const MAX_MEMBERS = 40;
const MIN_MEMBERS = 8;

export function membersFor(rows: number, k: number): number {
  return Math.max(MIN_MEMBERS, Math.min(MAX_MEMBERS, Math.floor(BUDGET / Math.max(1, rows * k))));
}
