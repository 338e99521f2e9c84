// From notes to weighted terms. Finnish words become their Voikko lemmas, compound parts and
// derivation roots (työpajoissa → työpaja, työ, paja), so notes that say the same thing in
// different inflections, compounds or derivations share features; words Voikko does not know,
// and every Finnish word when Voikko is missing, fall back to a stem. Swedish and English are
// stemmed.
import { analysisTerms, tokenize, type FinnishAnalyzer } from '../../search/terms.ts';
import { normalizeRows, type Rows } from './matrix.ts';
import { englishStem, finnishStem, swedishStem } from './stem.ts';
import { stopWords } from './stopwords.ts';

export type NoteLanguage = 'fi' | 'sv' | 'en';

export type FeatureOptions = {
  /** Null: no Voikko, every Finnish word is stemmed. */
  analyzer: FinnishAnalyzer | null;
};

/**
 * A word as features, per reading: its lemma (or stem), its compound parts (työpaja → työ, paja)
 * and the words it is derived from (urheilija → urheilla, tieteellinen → tiede). On short notes
 * parts and roots are what links two notes that say one thing in different words (urheilu,
 * urheilija); each counts as much as the lemma, which grouped dev.tsv best of the weights tried
 * (parts ½–2, roots 0–1).
 */
type Reading = { lemma: string; parts: string[]; roots: string[] };
type WordAnalysis = { readings: Reading[]; stemmed: boolean };

export type NoteTerms = {
  /** Per note: term → how many of its words gave it. */
  terms: Map<string, number>[];
  /** Term → how to show it: a lemma as Voikko spells it, or a stem's most frequent word. */
  display: Map<string, string>;
};

const DIGIT = /\p{N}/u;
const MIN_TERM_LENGTH = 2;

export function extractNoteTerms(
  notes: readonly { text: string; language: NoteLanguage }[],
  options: FeatureOptions,
): NoteTerms {
  const cache = new Map<string, WordAnalysis>();
  const lemmaDisplay = new Map<string, string>();
  const stemWords = new Map<string, Map<string, number>>();

  const analyzeWord = (word: string, language: NoteLanguage): WordAnalysis => {
    const cacheKey = `${language}:${word}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const stops = stopWords[language];
    let analysis: WordAnalysis = { readings: [], stemmed: false };
    if (!(word.length < MIN_TERM_LENGTH || DIGIT.test(word) || stops.has(word))) {
      const readings =
        language === 'fi' && options.analyzer
          ? finnishReadings(word, options.analyzer, lemmaDisplay)
          : null;
      if (readings === null) {
        analysis = {
          readings: [{ lemma: stem(word, language), parts: [], roots: [] }],
          stemmed: true,
        };
      } else if (!readings.some((reading) => stops.has(reading.lemma))) {
        analysis = { readings, stemmed: false };
      }
    }
    cache.set(cacheKey, analysis);
    return analysis;
  };

  const noteWords = notes.map((note) =>
    tokenize(note.text).flatMap((token) =>
      token.parts.map((piece) => ({ piece, analysis: analyzeWord(piece, note.language) })),
    ),
  );

  // Ambiguous words (tuli: tulla or tuli) take the reading whose words the notes use most, as
  // lemmas or as parts of other words (tulipalo); a reading the notes never confirm is usually
  // the wrong one.
  const use = new Map<string, number>();
  for (const words of noteWords) {
    for (const { analysis } of words) {
      const share = 1 / analysis.readings.length;
      for (const reading of analysis.readings) {
        for (const term of [reading.lemma, ...reading.parts, ...reading.roots]) {
          use.set(term, (use.get(term) ?? 0) + share);
        }
      }
    }
  }
  const chosen = (analysis: WordAnalysis): Reading[] => {
    if (analysis.readings.length < 2) return analysis.readings;
    let best = analysis.readings[0];
    for (const reading of analysis.readings) {
      if ((use.get(reading.lemma) ?? 0) > (use.get(best?.lemma ?? '') ?? 0)) best = reading;
    }
    return best ? [best] : [];
  };

  const terms = noteWords.map((words) => {
    const counts = new Map<string, number>();
    const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const { piece, analysis } of words) {
      for (const reading of chosen(analysis)) {
        add(reading.lemma);
        for (const part of reading.parts) add(part);
        for (const root of reading.roots) add(root);
        if (analysis.stemmed) {
          const words = stemWords.get(reading.lemma) ?? new Map<string, number>();
          words.set(piece, (words.get(piece) ?? 0) + 1);
          stemWords.set(reading.lemma, words);
        }
      }
    }
    return counts;
  });

  const display = new Map(lemmaDisplay);
  for (const [key, words] of stemWords) {
    if (!display.has(key)) display.set(key, mostFrequent(words) ?? key);
  }
  return { terms, display };
}

// The words a reading is derived from, in WORDBASES' parentheses: `+urheili(urheilla)+ja(+ja)`.
// Bases starting with `+` are suffixes; `=` and `|` mark boundaries inside a lexicalised base.
const BASE = /\(([^+)][^)]*)\)/gu;

/** The readings of a Finnish word, or null when Voikko does not know it. */
function finnishReadings(
  word: string,
  analyzer: FinnishAnalyzer,
  display: Map<string, string>,
): Reading[] | null {
  const analyses = analyzer.analyze(word);
  if (analyses.length === 0) return null;
  const stops = stopWords.fi;
  const readings = new Map<string, Reading>();
  for (const analysis of analyses) {
    const { lemma, parts } = analysisTerms(analysis);
    const kept = parts.filter((part) => part.length > MIN_TERM_LENGTH && !stops.has(part));
    const roots: string[] = [];
    for (const match of (analysis.wordbases ?? '').matchAll(BASE)) {
      const root = (match[1] ?? '').replace(/[=|]/gu, '').toLowerCase();
      if (
        root.length > MIN_TERM_LENGTH &&
        root !== lemma &&
        !kept.includes(root) &&
        !stops.has(root)
      ) {
        roots.push(root);
      }
    }
    const known = readings.get(lemma);
    // A lemma Voikko also knows as one word (maailma, besides maa+ilma) is not split: only
    // what every analysis of it agrees on is kept.
    readings.set(lemma, {
      lemma,
      parts: known ? known.parts.filter((part) => kept.includes(part)) : kept,
      roots: known ? known.roots.filter((root) => roots.includes(root)) : roots,
    });
    // Names keep Voikko's capital (Helsinki, DNA), unless a reading spells the word in lower
    // case (Maa as a name, maa as a word).
    const shown = display.get(lemma);
    if (shown === undefined || (shown !== lemma && analysis.baseform === lemma)) {
      display.set(lemma, analysis.baseform);
    }
    for (const part of kept) if (!display.has(part)) display.set(part, part);
    for (const root of roots) if (!display.has(root)) display.set(root, root);
  }
  return [...readings.values()];
}

function stem(word: string, language: NoteLanguage): string {
  if (language === 'fi') return finnishStem(word);
  if (language === 'sv') return swedishStem(word);
  return englishStem(word);
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [word, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && word < best)) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

export type TermMatrixOptions = {
  /** Terms in fewer notes than this join no two notes, and only add noise. */
  minNotes: number;
  /** Terms in more than this share of the notes separate nothing. */
  maxNoteShare: number;
};

export type TermMatrix = {
  /** Sublinear TF-IDF, each row of unit length (all-zero for a note with no kept term). */
  tfidf: Rows;
  /** Raw weights, for the labels. */
  counts: Rows;
  terms: string[];
  /** Notes each term occurs in. */
  noteFrequency: Int32Array;
};

export function buildTermMatrix(notes: NoteTerms, options: TermMatrixOptions): TermMatrix {
  const noteCount = notes.terms.length;
  const frequency = new Map<string, number>();
  for (const counts of notes.terms) {
    for (const key of counts.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  // Sorted, so the column order (and every float sum over columns) is independent of note order
  // within the vocabulary's discovery.
  const terms = [...frequency]
    .filter(([, df]) => df >= options.minNotes && df <= options.maxNoteShare * noteCount)
    .map(([key]) => key)
    .sort();
  const column = new Map(terms.map((key, index) => [key, index]));
  const noteFrequency = Int32Array.from(terms, (key) => frequency.get(key) ?? 0);
  const idf = Float64Array.from(noteFrequency, (df) => Math.log((1 + noteCount) / (1 + df)) + 1);

  const rowStart = new Int32Array(noteCount + 1);
  const cols: number[] = [];
  const raw: number[] = [];
  notes.terms.forEach((counts, i) => {
    const entries: [number, number][] = [];
    for (const [key, weight] of counts) {
      const j = column.get(key);
      if (j !== undefined) entries.push([j, weight]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    for (const [j, weight] of entries) {
      cols.push(j);
      raw.push(weight);
    }
    rowStart[i + 1] = cols.length;
  });
  const col = Int32Array.from(cols);
  const counts: Rows = {
    rows: noteCount,
    cols: terms.length,
    rowStart,
    col,
    value: Float64Array.from(raw),
  };
  // Sublinear: a word said three times in a note is not three times the evidence.
  const value = Float64Array.from(raw, (tf, p) => (1 + Math.log(tf)) * (idf[col[p] ?? 0] ?? 0));
  const tfidf: Rows = { rows: noteCount, cols: terms.length, rowStart, col, value };
  normalizeRows(tfidf);
  return { tfidf, counts, terms, noteFrequency };
}
