import http from 'node:http';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { signInAsDemo } from '../support/server.ts';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

// fetch() asks for compression itself and decodes the reply; these checks need the bytes as sent.
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, inject('baseUrl')), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function decoded(response: RawResponse): Buffer {
  switch (response.headers['content-encoding']) {
    case 'br':
      return zlib.brotliDecompressSync(response.body);
    case 'gzip':
      return zlib.gunzipSync(response.body);
    default:
      return response.body;
  }
}

const varies = (response: RawResponse) =>
  String(response.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes('accept-encoding');

async function appScripts(): Promise<string[]> {
  const page = await get('/', { accept: 'text/html' });
  const scripts = [...page.body.toString('utf8').matchAll(/src="(\/assets\/[^"]+\.js)"/g)];
  return scripts.map((match) => match[1] ?? '');
}

describe('the web app over the wire', () => {
  it("sends the app's JavaScript compressed at build time, brotli first, then gzip, else as is", async () => {
    const scripts = await appScripts();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const plain = await get(script);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(varies(plain)).toBe(true);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      const br = await get(script, { 'accept-encoding': 'br, gzip' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/^(?:application|text)\/javascript/);
      expect(varies(br)).toBe(true);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.body.length).toBeLessThan(plain.body.length / 3);
      expect(decoded(br).equals(plain.body)).toBe(true);

      const gzip = await get(script, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(varies(gzip)).toBe(true);
      expect(decoded(gzip).equals(plain.body)).toBe(true);
    }
  });

  it('sends the page itself for revalidation every time', async () => {
    const page = await get('/projects', { accept: 'text/html', 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(decoded(page).toString('utf8')).toContain('<div id="root">');
  });

  it('compresses an API reply above 1 KiB on the fly, and leaves a small one alone', async () => {
    const plain = await get('/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const br = await get('/api/openapi.json', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(varies(br)).toBe(true);
    expect(JSON.parse(decoded(br).toString('utf8'))).toEqual(JSON.parse(plain.body.toString()));
    const gzip = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).equals(plain.body)).toBe(true);

    const small = await get('/healthz', { 'accept-encoding': 'br, gzip' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('sends a participant export as a compressed download', async () => {
    const session = await signInAsDemo(inject('baseUrl'));
    const write = (path: string, body: unknown) =>
      fetch(new URL(path, inject('baseUrl')), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
        },
        body: JSON.stringify(body),
      });
    const project = await write(`/api/v1/orgs/${session.organisationId}/projects`, {
      name: 'Pakkauskoe',
    });
    expect(project.status).toBe(201);
    const projectId = ((await project.json()) as { id: string }).id;
    const participant = await write(`/api/v1/projects/${projectId}/participants`, {
      kind: 'customer',
      // Enough text that the export is well above the compression threshold.
      consent: {
        purpose: 'Haastattelu palvelupolun kehittämiseksi. '.repeat(24).trim(),
        givenOn: '2026-11-01',
        method: 'written',
      },
      contact: { name: 'Testi Osallistuja', phone: '', email: '' },
    });
    expect(participant.status).toBe(201);
    const { id, code } = (await participant.json()) as { id: string; code: string };

    const download = await get(`/api/v1/projects/${projectId}/participants/${id}/export`, {
      cookie: session.cookie,
      'accept-encoding': 'br, gzip',
    });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="participant-${code}.json"`,
    );
    expect(download.headers['content-encoding']).toBe('br');
    const data = JSON.parse(decoded(download).toString('utf8')) as {
      participant: { code: string };
    };
    expect(data.participant.code).toBe(code);
  });

  it('still upgrades /collab to a WebSocket', async () => {
    const url = new URL('/collab', inject('baseUrl'));
    url.protocol = 'ws:';
    const socket = new WebSocket(url);
    const opened = await new Promise<boolean>((resolve) => {
      socket.addEventListener('open', () => resolve(true));
      socket.addEventListener('error', () => resolve(false));
    });
    socket.close();
    expect(opened).toBe(true);
  });

  it('answers 404 for a file that is not there, and the app only for its pages', async () => {
    for (const path of ['/x.js', '/assets/missing.css', '/foo.png', '/assets/missing']) {
      const response = await get(path, { accept: '*/*' });
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8')).not.toContain('<div id="root">');
    }
    const api = await get('/api/v1/no-such-thing', { accept: 'text/html' });
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(api.body.toString('utf8'))).toMatchObject({ code: 'not_found' });

    const page = await get('/projects/no-such-route', { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.body.toString('utf8')).toContain('<div id="root">');
  });
});
