import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, detectEncoding, Utf8Validator } from './encoding.ts';

describe('Utf8Validator', () => {
  it('agrees with the native whole-buffer check on any bytes split into any chunks', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((text) => new TextEncoder().encode(text)),
      // Valid text with one byte changed: the near misses (overlong, surrogate, truncated).
      fc
        .tuple(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
          fc.nat(),
          fc.integer({ min: 0x80, max: 0xff }),
        )
        .map(([text, at, byte]) => {
          const encoded = new TextEncoder().encode(text);
          encoded[at % encoded.length] = byte;
          return encoded;
        }),
    );
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 7 }), (input, size) => {
        const validator = new Utf8Validator();
        let valid = true;
        for (let offset = 0; offset < input.length && valid; offset += size) {
          valid = validator.check(input.subarray(offset, offset + size)) < 0;
        }
        expect(valid && !validator.incomplete).toBe(isUtf8(input));
      }),
      { numRuns: 500, seed: 20260305 },
    );
  });

  it('points at the first byte that breaks a sequence', () => {
    expect(new Utf8Validator().check(Uint8Array.of(0x61, 0xc3, 0xa4, 0xe4, 0x62))).toBe(4);
    expect(new Utf8Validator().check(Uint8Array.of(0x61, 0xc0, 0x80))).toBe(1);
  });
});

describe('decodeWindows1252', () => {
  it('matches the WHATWG table for all 256 bytes, including €, smart quotes and dashes', () => {
    const all = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    // Node's streaming decoder goes through ICU, which has the full table.
    const reference = new TextDecoder('windows-1252').decode(all, { stream: true });
    expect(decodeWindows1252(all)).toBe(reference);
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x92, 0x96, 0xe4, 0xf6, 0xe5))).toBe('€’–äöå');
  });
});

describe('detectEncoding', () => {
  const bytes = (...values: number[]) => [Uint8Array.from(values)];

  it('tells the three encodings apart from the first bytes', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), true)).toBe('utf-8-bom');
    expect(detectEncoding(bytes(0x61, 0xc3, 0xa4), true)).toBe('utf-8');
    expect(detectEncoding(bytes(0x61, 0xe4, 0x3b), true)).toBe('windows-1252');
    expect(detectEncoding(bytes(0x61, 0x3b), true)).toBe('utf-8');
  });

  it('waits for the rest of a character cut off by the window, unless the file ends there', () => {
    expect(detectEncoding(bytes(0x61, 0xc3), false)).toBe('utf-8');
    expect(detectEncoding(bytes(0x61, 0xc3), true)).toBe('windows-1252');
  });

  it('finds a BOM split over single-byte chunks', () => {
    expect(
      detectEncoding([Uint8Array.of(0xef), Uint8Array.of(0xbb), Uint8Array.of(0xbf)], true),
    ).toBe('utf-8-bom');
  });
});
