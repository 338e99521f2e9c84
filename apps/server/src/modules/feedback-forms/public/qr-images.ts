import { crc32, deflateSync } from 'node:zlib';
import { encodeQr, qrSvgOf } from '@timantti/contracts';

/** The QR code of a form's link as SVG, titled with the link itself. */
export function qrSvg(url: string): string {
  return qrSvgOf(encodeQr(url), url);
}

const SCALE = 10;
const QUIET = 4;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** The QR code as a greyscale PNG, 10 pixels a module with a four-module quiet zone. */
export function qrPng(url: string): Buffer {
  const matrix = encodeQr(url);
  const modules = matrix.length + QUIET * 2;
  const side = modules * SCALE;
  const raw = Buffer.alloc((side + 1) * side, 0xff);
  for (let py = 0; py < side; py++) {
    raw[py * (side + 1)] = 0;
    const y = Math.floor(py / SCALE) - QUIET;
    for (let px = 0; px < side; px++) {
      const x = Math.floor(px / SCALE) - QUIET;
      if (matrix[y]?.[x]) raw[py * (side + 1) + 1 + px] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
