import { dataOrder, formatBits, functionModules, maskInverts, type QrMatrix } from './qr.ts';

/*
 * Reads back a QR matrix this encoder drew (level M, byte mode, no damage): for tests, which
 * check that the code on a poster or page says the form's link, without a camera decoder.
 */

const BLOCKS: Record<number, number[]> = {
  1: [16],
  2: [28],
  3: [44],
  4: [32, 32],
  5: [43, 43],
  6: [27, 27, 27, 27],
  7: [31, 31, 31, 31],
  8: [38, 38, 39, 39],
  9: [36, 36, 36, 37, 37],
  10: [43, 43, 43, 43, 44],
};

export function decodeQr(matrix: QrMatrix): string {
  const size = matrix.length;
  const version = (size - 17) / 4;
  const blockSizes = BLOCKS[version];
  if (!Number.isInteger(version) || !blockSizes) throw new Error(`bad QR size ${size}`);
  let format = 0;
  const bitAt = (x: number, y: number) => (matrix[y]?.[x] ? 1 : 0);
  const formatCells: [number, number][] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  formatCells.forEach(([x, y], i) => {
    format |= bitAt(x, y) << i;
  });
  const mask = [0, 1, 2, 3, 4, 5, 6, 7].find((m) => formatBits(m) === format);
  if (mask === undefined) throw new Error('format bits are not level M');
  const fn = functionModules(version);
  if (fn.length !== size) throw new Error('function pattern size mismatch');
  const bits = dataOrder(version).map(([x, y]) => (bitAt(x, y) === 1) !== maskInverts(mask, x, y));
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) {
    codewords.push(bits.slice(i, i + 8).reduce((b, bit) => (b << 1) | (bit ? 1 : 0), 0));
  }
  const blocks = blockSizes.map(() => [] as number[]);
  let k = 0;
  const longest = Math.max(...blockSizes);
  for (let i = 0; i < longest; i++) {
    blockSizes.forEach((n, b) => {
      if (i < n) blocks[b]?.push(codewords[k++] ?? 0);
    });
  }
  const data = blocks.flat();
  const stream = data.flatMap((byte) => [7, 6, 5, 4, 3, 2, 1, 0].map((s) => (byte >>> s) & 1));
  let pos = 0;
  const read = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | (stream[pos++] ?? 0);
    return v;
  };
  if (read(4) !== 0b0100) throw new Error('not byte mode');
  const length = read(version < 10 ? 8 : 16);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = read(8);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The matrix of an SVG drawn by `qrSvgOf`: its unit squares, less the quiet zone. */
export function matrixOfSvg(svg: string): QrMatrix {
  const box = /viewBox="0 0 (\d+) \d+"/.exec(svg);
  const path = /<path d="([^"]*)"/.exec(svg);
  if (!box?.[1] || path?.[1] === undefined) throw new Error('not a QR SVG');
  const size = Number(box[1]) - 8;
  const matrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const [, x, y] of path[1].matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const row = matrix[Number(y) - 4];
    if (row) row[Number(x) - 4] = true;
  }
  return matrix;
}
