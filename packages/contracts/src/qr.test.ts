import { describe, expect, it } from 'vitest';
import { decodeQr, matrixOfSvg } from './qr-decode.ts';
import { encodeQr, formatBits, qrSvgOf, reedSolomon, versionBits } from './qr.ts';

describe('QR encoder', () => {
  it('computes Reed–Solomon codewords of the standard 1-M example', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(reedSolomon(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('writes the format bits of level M as the standard lists them', () => {
    const expected = [
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ];
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7].map((m) => formatBits(m).toString(2).padStart(15, '0')),
    ).toEqual(expected);
  });

  it('writes the version bits of version 7 as the standard lists them', () => {
    expect(versionBits(7).toString(2).padStart(18, '0')).toBe('000111110010010100');
  });

  it('encodes a 1-M code of the right size with finder patterns', () => {
    const m = encodeQr('HELLO');
    expect(m.length).toBe(21);
    expect(m[0]?.slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
    expect(m[1]?.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
  });

  it.each([
    'https://timantti.example/f/ab23cd45',
    'http://127.0.0.1:3000/f/zzzzzzzz',
    'Ääkköset ja å toimivat UTF-8:na',
    'x'.repeat(150),
  ])('reads back what it encoded, through its SVG: %s', (text) => {
    const svg = qrSvgOf(encodeQr(text), 'QR');
    expect(decodeQr(matrixOfSvg(svg))).toBe(text);
  });
});
