// Search terms for PostgreSQL full-text search. Snowball's Finnish stemmer cannot undo consonant
// gradation (asiakkaiden → 'asiak', asiakas → 'asiakas') nor split compounds (palvelupoluilla →
// 'palvelupolu'), so where Voikko is available each Finnish word also contributes its lemmas and
// compound parts. The extra words are plain text: PostgreSQL stems them with the row's own
// configuration, so the stored vector and the query stay consistent whichever path made them.

export type SearchLanguage = 'fi' | 'sv' | 'en' | 'simple';

/** The text search configuration that stems a row of each language. */
export const textSearchConfig = {
  fi: 'finnish',
  sv: 'swedish',
  en: 'english',
  simple: 'simple',
} as const satisfies Record<SearchLanguage, string>;

/** One reading of a word as Voikko gives it (`BASEFORM` and `WORDBASES`). */
export type MorphAnalysis = {
  baseform: string;
  /** E.g. `+palvel(palvella)+u(+u)+polku(polku)`; null when the analysis has none. */
  wordbases: string | null;
};

/** Morphological analysis of one Finnish word: every reading, none for an unknown word. */
export type FinnishAnalyzer = {
  analyze(word: string): readonly MorphAnalysis[];
};

export type Token = {
  /** The word in lower case, hyphens kept (`kunto-hanke`). */
  word: string;
  /** Its hyphen-separated pieces (`['kunto', 'hanke']`), or just `[word]`. */
  parts: readonly string[];
};

// A word is letters, digits and combining marks, joined by inner hyphens (KUNTO-hanke,
// sote-palvelut) or apostrophes (vaa'an, where Finnish spelling marks a syllable boundary).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

const DIGIT = /\p{N}/u;
// A query is what a person types; past this many words it is not a search but pasted text, and
// the tsquery would only grow.
export const MAX_QUERY_WORDS = 32;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    // One hyphen and one apostrophe, as PostgreSQL's parser and Voikko know them.
    const word = match[0].toLowerCase().replace(/[‐‑]/gu, '-').replace(/’/gu, "'");
    const parts = word.split('-');
    tokens.push({ word, parts: parts.length > 1 ? parts : [word] });
  }
  return tokens;
}

type CompoundPart = {
  surface: string;
  base: string | null;
  derived: boolean;
  afterHyphen: boolean;
};

/**
 * The lemma of one reading and the words its compound is made of: each part's lemma, and each
 * run of two or more adjacent parts, which is itself a word once its last part is in its base
 * form (kokemusasiantuntijoiden → asiantuntija; palvelupolkukartta → palvelupolku), because a
 * Finnish compound inflects only its last part.
 */
export function analysisTerms(analysis: MorphAnalysis): { lemma: string; parts: string[] } {
  const lemma = analysis.baseform.toLowerCase();
  if (!analysis.wordbases) return { lemma, parts: [] };
  const groups = compoundParts(analysis.wordbases);
  if (groups.length < 2) return { lemma, parts: [] };
  const parts = new Set<string>();
  for (let last = 0; last < groups.length; last++) {
    let head = '';
    for (let first = last; first >= 0; first--) {
      if (first < last) {
        const group = groups[first];
        const next = groups[first + 1];
        if (!group || !next) break;
        head = group.surface + (next.afterHyphen ? '-' : '') + head;
      }
      const word = head + partLemma(groups[last]);
      if (word.length > 1) parts.add(word);
    }
  }
  parts.delete(lemma);
  return { lemma, parts: [...parts] };
}

// A part built by derivation (palvel+u) is named by its own letters: the base Voikko gives is
// the word it was derived from (palvella), another word.
function partLemma(group: CompoundPart | undefined): string {
  if (!group) return '';
  return group.base !== null && !group.derived ? group.base : group.surface;
}

/** Splits Voikko's WORDBASES into compound parts, derivational and inflectional suffixes folded in. */
function compoundParts(wordbases: string): CompoundPart[] {
  const groups: CompoundPart[] = [];
  let current: CompoundPart | null = null;
  let afterHyphen = false;
  for (const morpheme of morphemes(wordbases)) {
    if (morpheme.surface === '-') {
      current = null;
      afterHyphen = true;
      continue;
    }
    if (morpheme.base === null && current) {
      // An inflectional ending of a non-final part (köyde+n).
      current.surface += morpheme.surface;
    } else if (morpheme.base?.startsWith('+') && current) {
      current.surface += morpheme.surface;
      current.derived = true;
    } else {
      // A part; without a base it is a prefix Voikko knows no word for (digi+tuki).
      current = { surface: morpheme.surface, base: morpheme.base, derived: false, afterHyphen };
      groups.push(current);
    }
    afterHyphen = false;
  }
  return groups;
}

/** `+asioi(asioida)+n+ti(+ti)` → asioi/asioida, n, ti/+ti; `haastat(haastattaa)tel(+ella)` too. */
function* morphemes(wordbases: string): Generator<{ surface: string; base: string | null }> {
  let index = 0;
  while (index < wordbases.length) {
    if (wordbases[index] === '+') {
      index++;
      continue;
    }
    let end = index;
    while (end < wordbases.length && wordbases[end] !== '+' && wordbases[end] !== '(') end++;
    const surface = wordbases.slice(index, end).toLowerCase();
    let base: string | null = null;
    if (wordbases[end] === '(') {
      const close = wordbases.indexOf(')', end);
      const stop = close === -1 ? wordbases.length : close;
      // `=` and `|` mark parts inside a lexicalised base (toimeen=tulo); the word is whole.
      base = wordbases
        .slice(end + 1, stop)
        .replace(/[=|]/g, '')
        .toLowerCase();
      end = stop + 1;
    }
    if (surface.length > 0) yield { surface, base };
    index = end;
  }
}

/** Lemmas and compound parts of a Finnish word, without the word itself. */
function finnishWordTerms(word: string, analyzer: FinnishAnalyzer, withParts: boolean): string[] {
  if (DIGIT.test(word)) return [];
  const terms = new Set<string>();
  for (const analysis of analyzer.analyze(word)) {
    const { lemma, parts } = analysisTerms(analysis);
    terms.add(lemma);
    if (withParts) for (const part of parts) terms.add(part);
  }
  terms.delete(word);
  return [...terms];
}

/**
 * Extra words to index with a text, beside the text itself: the lemmas and compound parts of its
 * Finnish words (palvelupoluilla → palvelupolku palvelu polku). Each distinct word once: term
 * frequency for ranking comes from the text's own vector. Empty where there is nothing to add
 * (other languages, or no analyzer: Snowball alone).
 */
export function indexTerms(
  text: string,
  language: SearchLanguage,
  analyzer: FinnishAnalyzer | null = null,
): string {
  if (language !== 'fi' || !analyzer) return '';
  const seen = new Set<string>();
  const extra = new Set<string>();
  for (const token of tokenize(text)) {
    const pieces = token.parts.length > 1 ? [token.word, ...token.parts] : [token.word];
    for (const piece of pieces) {
      if (seen.has(piece)) continue;
      seen.add(piece);
      for (const term of finnishWordTerms(piece, analyzer, true)) extra.add(term);
    }
  }
  for (const word of seen) extra.delete(word);
  return [...extra].join(' ');
}

/**
 * Query words with their alternatives: one inner list per word of the query (each piece of a
 * hyphenated word counts as one), holding the word as typed and its lemmas. A row matches when
 * it has some alternative of every word; pass the result to `buildTsQuery`. Compound parts are
 * not added: a query for `palvelupolku` should not find every row about some `polku`.
 */
export function queryTerms(
  query: string,
  language: SearchLanguage,
  analyzer: FinnishAnalyzer | null = null,
): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const token of tokenize(query)) {
    for (const piece of token.parts) {
      if (seen.has(piece) || groups.length >= MAX_QUERY_WORDS) continue;
      seen.add(piece);
      const lemmas = language === 'fi' && analyzer ? finnishWordTerms(piece, analyzer, false) : [];
      groups.push([piece, ...lemmas]);
    }
  }
  return groups;
}

/**
 * Quotes one lexeme for `to_tsquery`, whatever it contains: inside quotes a backslash escapes
 * the next character and a doubled quote stands for one. PostgreSQL still parses the quoted text
 * with the configuration (so `'kunto-hanke'` becomes a phrase of its pieces) but never as
 * operators. NUL is dropped: PostgreSQL text cannot hold it.
 */
export function escapeTsQueryLexeme(lexeme: string): string {
  const clean = lexeme.replace(/\0/g, '');
  return `'${clean.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * `(a | b) & (c | d)` with every lexeme quoted, for `to_tsquery(config, $1)` as a bound
 * parameter. Empty lexemes and groups are skipped; an empty string means the query has no
 * words, and the caller should not search at all (PostgreSQL would match nothing, with a
 * NOTICE).
 */
export function buildTsQuery(words: readonly (readonly string[])[]): string {
  const groups: string[] = [];
  for (const alternatives of words) {
    const lexemes = [...new Set(alternatives.map((lexeme) => lexeme.trim()))]
      .filter((lexeme) => lexeme.replace(/\0/g, '').length > 0)
      .map(escapeTsQueryLexeme);
    if (lexemes.length === 1) groups.push(lexemes[0] ?? '');
    else if (lexemes.length > 1) groups.push(`(${lexemes.join(' | ')})`);
  }
  return groups.join(' & ');
}

/** Marks around a highlighted word in a snippet, as `ts_headline` is told to put them. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/**
 * A snippet of a Finnish text with the words a query found through their lemmas or compound
 * parts marked: `ts_headline` stems the text word by word, so it cannot see that `polku`
 * found `palvelupoluilla`. Null when no word matches (nor then would the search have found the
 * text through Voikko), so the caller keeps PostgreSQL's own snippet.
 */
export function finnishSnippet(
  text: string,
  query: string,
  analyzer: FinnishAnalyzer,
  maxWords = 30,
): string | null {
  const wanted = new Set(queryTerms(query, 'fi', analyzer).flat());
  const normalized = text.normalize('NFC');
  const words = [...normalized.matchAll(WORD)].map((match) => {
    const word = match[0].toLowerCase().replace(/[‐‑]/gu, '-').replace(/’/gu, "'");
    const pieces = word.includes('-') ? [word, ...word.split('-')] : [word];
    const hit = pieces.some(
      (piece) =>
        wanted.has(piece) || finnishWordTerms(piece, analyzer, true).some((t) => wanted.has(t)),
    );
    return { start: match.index, end: match.index + match[0].length, hit };
  });
  const first = words.findIndex((word) => word.hit);
  if (first === -1) return null;
  // A few words of context before the first match, as a reader needs to place it.
  const from = Math.max(0, first - 5);
  const to = Math.min(words.length, from + maxWords);
  let snippet = '';
  let at = words[from]?.start ?? 0;
  for (const word of words.slice(from, to)) {
    snippet += normalized.slice(at, word.start);
    const surface = normalized.slice(word.start, word.end);
    snippet += word.hit ? `${HIGHLIGHT_START}${surface}${HIGHLIGHT_END}` : surface;
    at = word.end;
  }
  return snippet;
}
