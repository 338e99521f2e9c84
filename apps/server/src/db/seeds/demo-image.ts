import zlib from 'node:zlib';

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
};

type Rgb = [number, number, number];

/**
 * A PNG drawn in code for the demo article, so the demo ships no binary file: a service path of
 * `stages` coloured steps on a light ground, joined by a line, as a workshop wall would show it.
 */
export function servicePathPng(stages: readonly Rgb[], width = 480, height = 200): Buffer {
  const ground: Rgb = [246, 246, 246];
  const line: Rgb = [41, 41, 41];
  const box = Math.floor(width / (stages.length * 2));
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      let colour = ground;
      const step = Math.floor(x / (box * 2));
      const inBox = x % (box * 2) >= box / 2 && x % (box * 2) < box * 1.5;
      if (Math.abs(y - height / 2) < 3) colour = line;
      if (inBox && Math.abs(y - height / 2) < box / 2) colour = stages[step] ?? ground;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
