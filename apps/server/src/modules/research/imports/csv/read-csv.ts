import { isStorableText } from '@timantti/contracts';
import { limitBytes, readWindow, replay, type CsvSource, type Window } from './byte-source.ts';
import { CsvError } from './csv-error.ts';
import { detectDelimiter } from './delimiter.ts';
import { decodeText, detectEncoding, withBom, type CsvEncoding } from './encoding.ts';
import { columnNames } from './header.ts';
import type { CsvDelimiter, CsvRecord } from './parser.ts';
import { parseRecords } from './records.ts';
import { readSample } from './sample.ts';

export type { CsvSource } from './byte-source.ts';
export type { CsvDelimiter } from './parser.ts';
export type { CsvEncoding } from './encoding.ts';
export { CsvError, type CsvErrorCode } from './csv-error.ts';

export interface CsvRow {
  /** 1-based physical line where the record starts; line breaks inside quotes count. */
  line: number;
  values: string[];
}

export interface CsvReadOptions {
  /** Larger files fail with `csv_too_large`. */
  maxBytes?: number;
  /** A longer record (usually a quote left open) fails with `csv_too_large`. */
  maxRecordChars?: number;
  /** Overrides detection, e.g. when a person corrects a preview. */
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: CsvDelimiter;
}

export interface CsvReader {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** Column names, trimmed, with empty and repeated names made unique. */
  header: string[];
  /**
   * The records after the header, read from the source as they are consumed. Leaving a
   * `for await` loop early, or calling `rows.return()`, releases the source.
   */
  rows: AsyncIterableIterator<CsvRow, void, undefined>;
}

export interface CsvPreview {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  header: string[];
  rows: CsvRow[];
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
// Excel holds at most 32,767 characters in a cell; a megabyte fits any real survey record.
export const DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;
// Enough to meet the first non-ASCII character of most exports, whose header rows are
// questions in Finnish, while keeping the time to the first row short.
const ENCODING_WINDOW_BYTES = 64 * 1024;

/**
 * Opens a CSV export: detects its encoding and delimiter, reads the header and returns the
 * remaining records as a stream. Memory stays flat: the detection window, the records of one
 * decoded chunk and the record in progress are held, never the file. Errors are CsvErrors
 * with the line they concern, and the rows before an error are delivered first.
 */
export async function readCsv(source: CsvSource, options: CsvReadOptions = {}): Promise<CsvReader> {
  const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const bytes = limitBytes(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  let window: Window;
  let encoding: CsvEncoding;
  try {
    window = await readWindow(bytes, ENCODING_WINDOW_BYTES);
    encoding = options.encoding
      ? withBom(options.encoding, window.chunks)
      : detectEncoding(window.chunks, window.fault === undefined && window.done);
  } catch (error) {
    await bytes.return(undefined);
    throw error;
  }
  const texts = decodeText(replay(window, bytes), encoding);
  const sample = await readSample(texts, maxRecordChars);
  const delimiter =
    options.delimiter ??
    detectDelimiter(sample.pieces.join(''), sample.fault === undefined && sample.done);

  const records = parseRecords({ texts, sample, delimiter, maxRecordChars });
  let first: IteratorResult<CsvRecord, void>;
  try {
    first = await records.next();
  } catch (error) {
    await texts.return(undefined);
    throw error;
  }
  if (first.done) throw new CsvError('csv_empty', { line: 1 });
  const header = first.value;
  const headerError = header.values.every((value) => value.trim() === '')
    ? new CsvError('csv_empty', { line: header.line })
    : nulError(header);
  if (headerError) {
    await records.return(undefined);
    throw headerError;
  }

  const checked = checkRecords(records, header.values.length);
  const rows: AsyncIterableIterator<CsvRow, void, undefined> = {
    next: () => checked.next(),
    async return() {
      // A generator that never started would skip its cleanup, so close both.
      await checked.return(undefined);
      await records.return(undefined);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return { encoding, delimiter, header: columnNames(header.values), rows };
}

/**
 * The detected settings, header and first rows. The rest of the source is read too, keeping
 * nothing, so that a fault anywhere in the file is found now, with its line, rather than after
 * its columns have been mapped (reading is cheap next to importing).
 */
export async function previewCsv(
  source: CsvSource,
  options: CsvReadOptions & { rows?: number } = {},
): Promise<CsvPreview> {
  const { rows: wanted = 20, ...readOptions } = options;
  const reader = await readCsv(source, readOptions);
  const rows: CsvRow[] = [];
  try {
    for await (const row of reader.rows) {
      if (rows.length < wanted) rows.push(row);
    }
  } finally {
    await reader.rows.return?.();
  }
  return { encoding: reader.encoding, delimiter: reader.delimiter, header: reader.header, rows };
}

// Of decoded UTF-8 or Windows-1252 text, only U+0000 is text PostgreSQL cannot store; in an
// export it usually means UTF-16 or a file that is not text at all.
function nulError(record: CsvRecord): CsvError | null {
  return record.values.some((value) => !isStorableText(value))
    ? new CsvError('csv_nul_character', { line: record.line })
    : null;
}

async function* checkRecords(
  records: AsyncIterator<CsvRecord, void>,
  columns: number,
): AsyncGenerator<CsvRow, void, undefined> {
  for (;;) {
    const next = await records.next();
    if (next.done) return;
    const { line, values } = next.value;
    if (values.length !== columns) {
      throw new CsvError('csv_field_count', { line, expected: columns, actual: values.length });
    }
    const nul = nulError(next.value);
    if (nul) throw nul;
    yield next.value;
  }
}
