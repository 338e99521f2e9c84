// The public feedback form (/f/:code) as a resident's phone first loads it, against the best
// that page could do: the same bytes as a saved file. Timantti runs as a child process with the
// demo data; Chromium emulates a phone (390×844 CSS px, device scale 3, touch, mobile viewport),
// with the CPU 4× slower and a slow mobile network, and the cache off. Interleaved A B A B …:
//   A  the real page, rendered by Timantti for each load (form lookup, a fresh one-time token),
//   B  a static copy of that page, saved from Timantti once, served by a bare node:http server
//      with the headers Timantti sent and the same compression (@fastify/compress: brotli at
//      quality 4, else gzip, above 1 KiB, in one go with a Content-Length).
// Measured per load: the bytes on the wire (CDP Network.loadingFinished encodedDataLength:
// compressed bodies plus response headers, every request) and Largest Contentful Paint.
// Goals: ≤ 30 kB in all, and the real page's LCP ≤ 1.2× the static copy's (median of the
// per-pair ratios).
//
//   npm run bench:form-page -- [--pairs 12]
// DATABASE_URL: a temporary database on that server (dropped afterwards) instead of an embedded
// PostgreSQL.
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { temporaryDatabase } from './database.ts';
import { launchChromium } from '../e2e/support/chromium.ts';
import {
  fixed,
  freePort,
  onCleanup,
  percentile,
  requireNode24,
  runBenchmark,
  startNode,
  stopChild,
  summary,
  table,
  waitForOk,
} from './support.ts';

const { values: flags } = parseArgs({ options: { pairs: { type: 'string', default: '12' } } });

const BYTES_GOAL = 30_000;
const LCP_RATIO_GOAL = 1.2;
const cpuSlowdown = 4;
// A slow mobile network ("Slow 4G" as the issue states it): 400 ms round trip added to each
// request, 400 kbit/s down and up. The DevTools protocol applies it per request, not per packet.
const network = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};
const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'fi-FI',
};
// Timantti's compression of a reply (app.ts, @fastify/compress defaults).
const BROTLI_QUALITY = 4;
const COMPRESS_THRESHOLD = 1024;
// Hop-by-hop and per-reply headers; everything else Timantti sent is sent again as it was.
const NOT_COPIED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
]);

type Saved = { body: Buffer; headers: http.OutgoingHttpHeaders };

/** The page as Timantti sends it, uncompressed, with its headers. */
function savePage(url: string): Promise<Saved> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { 'accept-language': 'fi', 'accept-encoding': 'identity' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) {
            reject(new Error(`GET ${url}: ${response.statusCode}`));
            return;
          }
          const headers: http.OutgoingHttpHeaders = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (!NOT_COPIED.has(name) && value !== undefined) headers[name] = value;
          }
          resolve({ body: Buffer.concat(chunks), headers });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/** The saved page at its own path, negotiated and compressed as @fastify/compress does it. */
async function serveStatic(pathname: string, saved: Saved): Promise<string> {
  const server = http.createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== pathname) {
      response.writeHead(404).end();
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding =
      saved.body.length < COMPRESS_THRESHOLD
        ? null
        : /\bbr\b/.test(accepted)
          ? 'br'
          : /\bgzip\b/.test(accepted)
            ? 'gzip'
            : null;
    // A page this small is compressed in one go, with its length known (compressPayloadSync).
    const body =
      encoding === 'br'
        ? zlib.brotliCompressSync(saved.body, {
            params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY },
          })
        : encoding === 'gzip'
          ? zlib.gzipSync(saved.body)
          : saved.body;
    response.writeHead(200, {
      ...saved.headers,
      ...(encoding ? { vary: 'accept-encoding', 'content-encoding': encoding } : {}),
      'content-length': body.length,
    });
    response.end(body);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  onCleanup('static server', async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${port}`;
}

/** Milliseconds until the page's whole reply is in, unthrottled: the server's own time. */
function serverTime(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(
      url,
      { headers: { 'accept-language': 'fi', 'accept-encoding': 'br' } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(performance.now() - started));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

type Load = { bytes: number; requests: number; encoding: string; headers: string; lcp: number };

// Runs in the page (a string: this project's Node typings have no DOM), before its own markup:
// keeps the latest largest-contentful-paint candidate. Evaluated over the DevTools protocol, so
// the page's Content-Security-Policy does not stop it.
const recordLcp = `window.__lcp = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__lcp = entry.startTime;
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** One first visit on the emulated phone: a fresh context, throttled, until the network idles. */
async function measure(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext(phone);
  try {
    await context.addInitScript(recordLcp);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    let bytes = 0;
    let requests = 0;
    let encoding = '';
    let headerNames = '';
    cdp.on('Network.responseReceived', (event) => {
      if (event.type !== 'Document') return;
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      encoding = String(headers['content-encoding'] ?? 'none');
      headerNames = Object.keys(headers).sort().join(' ');
    });
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.locator('h1').waitFor({ timeout: 60_000 });
    const lcp = Number(await page.evaluate('window.__lcp'));
    if (!lcp) throw new Error(`no largest contentful paint on ${url}`);
    return { bytes, requests, encoding, headers: headerNames, lcp };
  } finally {
    await context.close();
  }
}

runBenchmark(async () => {
  requireNode24();
  const pairs = Number(flags.pairs);
  if (!Number.isInteger(pairs) || pairs < 10) throw new Error('--pairs must be an integer ≥ 10');
  const started = performance.now();
  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-form-page-'));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));

  const databaseUrl = await temporaryDatabase('form_page', tmp, logger);

  const port = await freePort();
  const timantti = startNode('timantti', ['apps/server/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      TIMANTTI_DEMO: 'on',
      TIMANTTI_DATA_DIR: path.join(tmp, 'data'),
      LOG_LEVEL: 'warn',
    },
  });
  onCleanup('timantti', () => stopChild(timantti));
  const ours = `http://127.0.0.1:${port}`;
  await waitForOk(`${ours}/readyz`, { child: timantti, timeoutMs: 180_000 });

  const database = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  onCleanup('bench pool', () => database.end());
  const { rows: forms } = await database.query<{ code: string }>(
    `select code from feedback_forms where status = 'published' order by created_at limit 1`,
  );
  const code = forms[0]?.code;
  if (!code) throw new Error('the demo has no published feedback form');
  const { rows: versionRows } = await database.query<{ server_version: string }>(
    'show server_version',
  );
  const pathname = `/f/${code}`;
  const saved = await savePage(`${ours}${pathname}`);
  const copy = await serveStatic(pathname, saved);

  const browser = await launchChromium();
  onCleanup('browser', () => browser.close());
  const variants = [
    { name: 'Timantti', url: `${ours}${pathname}`, loads: [] as Load[] },
    { name: 'static copy', url: `${copy}${pathname}`, loads: [] as Load[] },
  ] as const;
  const [real, copied] = variants;
  // One load each first, not counted: Timantti's first render compiles what later ones reuse.
  for (const variant of variants) await measure(browser, variant.url);
  const ratios: number[] = [];
  const served = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
  for (let pair = 1; pair <= pairs; pair++) {
    for (const variant of variants) {
      served.get(variant.name)?.push(await serverTime(variant.url));
      variant.loads.push(await measure(browser, variant.url));
    }
    ratios.push((real.loads.at(-1)?.lcp ?? 0) / (copied.loads.at(-1)?.lcp ?? 1));
    process.stderr.write(`pair ${pair}/${pairs} done\n`);
    if (timantti.hasExited()) throw new Error(`timantti exited:\n${timantti.output()}`);
  }
  for (const variant of variants) {
    const encodings = new Set(variant.loads.map((load) => load.encoding));
    if (encodings.size !== 1) throw new Error(`${variant.name}: mixed encodings ${[...encodings]}`);
  }
  if (real.loads[0]?.encoding !== copied.loads[0]?.encoding)
    throw new Error('the static copy was not compressed as Timantti compresses the page');
  if (real.loads[0]?.headers !== copied.loads[0]?.headers)
    throw new Error(
      `the static copy's headers differ:\n  ${real.loads[0]?.headers}\n  ${copied.loads[0]?.headers}`,
    );

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const kB = (bytes: number) => fixed(bytes / 1000, 1);
  console.log(
    [
      '',
      `form-page-mobile: first load of ${pathname} (KUNTO demo form), ${pairs} pairs A B A B, Chromium ` +
        `as a phone (390×844, DPR 3, touch), CPU ×${cpuSlowdown}, network ${network.latency} ms added ` +
        `latency, 400 kbit/s down and up, cache off`,
      `  Node ${process.versions.node}, PostgreSQL ${versionRows[0]?.server_version ?? '?'} ` +
        `(${process.env.DATABASE_URL ? 'temporary database on DATABASE_URL' : 'embedded, temporary'}), ${os.cpus().length} CPUs, ` +
        `load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}; page ${saved.body.length} bytes uncompressed`,
      '',
    ].join('\n'),
  );
  console.log(
    table(
      [
        'page',
        'kB median',
        'kB p95',
        'requests',
        'encoding',
        'LCP ms median',
        'LCP ms p95',
        'server ms median',
      ],
      variants.map((variant) => {
        const bytes = sorted(variant.loads.map((load) => load.bytes));
        const lcp = sorted(variant.loads.map((load) => load.lcp));
        return [
          variant.name,
          kB(summary(bytes).median),
          kB(percentile(bytes, 95)),
          String(summary(variant.loads.map((load) => load.requests)).median),
          variant.loads[0]?.encoding ?? '?',
          fixed(summary(lcp).median, 0),
          fixed(percentile(lcp, 95), 0),
          fixed(summary(served.get(variant.name) ?? []).median, 1),
        ];
      }),
    ),
  );
  const heaviest = Math.max(...real.loads.map((load) => load.bytes));
  const ratio = summary(ratios);
  console.log(
    [
      '',
      `  bytes: Timantti at most ${kB(heaviest)} kB (headers and bodies, every request), goal ≤ ${kB(BYTES_GOAL)} kB — ` +
        `${heaviest <= BYTES_GOAL ? 'meets' : 'misses'} it`,
      `  LCP Timantti/static: median of per-pair ratios ${fixed(ratio.median)}× ` +
        `(min ${fixed(ratio.min)}×, max ${fixed(ratio.max)}×), goal ≤ ${LCP_RATIO_GOAL}× — ` +
        `${ratio.median <= LCP_RATIO_GOAL ? 'meets' : 'misses'} it`,
      '  Server ms: the whole reply, unthrottled, fetched by Node before each load.',
      `  kB = 1000 bytes. Took ${fixed((performance.now() - started) / 1000, 0)} s.`,
      '',
    ].join('\n'),
  );
});
