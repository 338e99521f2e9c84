// Dictionary-free compound heuristics measured against Voikko. They live here, not in the server,
// until a run shows one is worth its cost in precision: see README.md for the verdict.
import { escapeTsQueryLexeme, tokenize } from '../../apps/server/src/modules/search/terms.ts';

/**
 * Prefix matching: every query lexeme also matches the words its stem begins, so `palvelu` finds
 * `palvelupolku`. It cannot find a compound by its last part (`polku` in `palvelupolku`).
 */
export function prefixTsQuery(words: readonly (readonly string[])[]): string {
  return words
    .map((alternatives) => alternatives.filter((lexeme) => lexeme.trim().length > 0))
    .filter((alternatives) => alternatives.length > 0)
    .map((alternatives) => {
      const lexemes = alternatives.map((lexeme) => `${escapeTsQueryLexeme(lexeme)}:*`);
      return lexemes.length === 1 ? (lexemes[0] ?? '') : `(${lexemes.join(' | ')})`;
    })
    .join(' & ');
}

const TAIL_MIN_WORD = 8;
const TAIL_MIN_LENGTH = 4;
const TAIL_MIN_HEAD = 3;

/**
 * Compound tails without a dictionary: every ending of a long word that could be a word of its
 * own (palvelupolku → …, polku, olku), so a query for a compound's last part finds it. The
 * endings that are not words cost index size and, when they happen to spell another word,
 * precision.
 */
export function tailIndexTerms(text: string): string {
  const tails = new Set<string>();
  for (const token of tokenize(text)) {
    for (const part of token.parts) for (const tail of tailEndings(part)) tails.add(tail);
  }
  return [...tails].join(' ');
}

export function tailEndings(word: string): string[] {
  if (word.length < TAIL_MIN_WORD || /\p{N}/u.test(word)) return [];
  const endings: string[] = [];
  for (let start = TAIL_MIN_HEAD; word.length - start >= TAIL_MIN_LENGTH; start++) {
    endings.push(word.slice(start));
  }
  return endings;
}
