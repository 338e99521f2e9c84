import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, readCsv, type CsvEncoding, type CsvRow } from './read-csv.ts';
import {
  chunked,
  countLineBreaks,
  encode,
  joinRecords,
  windows1252Letters,
  writeField,
  writeRecord,
  type CsvStyle,
  type FileEncoding,
} from './test-support/csv-files.ts';

const delimiters = [',', ';', '\t'] as const;
// Characters that stress the format, and the ones Finnish answers are made of.
const structural = ['"', ',', ';', '\t', '\r', '\n', ' ', '""', '\r\n'];
const finnish = ['ä', 'ö', 'å', 'Ä', 'Ö', 'Å', '€'];

function unit(encoding: FileEncoding): fc.Arbitrary<string> {
  const common = [
    { weight: 4, arbitrary: fc.constantFrom(...structural) },
    { weight: 3, arbitrary: fc.constantFrom(...finnish) },
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  ];
  if (encoding === 'windows-1252') {
    return fc.oneof(...common, { weight: 2, arbitrary: fc.constantFrom(...windows1252Letters) });
  }
  return fc.oneof(
    ...common,
    // Emoji with skin tones, flags and joiners are several UTF-16 units and 4-byte sequences.
    { weight: 1, arbitrary: fc.constantFrom('😀', '👍🏽', '🇫🇮', '👩‍👩‍👧') },
    // Any character but NUL, which the reader refuses (csv_nul_character).
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'binary', minLength: 1, maxLength: 1 })
        .filter((char) => char !== '\u0000'),
    },
  );
}

const cell = (encoding: FileEncoding) => fc.string({ unit: unit(encoding), maxLength: 10 });

/**
 * Header names as the reader returns them: trimmed, non-empty and unique. They may contain
 * quotes, line breaks and the file's own delimiter, but not the other two: a header such as
 * `a,b;c` that also splits evenly on another delimiter makes a file genuinely ambiguous,
 * while survey headers are question texts.
 */
function headerName(style: { delimiter: string; encoding: FileEncoding }) {
  const others = delimiters.filter((d) => d !== style.delimiter);
  return cell(style.encoding)
    .map((name) => others.reduce((text, d) => text.replaceAll(d, ''), name).trim())
    .filter((name) => name !== '');
}

// Two or more columns: a one-column file has no delimiter to detect.
const table = fc
  .record({
    delimiter: fc.constantFrom(...delimiters),
    encoding: fc.constantFrom<FileEncoding>('utf-8', 'utf-8-bom', 'windows-1252'),
    quoting: fc.constantFrom<CsvStyle['quoting']>('minimal', 'all'),
    lineEnding: fc.constantFrom<CsvStyle['lineEnding']>('\r\n', '\n', '\r'),
    trailingNewline: fc.boolean(),
    columns: fc.integer({ min: 2, max: 5 }),
  })
  .chain((style) =>
    fc.record({
      style: fc.constant(style),
      header: fc.uniqueArray(headerName(style), {
        minLength: style.columns,
        maxLength: style.columns,
      }),
      rows: fc.array(
        fc.array(cell(style.encoding), { minLength: style.columns, maxLength: style.columns }),
        {
          maxLength: 6,
        },
      ),
    }),
  );

// Single bytes split every multi-byte character and CRLF pair; mixed sizes split them anywhere.
const chunkSizes = fc.oneof(
  fc.constant<number[]>([1]),
  fc.array(fc.integer({ min: 1, max: 48 }), { minLength: 1, maxLength: 8 }),
);

const sourceKind = fc.constantFrom('iterable', 'readable');

function source(bytes: Uint8Array, sizes: number[], kind: string) {
  return kind === 'readable' ? Readable.from(chunked(bytes, sizes)) : chunked(bytes, sizes);
}

/**
 * What detection must say about a file written in `encoding`. Pure ASCII is the same bytes
 * in every encoding here and reads as UTF-8. Windows-1252 bytes that happen to form valid
 * UTF-8 (`Ã¤` is the bytes of `ä`) cannot be told apart: undefined, and the case is skipped.
 */
function detectableEncoding(encoding: FileEncoding, bytes: Uint8Array): CsvEncoding | undefined {
  if (encoding !== 'windows-1252') return encoding;
  if (bytes.every((byte) => byte < 0x80)) return 'utf-8';
  return isUtf8(bytes) ? undefined : 'windows-1252';
}

async function readAll(bytes: Uint8Array, sizes: number[], kind: string) {
  const rows: CsvRow[] = [];
  try {
    const reader = await readCsv(source(bytes, sizes, kind));
    for await (const row of reader.rows) rows.push(row);
    return { reader, rows, error: undefined };
  } catch (error) {
    return { reader: undefined, rows, error };
  }
}

describe('readCsv round trip', () => {
  it('reads back every table exactly, in any delimiter, encoding, quoting, line ending and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        chunkSizes,
        sourceKind,
        async ({ style, header, rows }, sizes, kind) => {
          const { text, lines } = joinRecords(
            [header, ...rows].map((values) => writeRecord(values, style)),
            style,
          );
          const bytes = encode(text, style.encoding);
          const encoding = detectableEncoding(style.encoding, bytes);
          fc.pre(encoding !== undefined);

          const result = await readAll(bytes, sizes, kind);
          expect(result.error).toBeUndefined();
          expect(result.reader?.encoding).toBe(encoding);
          expect(result.reader?.delimiter).toBe(style.delimiter);
          expect(result.reader?.header).toEqual(header);
          expect(result.rows).toEqual(rows.map((values, i) => ({ line: lines[i + 1], values })));
        },
      ),
      { numRuns: 400, seed: 20260301 },
    );
  });
});

describe('readCsv on broken files', () => {
  it('rejects a record with a field too many or too few, at its line, after the rows before it', async () => {
    const broken = table
      .filter(({ rows }) => rows.length > 0)
      .chain((generated) =>
        fc.record({
          generated: fc.constant(generated),
          index: fc.nat({ max: generated.rows.length - 1 }),
          extra: fc.boolean(),
          value: cell(generated.style.encoding),
        }),
      );
    await fc.assert(
      fc.asyncProperty(broken, chunkSizes, async ({ generated, index, extra, value }, sizes) => {
        const { style, header, rows } = generated;
        const original = rows[index] ?? [];
        let values = extra ? [...original, value] : original.slice(1);
        // One empty unquoted value is a blank line, which readers skip by design.
        if (style.quoting === 'minimal' && values.length === 1 && values[0] === '') values = ['x'];
        const records = [header, ...rows].map((record) => writeRecord(record, style));
        records[index + 1] = writeRecord(values, style);
        const { text, lines } = joinRecords(records, style);
        const bytes = encode(text, style.encoding);
        fc.pre(detectableEncoding(style.encoding, bytes) !== undefined);

        const result = await readAll(bytes, sizes, 'iterable');
        expect(result.error).toBeInstanceOf(CsvError);
        expect(result.error).toMatchObject({
          code: 'csv_field_count',
          line: lines[index + 1],
          expected: header.length,
          actual: values.length,
        });
        expect(result.rows.map((row) => row.values)).toEqual(rows.slice(0, index));
      }),
      { numRuns: 200, seed: 20260302 },
    );
  });

  it('rejects a quote left open at the end of the file, at the line of the quote', async () => {
    const unterminated = table.chain((generated) =>
      fc.record({
        generated: fc.constant(generated),
        before: fc.array(cell(generated.style.encoding), {
          maxLength: generated.header.length - 1,
        }),
        value: cell(generated.style.encoding),
        newlineInside: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(unterminated, chunkSizes, async (input, sizes) => {
        const { generated, before, value, newlineInside } = input;
        const { style, header, rows } = generated;
        const complete = joinRecords(
          [header, ...rows].map((record) => writeRecord(record, style)),
          { ...style, trailingNewline: true },
        ).text;
        const opened = [...before.map((v) => writeField(v, style)), ''].join(style.delimiter);
        const text =
          complete +
          opened +
          `"${value.replaceAll('"', '""')}` +
          (newlineInside ? style.lineEnding : '');
        const bytes = encode(text, style.encoding);
        fc.pre(detectableEncoding(style.encoding, bytes) !== undefined);

        const result = await readAll(bytes, sizes, 'iterable');
        expect(result.error).toBeInstanceOf(CsvError);
        expect(result.error).toMatchObject({
          code: 'csv_unterminated_quote',
          line: 1 + countLineBreaks(complete + opened),
        });
        expect(result.rows.map((row) => row.values)).toEqual(rows);
      }),
      { numRuns: 200, seed: 20260303 },
    );
  });

  it('rejects a quote inside an unquoted field or after a closing quote, at its line', async () => {
    const plain = fc.stringMatching(/^[a-zäöå0-9 ]{1,6}$/);
    const stray = table
      .filter(({ rows }) => rows.length > 0)
      .chain((generated) =>
        fc.record({
          generated: fc.constant(generated),
          index: fc.nat({ max: generated.rows.length - 1 }),
          column: fc.nat({ max: generated.header.length - 1 }),
          afterClosingQuote: fc.boolean(),
          head: plain,
          tail: plain,
        }),
      );
    await fc.assert(
      fc.asyncProperty(stray, chunkSizes, async (input, sizes) => {
        const { generated, index, column, afterClosingQuote, head, tail } = input;
        const { style, header, rows } = generated;
        const fields = (rows[index] ?? []).map((v) => writeField(v, style));
        const prefix = [...fields.slice(0, column), ''].join(style.delimiter);
        // The offending character: the stray quote, or what follows a closing quote.
        const [badField, badAt] = afterClosingQuote
          ? [`"${head}"${tail}`, head.length + 2]
          : [`${head}"${tail}`, head.length];
        const record =
          prefix +
          badField +
          fields
            .slice(column + 1)
            .map((f) => style.delimiter + f)
            .join('');
        const records = [header, ...rows].map((r) => writeRecord(r, style));
        records[index + 1] = record;
        const { text, lines } = joinRecords(records, style);
        const bytes = encode(text, style.encoding);
        fc.pre(detectableEncoding(style.encoding, bytes) !== undefined);

        const result = await readAll(bytes, sizes, 'iterable');
        expect(result.error).toBeInstanceOf(CsvError);
        expect(result.error).toMatchObject({
          code: 'csv_stray_quote',
          line: (lines[index + 1] ?? 0) + countLineBreaks(prefix + badField.slice(0, badAt)),
        });
        expect(result.rows.map((row) => row.values)).toEqual(rows.slice(0, index));
      }),
      { numRuns: 200, seed: 20260304 },
    );
  });
});
