import { isUtf8 } from 'node:buffer';
import { CsvError, StreamFault } from './csv-error.ts';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/**
 * Checks UTF-8 in pieces, by the WHATWG decoder's rules (no overlong forms, surrogates or
 * code points past U+10FFFF). It reports where the first bad byte is, which the native fatal
 * decoder cannot, so that an encoding error can name its line.
 */
export class Utf8Validator {
  #needed = 0;
  #lower = 0x80;
  #upper = 0xbf;

  /** Index of the first byte that cannot continue valid UTF-8, or -1. */
  check(bytes: Uint8Array): number {
    // Node's native check covers the whole sequences in the middle; only the ends of a chunk,
    // where a character may be split, and a chunk with an error go byte by byte.
    let i = 0;
    while (this.#needed > 0 && i < bytes.length) {
      if (!this.#accept(bytes[i] as number)) return i;
      i++;
    }
    const end = completeUpTo(bytes, i);
    if (isUtf8(bytes.subarray(i, end))) i = end;
    for (; i < bytes.length; i++) {
      if (!this.#accept(bytes[i] as number)) return i;
    }
    return -1;
  }

  #accept(byte: number): boolean {
    if (this.#needed === 0) {
      if (byte < 0x80) return true;
      if (byte >= 0xc2 && byte <= 0xdf) {
        this.#needed = 1;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) this.#lower = 0xa0;
        if (byte === 0xed) this.#upper = 0x9f;
        this.#needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) this.#lower = 0x90;
        if (byte === 0xf4) this.#upper = 0x8f;
        this.#needed = 3;
      } else {
        return false;
      }
      return true;
    }
    if (byte < this.#lower || byte > this.#upper) return false;
    this.#lower = 0x80;
    this.#upper = 0xbf;
    this.#needed--;
    return true;
  }

  /** Whether the bytes so far end inside a multi-byte sequence. */
  get incomplete(): boolean {
    return this.#needed > 0;
  }
}

/** Where the last whole character after `from` ends: before a sequence the chunk cuts short. */
function completeUpTo(bytes: Uint8Array, from: number): number {
  const isContinuation = (at: number) => ((bytes[at] ?? 0) & 0xc0) === 0x80;
  let lead = bytes.length - 1;
  while (lead > from && lead > bytes.length - 4 && isContinuation(lead)) lead--;
  const byte = bytes[lead];
  if (lead < from || byte === undefined || byte < 0xc0) return bytes.length;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
  return lead + length > bytes.length ? lead : bytes.length;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decides the encoding from the first bytes of a file (`complete` when they are all of it).
 * A Byte Order Mark settles it; otherwise text that is valid UTF-8 is UTF-8, and anything
 * else is taken as Windows-1252, which is what Excel and Webropol write in a Finnish locale
 * and a superset of ISO-8859-1's printable characters.
 */
export function detectEncoding(window: Uint8Array[], complete: boolean): CsvEncoding {
  const head = firstBytes(window, 3);
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  // Excel's "Unicode text" is UTF-16; decoding it as single bytes would only give noise.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    throw new CsvError('csv_encoding', { line: 1 });
  }
  const validator = new Utf8Validator();
  for (const chunk of window) {
    if (validator.check(chunk) >= 0) return 'windows-1252';
  }
  return complete && validator.incomplete ? 'windows-1252' : 'utf-8';
}

/** With a chosen encoding, a UTF-8 file still tells whether it starts with a BOM. */
export function withBom(encoding: 'utf-8' | 'windows-1252', window: Uint8Array[]): CsvEncoding {
  if (encoding === 'windows-1252') return encoding;
  return startsWith(firstBytes(window, 3), [0xef, 0xbb, 0xbf]) ? 'utf-8-bom' : 'utf-8';
}

function firstBytes(chunks: Uint8Array[], count: number): Uint8Array {
  const head = new Uint8Array(count);
  let filled = 0;
  for (const chunk of chunks) {
    if (filled === count) break;
    const part = chunk.subarray(0, count - filled);
    head.set(part, filled);
    filled += part.length;
  }
  return head.subarray(0, filled);
}

// WHATWG index-windows-1252 for 0x80-0x9F, where it differs from Latin-1: €, ‚, ƒ, „ … Ÿ.
// The five bytes Windows-1252 leaves undefined map to the C1 controls, as in browsers.
// prettier-ignore
const windows1252High = String.fromCharCode(
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
);

/**
 * Node 24's TextDecoder('windows-1252') decodes whole buffers through a Latin-1 fast path that
 * turns €, smart quotes and dashes (0x80-0x9F, common in answers pasted from Word) into
 * control characters (nodejs/node#60888). A single-byte code needs no streaming state, so
 * Latin-1 from Buffer plus this 32-character table is exact and needs no iconv-lite.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(
    /[\x80-\x9f]/g,
    (char) => windows1252High[char.charCodeAt(0) - 0x80] ?? char,
  );
}

/**
 * Decodes byte chunks to text pieces without joining them. For UTF-8 the WHATWG TextDecoder
 * carries characters split between chunks ({ stream: true }). Invalid UTF-8 ends the text
 * with a StreamFault after the valid text before it, so the reader can give the bad byte's
 * line instead of silently substituting U+FFFD.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  encoding: CsvEncoding,
): AsyncGenerator<string, void, undefined> {
  if (encoding === 'windows-1252') {
    for await (const chunk of chunks) {
      if (chunk.length > 0) yield decodeWindows1252(chunk);
    }
    return;
  }
  // A BOM is removed only where one was detected; elsewhere U+FEFF is content.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: encoding !== 'utf-8-bom' });
  const validator = new Utf8Validator();
  for await (const chunk of chunks) {
    const bad = validator.check(chunk);
    const text = decoder.decode(bad >= 0 ? chunk.subarray(0, bad) : chunk, { stream: true });
    if (text.length > 0) yield text;
    if (bad >= 0) throw new StreamFault('csv_encoding');
  }
  if (validator.incomplete) throw new StreamFault('csv_encoding');
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
