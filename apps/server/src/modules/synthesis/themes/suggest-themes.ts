// Machine-suggested themes for the affinity board: groups of notes that share vocabulary, each
// with a label of 2–4 terms, and the notes that fit no group. Pure and deterministic: the same
// notes, k and seed give the same result, here or in the worker (run.ts).
import type { FinnishAnalyzer } from '../../search/terms.ts';
import { chooseK, type KCandidate } from './choose-k.ts';
import { consensusClusters, membersFor } from './consensus.ts';
import { buildTermMatrix, extractNoteTerms, type NoteLanguage } from './features.ts';
import { labelTerms } from './labels.ts';
import { addRow, rowDot, selectRows, type Rows } from './matrix.ts';
import { deriveSeed } from './prng.ts';
import { genericWords } from './stopwords.ts';

export type ThemeNote = { id: string; text: string; language: NoteLanguage };

export type ThemeInput = {
  notes: readonly ThemeNote[];
  /** Groups to make, 1 … MAX_THEMES; chosen by silhouette when absent. */
  k?: number;
  seed?: number;
};

export type Theme = {
  /** The terms joined, e.g. "jono, odotusaika, ajanvaraus". */
  label: string;
  /** 2–4 key terms, Finnish ones in their base form; fewer when the group shares fewer. */
  terms: string[];
  /** Most typical note first. */
  noteIds: string[];
};

export type FinnishAnalysis = { method: 'voikko' } | { method: 'stem'; reason: string };

export type ThemeSuggestion = {
  /** Largest first. */
  themes: Theme[];
  /**
   * Notes that fit nowhere, in input order: they share no word with any other note, or none
   * with the rest of the group they were put in, or their group was that one note.
   */
  unassignedNoteIds: string[];
  /** Groups made (the caller's k, or the one chosen); some may have dissolved. */
  k: number;
  /** The candidates weighed when k was chosen here; empty when the caller gave k. */
  candidates: KCandidate[];
  /** How Finnish words were reduced: Voikko's lemmas, or the fallback stemmer and why. */
  finnishAnalysis: FinnishAnalysis;
};

export type ThemePhase = 'terms' | 'choosing-k' | 'clustering' | 'labelling';
export type ThemeProgress = { phase: ThemePhase; fraction: number };

export type ThemeOptions = {
  /** Voikko for Finnish lemmas and compound parts; null falls back to stemming. */
  analyzer: FinnishAnalyzer | null;
  /** Why the analyzer is null, passed on in the result. */
  analyzerUnavailableReason?: string;
  /** Overall fraction done, 0 … 1, never decreasing. */
  onProgress?: (progress: ThemeProgress) => void;
};

export const MAX_NOTES = 5000;
export const MAX_THEMES = 50;
const DEFAULT_SEED = 20240601;
/** Terms shared by fewer notes link nothing; terms in over half the notes separate nothing. */
const MIN_NOTES_PER_TERM = 2;
const MAX_NOTE_SHARE_PER_TERM = 0.5;
const MIN_THEME_SIZE = 2;
/** Below this a note shares no term with the rest of its group (above it is rounding). */
const MIN_FIT = 1e-9;
const LABEL = { minTerms: 2, maxTerms: 4, relativeWeight: 0.6 };

export function suggestThemes(input: ThemeInput, options: ThemeOptions): ThemeSuggestion {
  const { notes } = input;
  if (notes.length > MAX_NOTES) {
    throw new RangeError(`at most ${MAX_NOTES} notes, got ${notes.length}`);
  }
  if (
    input.k !== undefined &&
    !(Number.isInteger(input.k) && input.k >= 1 && input.k <= MAX_THEMES)
  ) {
    throw new RangeError(`k must be an integer from 1 to ${MAX_THEMES}, got ${input.k}`);
  }
  const seed = input.seed ?? DEFAULT_SEED;
  const report = options.onProgress ?? (() => undefined);

  report({ phase: 'terms', fraction: 0 });
  const noteTerms = extractNoteTerms(notes, { analyzer: options.analyzer });
  const matrix = buildTermMatrix(noteTerms, {
    minNotes: MIN_NOTES_PER_TERM,
    maxNoteShare: MAX_NOTE_SHARE_PER_TERM,
  });
  // Notes with no term shared with another note cannot be grouped; they are unassigned.
  const active: number[] = [];
  for (let i = 0; i < notes.length; i++) {
    if ((matrix.tfidf.rowStart[i + 1] ?? 0) > (matrix.tfidf.rowStart[i] ?? 0)) active.push(i);
  }
  const data = selectRows(matrix.tfidf, active);

  let k = Math.min(input.k ?? 0, data.rows);
  let candidates: KCandidate[] = [];
  if (input.k === undefined) {
    const chosen = chooseK(data, {
      seed,
      onProgress: (done) => report({ phase: 'choosing-k', fraction: 0.1 + 0.5 * done }),
    });
    k = chosen.k;
    candidates = chosen.candidates;
  }

  const assignment = new Int32Array(notes.length).fill(-1);
  const fit = new Float64Array(notes.length);
  if (k > 0) {
    const clusters = consensusClusters(data, {
      k,
      seed: deriveSeed(seed, 100 + k),
      members: membersFor(data.rows, k),
      onMember: (done) => report({ phase: 'clustering', fraction: 0.6 + 0.35 * done }),
    });
    active.forEach((i, row) => {
      assignment[i] = clusters[row] ?? -1;
    });
    fitToRest(data, clusters, k).forEach((value, row) => {
      const i = active[row] ?? 0;
      fit[i] = value;
      if (value < MIN_FIT) assignment[i] = -1;
    });
    dissolveSmallThemes(assignment, k);
  }

  report({ phase: 'labelling', fraction: 0.95 });
  const shown = (j: number) => {
    const key = matrix.terms[j] ?? '';
    return noteTerms.display.get(key) ?? key;
  };
  const labels = labelTerms(matrix.counts, assignment, k, matrix.terms, {
    ...LABEL,
    excluded: (j) => genericWords.has(shown(j).toLowerCase()),
  });
  const members = Array.from({ length: k }, (): number[] => []);
  assignment.forEach((c, i) => {
    if (c >= 0) members[c]?.push(i);
  });
  const themes = members
    .flatMap((indices, c) => {
      if (indices.length === 0) return [];
      const terms = (labels[c] ?? []).map(shown);
      const typicalFirst = [...indices].sort((a, b) => (fit[b] ?? 0) - (fit[a] ?? 0) || a - b);
      return [{ terms, indices: typicalFirst, first: indices[0] ?? 0 }];
    })
    .sort((a, b) => b.indices.length - a.indices.length || a.first - b.first)
    .map(({ terms, indices }) => ({
      label: terms.join(', '),
      terms,
      noteIds: indices.map((i) => notes[i]?.id ?? ''),
    }));
  report({ phase: 'labelling', fraction: 1 });
  return {
    themes,
    unassignedNoteIds: notes.filter((_, i) => assignment[i] === -1).map((note) => note.id),
    k,
    candidates,
    finnishAnalysis: options.analyzer
      ? { method: 'voikko' }
      : {
          method: 'stem',
          reason: options.analyzerUnavailableReason ?? 'no Finnish analyzer given',
        },
  };
}

/**
 * Each row's cosine with the rest of its group (the group's sum without the row itself, which
 * is of unit length): 0 when it shares no term with any other member.
 */
function fitToRest(data: Rows, clusters: Int32Array, k: number): Float64Array {
  const sums = Array.from({ length: k }, () => new Float64Array(data.cols));
  for (let row = 0; row < data.rows; row++)
    addRow(data, row, sums[clusters[row] ?? 0] ?? new Float64Array(0));
  const squaredNorms = sums.map((sum) => sum.reduce((total, x) => total + x * x, 0));
  return Float64Array.from({ length: data.rows }, (_, row) => {
    const c = clusters[row] ?? 0;
    const dot = rowDot(data, row, sums[c] ?? new Float64Array(0));
    const rest = Math.sqrt(Math.max(0, (squaredNorms[c] ?? 0) - 2 * dot + 1));
    return rest > 1e-9 ? (dot - 1) / rest : 0;
  });
}

/** A theme of one note is no theme: its note joins the unassigned. */
function dissolveSmallThemes(assignment: Int32Array, k: number): void {
  const sizes = new Int32Array(k);
  for (const c of assignment) if (c >= 0) sizes[c] = (sizes[c] ?? 0) + 1;
  for (let i = 0; i < assignment.length; i++) {
    const c = assignment[i] ?? -1;
    if (c >= 0 && (sizes[c] ?? 0) < MIN_THEME_SIZE) assignment[i] = -1;
  }
}
