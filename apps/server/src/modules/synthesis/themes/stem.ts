// Light stemmers: for Finnish only when Voikko is missing or does not know a word (a name, a
// loan, a typo); for Swedish and English always. Over-stemming merges a few unrelated words,
// under-stemming splits a theme's vocabulary, and for clustering the second costs more.

const MIN_STEM = 3;

function stripLongest(word: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= minStem && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Whitespace-separated suffixes, longest first, so that -ssa wins over -a. */
const byLength = (list: string) =>
  list
    .trim()
    .split(/\s+/u)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

const FINNISH_CLITICS = byLength('kin kaan kään ko kö han hän pa pä');
const FINNISH_POSSESSIVES = byLength('ni si mme nne nsa nsä');
const FINNISH_CASES = byLength(`
  ssa ssä sta stä lla llä lta ltä lle ksi tta ttä ine na nä seen siin hin hon hun hyn hön hän
  han den tten iden itten jen in ien ten a ä n t
`);
// Vowel changes make the end of a Finnish word vary (kirja, kirjoja, kirjoissa); the first
// letters vary least, so a long word is cut to a fixed prefix (6 linked the most notes of one
// topic on dev.tsv, of 5–7). Consonant gradation (asiakas, asiakkaat) it cannot undo: that is
// Voikko's work.
const FINNISH_PREFIX = 6;

/** Without a dictionary: clitic, possessive suffix and case ending off, then a prefix. */
export function finnishStem(word: string): string {
  let stem = stripLongest(word, FINNISH_CLITICS, MIN_STEM + 1);
  stem = stripLongest(stem, FINNISH_POSSESSIVES, MIN_STEM + 1);
  stem = stripLongest(stem, FINNISH_CASES, MIN_STEM);
  // The plural marker and a stem vowel before the ending (talo-i-ssa, kirjo-i-ssa).
  if (stem.length > MIN_STEM + 1 && /[ij]$/u.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > MIN_STEM + 1 && /[aeiouyäö]$/u.test(stem)) stem = stem.slice(0, -1);
  return stem.slice(0, FINNISH_PREFIX);
}

const SWEDISH_SUFFIXES = byLength(`
  heterna hetens arnas ernas ornas andes arens heten heter andet arna erna orna ande arne aste
  aren ades erns ade are ern ens het ast ad en ar er or as es at a e s
`);

export function swedishStem(word: string): string {
  return stripLongest(word, SWEDISH_SUFFIXES, MIN_STEM);
}

/** Plural, -ing, -ed and -ly off; a doubled final consonant undone (running → run). */
export function englishStem(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && /(?:ss|x|ch|sh)es$/u.test(stem)) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !/(?:ss|us|is)$/u.test(stem)) {
    stem = stem.slice(0, -1);
  }
  for (const suffix of ['ing', 'ed', 'ly']) {
    if (stem.length - suffix.length >= MIN_STEM + 1 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      if (/([bdfgmnprt])\1$/u.test(stem)) stem = stem.slice(0, -1);
      break;
    }
  }
  return stem;
}
