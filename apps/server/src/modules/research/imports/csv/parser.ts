import { CsvError } from './csv-error.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based physical line where the record starts; line breaks inside quotes count. */
  line: number;
  values: string[];
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

// Numeric states keep the scanning loop free of string comparisons.
const RECORD_START = 0;
const FIELD_START = 1;
const UNQUOTED = 2;
const QUOTED = 3;
const QUOTE_SEEN = 4;

/**
 * An RFC 4180 parser fed text in pieces of any size. Records are handed to `onRecord` as soon
 * as they end, so only the record in progress is held. Blank lines are skipped; CRLF, LF and
 * CR all end records; a record is limited to `maxRecordChars` so that an unterminated quote
 * cannot pull the rest of a large file into memory.
 */
export class CsvParser {
  readonly #delimiter: number;
  readonly #maxRecordChars: number;
  readonly #onRecord: (record: CsvRecord) => void;
  #state = RECORD_START;
  #line = 1;
  #previousWasCR = false;
  #values: string[] = [];
  // The current field's text from earlier pieces (and up to an escaped quote).
  #field = '';
  #recordLine = 0;
  #quoteLine = 0;
  #consumed = 0;
  #recordOffset = 0;

  constructor(options: {
    delimiter: CsvDelimiter;
    maxRecordChars: number;
    onRecord: (record: CsvRecord) => void;
  }) {
    this.#delimiter = options.delimiter.charCodeAt(0);
    this.#maxRecordChars = options.maxRecordChars;
    this.#onRecord = options.onRecord;
  }

  /** The physical line of the next character to be read. */
  get line(): number {
    return this.#line;
  }

  push(text: string): void {
    const delimiter = this.#delimiter;
    const delimiterChar = String.fromCharCode(delimiter);
    const length = text.length;
    let state = this.#state;
    let line = this.#line;
    // Start of the current field's text within this piece.
    let start = 0;
    // Long answers make most of a file, so fields are crossed with native indexOf rather than
    // character by character. Each position is the next occurrence at or after the cursor,
    // -1 for none, or stale when behind it; reusing them keeps the scan linear.
    let nextQuote = -2;
    let nextDelimiter = -2;
    let nextCR = -2;
    let nextLF = -2;
    let i = 0;
    while (i < length) {
      if (state === RECORD_START) {
        const c = text.charCodeAt(i);
        if (c === CR || c === LF) {
          if (c === CR || !this.#followsCR(text, i)) line++;
          i++;
          continue;
        }
        this.#recordLine = line;
        this.#recordOffset = this.#consumed + i;
        state = FIELD_START;
      }
      if (state === FIELD_START) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          this.#quoteLine = line;
          start = i + 1;
          state = QUOTED;
        } else if (c === delimiter) {
          this.#values.push('');
        } else if (c === CR || c === LF) {
          this.#values.push('');
          this.#endRecord(i);
          line++;
          state = RECORD_START;
        } else {
          start = i;
          state = UNQUOTED;
          continue;
        }
        i++;
      } else if (state === UNQUOTED) {
        if (nextDelimiter !== -1 && nextDelimiter < i)
          nextDelimiter = text.indexOf(delimiterChar, i);
        if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
        if (nextCR !== -1 && nextCR < i) nextCR = text.indexOf('\r', i);
        if (nextLF !== -1 && nextLF < i) nextLF = text.indexOf('\n', i);
        const end = firstOf(firstOf(nextDelimiter, nextQuote), firstOf(nextCR, nextLF));
        if (end === -1) break;
        const c = text.charCodeAt(end);
        if (c === QUOTE) {
          this.#line = line;
          throw new CsvError('csv_stray_quote', { line });
        }
        this.#values.push(this.#field + text.slice(start, end));
        this.#field = '';
        if (c === delimiter) {
          state = FIELD_START;
        } else {
          this.#endRecord(end);
          line++;
          state = RECORD_START;
        }
        i = end + 1;
      } else if (state === QUOTED) {
        if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
        const end = nextQuote === -1 ? length : nextQuote;
        // Line breaks inside the quotes still count: a CR, and an LF not paired with one.
        if (nextCR !== -1 && nextCR < i) nextCR = text.indexOf('\r', i);
        while (nextCR !== -1 && nextCR < end) {
          line++;
          nextCR = text.indexOf('\r', nextCR + 1);
        }
        if (nextLF !== -1 && nextLF < i) nextLF = text.indexOf('\n', i);
        while (nextLF !== -1 && nextLF < end) {
          if (!this.#followsCR(text, nextLF)) line++;
          nextLF = text.indexOf('\n', nextLF + 1);
        }
        if (nextQuote === -1) break;
        this.#field += text.slice(start, end);
        state = QUOTE_SEEN;
        i = end + 1;
      } else {
        // QUOTE_SEEN: the quote was either the first of a doubled pair or the closing one.
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          this.#field += '"';
          start = i + 1;
          state = QUOTED;
        } else if (c === delimiter) {
          this.#values.push(this.#field);
          this.#field = '';
          state = FIELD_START;
        } else if (c === CR || c === LF) {
          this.#values.push(this.#field);
          this.#field = '';
          this.#endRecord(i);
          line++;
          state = RECORD_START;
        } else {
          this.#line = line;
          throw new CsvError('csv_stray_quote', { line });
        }
        i++;
      }
    }
    if (state === UNQUOTED || state === QUOTED) this.#field += text.slice(start);
    this.#state = state;
    this.#line = line;
    this.#consumed += length;
    if (length > 0) this.#previousWasCR = text.charCodeAt(length - 1) === CR;
    if (state !== RECORD_START) this.#checkRecordLength(this.#consumed);
  }

  /** Ends the input: the last record needs no line break, but an open quote is an error. */
  end(): void {
    switch (this.#state) {
      case RECORD_START:
        return;
      case QUOTED:
        throw new CsvError('csv_unterminated_quote', { line: this.#quoteLine });
      case FIELD_START:
        this.#values.push('');
        break;
      default:
        this.#values.push(this.#field);
    }
    this.#field = '';
    this.#endRecord(0);
    this.#state = RECORD_START;
  }

  // A CRLF pair is one line break, also when a piece ends between the two.
  #followsCR(text: string, i: number): boolean {
    return i > 0 ? text.charCodeAt(i - 1) === CR : this.#previousWasCR;
  }

  #endRecord(indexInPiece: number): void {
    this.#checkRecordLength(this.#consumed + indexInPiece);
    const record = { line: this.#recordLine, values: this.#values };
    this.#values = [];
    this.#onRecord(record);
  }

  #checkRecordLength(offset: number): void {
    const length = offset - this.#recordOffset;
    if (length > this.#maxRecordChars) {
      throw new CsvError('csv_too_large', {
        line: this.#recordLine,
        expected: this.#maxRecordChars,
        actual: length,
      });
    }
  }
}

/** The earlier of two positions, where -1 means none. */
function firstOf(a: number, b: number): number {
  if (a === -1) return b;
  if (b === -1) return a;
  return a < b ? a : b;
}
