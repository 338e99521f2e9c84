import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// Below this a compressed copy saves too little to be worth a file and a lookup.
const MIN_BYTES = 1024;
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest|xml)$/;

async function compressedCopies(file: string): Promise<void> {
  const content = await fs.readFile(file);
  if (content.byteLength < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy no smaller than the file is left out; the server then sends the file itself.
  if (br.byteLength < content.byteLength) await fs.writeFile(`${file}.br`, br);
  if (gz.byteLength < content.byteLength) await fs.writeFile(`${file}.gz`, gz);
}

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file of the build, at the
 * strongest settings, once per build: the server sends the copy a browser accepts as it is
 * (@fastify/static's `preCompressed`), so no request pays for compressing the app.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'timantti-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const entries = await fs.readdir(outDir, { recursive: true, withFileTypes: true });
        for (const entry of entries) {
          if (entry.isFile() && COMPRESSIBLE.test(entry.name)) {
            await compressedCopies(path.join(entry.parentPath, entry.name));
          }
        }
      },
    },
  };
}
