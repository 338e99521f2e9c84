export type CsvErrorCode =
  | 'csv_field_count'
  | 'csv_unterminated_quote'
  | 'csv_stray_quote'
  | 'csv_empty'
  | 'csv_too_large'
  | 'csv_encoding'
  | 'csv_nul_character';

/**
 * Why a file cannot be read, and where. The code is stable: callers translate it as
 * `errors.<code>` with `line`, `expected` and `actual` as message parameters.
 */
export class CsvError extends Error {
  readonly code: CsvErrorCode;
  /** 1-based physical line: where the record, quote or bad byte is. */
  readonly line: number;
  readonly expected?: number;
  readonly actual?: number;

  constructor(code: CsvErrorCode, details: { line: number; expected?: number; actual?: number }) {
    // The message is for logs only; people see the translated code.
    super(`${code} at line ${details.line}`);
    this.name = 'CsvError';
    this.code = code;
    this.line = details.line;
    this.expected = details.expected;
    this.actual = details.actual;
  }
}

/**
 * A fault found below the parser (in the bytes), before its line is known. The reader turns
 * it into a CsvError once the parser has consumed the text that came before the fault.
 */
export class StreamFault extends Error {
  readonly code: 'csv_too_large' | 'csv_encoding';
  readonly expected: number | undefined;
  readonly actual: number | undefined;

  constructor(code: 'csv_too_large' | 'csv_encoding', expected?: number, actual?: number) {
    super(code);
    this.name = 'StreamFault';
    this.code = code;
    this.expected = expected;
    this.actual = actual;
  }

  atLine(line: number): CsvError {
    return new CsvError(this.code, { line, expected: this.expected, actual: this.actual });
  }
}
