// Helpers for the unit tests beside this file.
import { normalizeRows, type Rows } from './matrix.ts';
import { createRng } from './prng.ts';

/** Unit rows from dense ones, zeros left out. */
export function rowsOf(dense: number[][]): Rows {
  const rowStart = [0];
  const col: number[] = [];
  const value: number[] = [];
  for (const row of dense) {
    row.forEach((x, j) => {
      if (x === 0) return;
      col.push(j);
      value.push(x);
    });
    rowStart.push(col.length);
  }
  const matrix: Rows = {
    rows: dense.length,
    cols: Math.max(0, ...dense.map((row) => row.length)),
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    value: Float64Array.from(value),
  };
  normalizeRows(matrix);
  return matrix;
}

// Inflected forms of a few words per theme, and words any note may use.
const THEME_WORDS = [
  'jonossa jonotin puhelinjono odotusaika odotusajat jonot takaisinsoitto jonottaminen',
  'pysäköinti pysäköintipaikka bussilla bussiyhteys pysäköintimaksu autolla parkkihalli',
  'lomake lomakkeen hakemus hakemuksen liitteet sähköinen täyttäminen lomakkeessa',
  'ajanvaraus ajanvarauksen verkkoajanvaraus vastaanotolle lääkärille hoitaja hoitajan',
  'neuvonta neuvojan palveluneuvoja asiakaspalvelu asiakaspalvelussa ohjeet ohjeistus',
];
const COMMON_WORDS = 'asiakas asiakkaat kokemus päivä viikko kaupunki palvelu tilanne';

/** Deterministic Finnish notes on five themes, for tests that need many notes. */
export function syntheticNotes(count: number, seed: number) {
  const rng = createRng(seed);
  const common = COMMON_WORDS.split(' ');
  return Array.from({ length: count }, (_, i) => {
    const words = (THEME_WORDS[i % THEME_WORDS.length] ?? '').split(' ');
    const text = Array.from({ length: 6 }, (_, w) =>
      w % 3 === 2 ? common[rng.int(common.length)] : words[rng.int(words.length)],
    ).join(' ');
    return { id: `n${i}`, text, language: 'fi' as const };
  });
}
