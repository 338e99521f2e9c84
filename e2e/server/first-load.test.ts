import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The build's output (run after `npm run build`, as the other e2e tests): what the sign-in page,
// where a visit starts, loads before it can show — the HTML's scripts and module preloads and
// everything they import statically, with the /login route's own file if it has one.

const dist = path.resolve(import.meta.dirname, '../../apps/web/dist');
const budget = 120_000;
const collaboration = /node_modules\/(yjs|lib0|y-protocols|@hocuspocus|@tiptap|prosemirror-)/;

type ManifestChunk = { file: string; imports?: string[] };

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as T;
}

function signInScripts(): string[] {
  const manifest = read<Record<string, ManifestChunk>>('.vite/manifest.json');
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const pending = [
    ...html.matchAll(/<script type="module"[^>]*\bsrc="\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*\bhref="\/([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const login = manifest['src/routes/login.tsx'];
  if (login) pending.push(login.file);
  const files = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop();
    if (file === undefined || files.has(file)) continue;
    files.add(file);
    for (const key of byFile.get(file)?.imports ?? []) {
      const imported = manifest[key];
      if (imported) pending.push(imported.file);
    }
  }
  return [...files];
}

describe('the sign-in page as built', () => {
  const files = signInScripts();

  it('is found: an entry script and the sign-in form among its modules', () => {
    const modules = read<Record<string, string[]>>('.vite/chunk-modules.json');
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    expect(files.flatMap((file) => modules[file] ?? [])).toContain('apps/web/src/routes/login.tsx');
  });

  it(`loads at most ${budget / 1000} kB of JavaScript with brotli`, () => {
    const sizes = files.map((file) => {
      const content = fs.readFileSync(path.join(dist, file));
      const br = zlib.brotliCompressSync(content, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
      });
      return { file, bytes: br.byteLength };
    });
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(budget);
  });

  it('holds no live-document or editor code (Yjs, Hocuspocus, Tiptap, ProseMirror)', () => {
    const modules = read<Record<string, string[]>>('.vite/chunk-modules.json');
    const found = files
      .flatMap((file) => modules[file] ?? [])
      .filter((id) => collaboration.test(id));
    expect(found).toEqual([]);
  });
});
