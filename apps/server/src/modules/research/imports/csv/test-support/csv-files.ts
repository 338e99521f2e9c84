import type { CsvDelimiter } from '../parser.ts';

/** How a tool writes a CSV file; the tests write tables in every combination. */
export interface CsvStyle {
  delimiter: CsvDelimiter;
  quoting: 'minimal' | 'all';
  lineEnding: '\r\n' | '\n' | '\r';
  trailingNewline: boolean;
}

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export function writeField(value: string, style: CsvStyle): string {
  const needsQuotes =
    style.quoting === 'all' ||
    value.includes(style.delimiter) ||
    value.includes('"') ||
    value.includes('\r') ||
    value.includes('\n');
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function writeRecord(values: string[], style: CsvStyle): string {
  return values.map((value) => writeField(value, style)).join(style.delimiter);
}

/** Joins written records, giving the 1-based line where each one starts. */
export function joinRecords(records: string[], style: CsvStyle): { text: string; lines: number[] } {
  const lines: number[] = [];
  let line = 1;
  for (const record of records) {
    lines.push(line);
    line += countLineBreaks(record) + 1;
  }
  const text = records.join(style.lineEnding) + (style.trailingNewline ? style.lineEnding : '');
  return { text, lines };
}

export function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

// Windows-1252 as the WHATWG index defines it, written out independently of the reader's
// table so that a round trip checks both: ASCII, then 0x80-0x9F, then Latin-1 from 0xA0. The
// five undefined bytes are left out; no export contains C1 control characters.
const windows1252Bytes = new Map<string, number>();
for (let byte = 0; byte < 0x80; byte++) windows1252Bytes.set(String.fromCharCode(byte), byte);
[...'€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ'].forEach((char, i) => {
  if (char !== ' ') windows1252Bytes.set(char, 0x80 + i);
});
for (let byte = 0xa0; byte < 0x100; byte++) windows1252Bytes.set(String.fromCharCode(byte), byte);

/** The printable characters Windows-1252 has beyond ASCII: €, Š, ä, ö, å … */
export const windows1252Letters = [...windows1252Bytes.keys()].filter(
  (char) => char.charCodeAt(0) >= 0xa0,
);

export function encode(text: string, encoding: FileEncoding): Uint8Array {
  if (encoding === 'windows-1252') {
    return Uint8Array.from(text, (char) => {
      const byte = windows1252Bytes.get(char);
      if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
      return byte;
    });
  }
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  const withBom = new Uint8Array(utf8.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(utf8, 3);
  return withBom;
}

/** Feeds bytes in chunks of the given sizes, repeated until the bytes run out. */
export async function* chunked(bytes: Uint8Array, sizes: number[] = [bytes.length || 1]) {
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}
