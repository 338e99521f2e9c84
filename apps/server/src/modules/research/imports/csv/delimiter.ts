import { CsvParser, type CsvDelimiter, type CsvRecord } from './parser.ts';

// Ties go to the character least likely to appear in free text: tabs are rarely typed, and
// commas are Finnish decimal separators, which is why Excel in a Finnish locale writes `;`.
const candidates: CsvDelimiter[] = ['\t', ';', ','];

interface Fit {
  delimiter: CsvDelimiter;
  columns: number;
  agreeing: number;
}

/**
 * Picks the delimiter that splits the header into more than one column and the records after
 * it into the same number, counting only delimiters outside quotes. `sample` is the start of
 * the file; `complete` says it is the whole file, so its last record needs no line break.
 */
export function detectDelimiter(sample: string, complete: boolean): CsvDelimiter {
  const fits = candidates.map((delimiter) => fit(sample, complete, delimiter));
  fits.sort(
    (a, b) =>
      Number(b.columns > 1) - Number(a.columns > 1) ||
      b.agreeing - a.agreeing ||
      b.columns - a.columns,
  );
  // Array.prototype.sort is stable, so equal fits keep the preference order.
  return fits[0]?.delimiter ?? ';';
}

function fit(sample: string, complete: boolean, delimiter: CsvDelimiter): Fit {
  const records: CsvRecord[] = [];
  const parser = new CsvParser({
    delimiter,
    maxRecordChars: Infinity,
    onRecord: (record) => records.push(record),
  });
  try {
    parser.push(sample);
    if (complete) parser.end();
  } catch {
    // A parse error under this delimiter just ends its evidence; the records before it count.
  }
  const [header, ...rest] = records;
  const columns = header?.values.length ?? 0;
  return {
    delimiter,
    columns,
    agreeing: rest.filter((record) => record.values.length === columns).length,
  };
}
