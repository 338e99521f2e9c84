// JavaScript transferred and Largest Contentful Paint of the entry pages (sign-in, project,
// board) on a first visit under Lighthouse's "Slow 4G" and 4× CPU slowdown in Chromium, for
// three builds measured in the same run, interleaved (A B C A B C …):
//   before — the web app at the branch's start (`git merge-base HEAD main`, or --base),
//   now    — the web app of the working tree,
//   static — each entry page as plain HTML: the page `now` renders, without its scripts.
//
//   npm run bench:first-load -- [--rounds 5] [--base <commit>]
//
// Each build is served by a small static server here with the same compression (brotli, else
// gzip, precompressed at the highest level) and the same proxy of /api and /collab to one real
// Timantti server with the demo data, so only the web app differs. Needs Chromium
// (/usr/bin/chromium or CHROMIUM_PATH). DATABASE_URL: a PostgreSQL server on which a temporary
// database is made for the run; without it, an embedded one in a temporary directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import pg from 'pg';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium.ts';
import {
  fixed,
  freePort,
  nodeBin,
  onCleanup,
  repoRoot,
  requireNode24,
  runBenchmark,
  startNode,
  stopChild,
  summary,
  table,
  waitForOk,
} from './support.ts';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    base: { type: 'string' },
  },
});
const rounds = Number(flags.rounds);

// Lighthouse's "Slow 4G" (150 ms RTT, 1.6 Mbps down, 750 kbps up) as Lighthouse and DevTools
// apply it through the DevTools protocol, per request rather than per packet: latency × 3.75,
// throughput × 0.9 — 562.5 ms, 1.44 Mbps down, 675 kbps up.
const slow4g = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};
const cpuSlowdown = 4;

const DEMO_EMAIL = 'aino.virtanen@lahti.example';
const DEMO_PASSWORD = 'timantti-demo-salasana';

// ---------------------------------------------------------------------------------------------
// Builds

async function buildWebApp(root: string, outDir: string): Promise<void> {
  const result = spawnSync(
    nodeBin,
    [path.join(repoRoot, 'apps/web/node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir],
    { cwd: path.join(root, 'apps/web'), encoding: 'utf8', env: process.env },
  );
  if (result.status !== 0) throw new Error(`vite build in ${root} failed:\n${result.stderr}`);
}

/**
 * The web app and packages of `commit` in a temporary directory, with this checkout's
 * node_modules linked in except the workspace packages, which point at the old ones.
 */
async function checkoutWebApp(commit: string, tmp: string): Promise<string> {
  const root = path.join(tmp, 'base');
  await fs.mkdir(root);
  const files = ['apps/web', 'packages', 'package.json', 'tsconfig.base.json', 'tsconfig.json'];
  const archive = execFileSync('git', ['archive', commit, ...files], {
    cwd: repoRoot,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  const modules = path.join(root, 'node_modules');
  await fs.mkdir(path.join(modules, '@timantti'), { recursive: true });
  for (const entry of await fs.readdir(path.join(repoRoot, 'node_modules'))) {
    if (entry === '@timantti') continue;
    await fs.symlink(path.join(repoRoot, 'node_modules', entry), path.join(modules, entry));
  }
  for (const name of await fs.readdir(path.join(root, 'packages'))) {
    await fs.symlink(path.join(root, 'packages', name), path.join(modules, '@timantti', name));
  }
  await fs.symlink(
    path.join(repoRoot, 'apps/web/node_modules'),
    path.join(root, 'apps/web/node_modules'),
  );
  return root;
}

// ---------------------------------------------------------------------------------------------
// Serving

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

type Asset = { type: string; raw: Buffer; br?: Buffer; gzip?: Buffer };

async function readAssets(dist: string): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(file);
        continue;
      }
      const raw = await fs.readFile(file);
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      assets.set(`/${path.relative(dist, file).split(path.sep).join('/')}`, compressed(type, raw));
    }
  };
  await walk(dist);
  return assets;
}

function compressed(type: string, raw: Buffer): Asset {
  if (!/text|javascript|json|svg/.test(type)) return { type, raw };
  return {
    type,
    raw,
    br: zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzip: zlib.gzipSync(raw, { level: 9 }),
  };
}

/**
 * A web app's files (the index page for any other address, as the real server does), with
 * brotli or gzip as the browser accepts, and /api, /healthz and /collab passed to the server.
 */
async function serveWebApp(assets: Map<string, Asset>, upstreamPort: number): Promise<string> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/') || url.pathname === '/healthz') {
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
      return;
    }
    const asset = assets.get(url.pathname) ?? assets.get('/index.html');
    if (!asset) {
      response.writeHead(404).end();
      return;
    }
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const [encoding, body] =
      asset.br && /\bbr\b/.test(accepted)
        ? ['br', asset.br]
        : asset.gzip && /\bgzip\b/.test(accepted)
          ? ['gzip', asset.gzip]
          : [undefined, asset.raw];
    response.writeHead(200, {
      'content-type': asset.type,
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(body);
  });
  // Live documents: the WebSocket upgrade goes to the server as it came (same Host and Origin).
  server.on('upgrade', (request, socket, head) => {
    const upstream = net.connect(upstreamPort, '127.0.0.1', () => {
      const lines = [`${request.method} ${request.url} HTTP/1.1`];
      for (let i = 0; i < request.rawHeaders.length; i += 2)
        lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  onCleanup('static server', async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------------------------------------
// Measuring

type Load = {
  scriptBytes: number;
  scriptBodies: number;
  scripts: number;
  lcp: number;
  content: number;
};

// Runs in the page (a string: this project's Node typings have no DOM): keeps the latest
// largest-contentful-paint candidate, the figure as it stands once the page is idle, and the
// time the page's own content (`ready`) first appears. LCP alone can be the frame: its footer
// paints before a signed-in page's content and may stay the largest element.
const recordPaints = (ready: string) => `window.__lcp = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__lcp = entry.startTime;
}).observe({ type: 'largest-contentful-paint', buffered: true });
new MutationObserver((_, observer) => {
  if (!document.querySelector(${JSON.stringify(ready)})) return;
  window.__content = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

/** One first visit: a fresh context (empty cache), throttled, until the network is idle. */
async function measure(
  browser: Browser,
  url: string,
  cookie: { name: string; value: string } | null,
  ready: string,
): Promise<Load> {
  const context: BrowserContext = await browser.newContext({ locale: 'fi-FI' });
  try {
    if (cookie) await context.addCookies([{ ...cookie, url: new URL(url).origin }]);
    await context.addInitScript(recordPaints(ready));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', slow4g);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const scripts = new Map<string, number>();
    let scriptBytes = 0;
    let scriptBodies = 0;
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') scripts.set(event.requestId, event.response.encodedDataLength);
    });
    cdp.on('Network.loadingFinished', (event) => {
      const headers = scripts.get(event.requestId);
      if (headers === undefined) return;
      scriptBytes += event.encodedDataLength;
      scriptBodies += event.encodedDataLength - headers;
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    const lcp = Number(await page.evaluate('window.__lcp'));
    const content = Number(await page.evaluate('window.__content'));
    if (!lcp || !content) throw new Error(`no largest contentful paint or content on ${url}`);
    return { scriptBytes, scriptBodies, scripts: scripts.size, lcp, content };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function demoServer(tmp: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TIMANTTI_DEMO: 'on',
    TIMANTTI_DATA_DIR: path.join(tmp, 'data'),
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
  };
  if (process.env.DATABASE_URL) {
    const name = `timantti_first_load_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    onCleanup('database', async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    });
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  await fs.mkdir(path.join(tmp, 'data'));
  const port = await freePort();
  const server = startNode('timantti', ['apps/server/src/main.ts'], {
    env: { ...env, PORT: String(port) },
  });
  onCleanup('server', () => stopChild(server));
  await waitForOk(`http://127.0.0.1:${port}/readyz`, { child: server, timeoutMs: 180_000 });
  return port;
}

/** The demo user's session, its first project and that project's first board. */
async function demoPages(port: number) {
  const api = `http://127.0.0.1:${port}/api/v1`;
  const login = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
  });
  // The session's cookie among those the sign-in sets (it also sets the device's).
  const pair =
    login.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0] ?? '')
      .find((cookie) => cookie.startsWith('timantti_session=')) ?? '';
  const [name = '', value = ''] = pair.split('=');
  if (!login.ok || !value) throw new Error(`demo sign-in failed: ${login.status}`);
  const get = async <T>(pathname: string): Promise<T> => {
    const response = await fetch(`${api}${pathname}`, { headers: { cookie: pair } });
    if (!response.ok) throw new Error(`GET ${pathname}: ${response.status}`);
    return (await response.json()) as T;
  };
  type Me = { organisations: { id: string; slug: string }[] };
  const me = await get<Me>('/auth/me');
  const org = me.organisations[0];
  if (!org) throw new Error('the demo user has no organisation');
  const projects = await get<{ items: { id: string }[] }>(`/orgs/${org.id}/projects`);
  for (const project of projects.items) {
    const boards = await get<{ items: { id: string }[] }>(`/projects/${project.id}/boards`);
    const board = boards.items[0];
    if (board) {
      const projectPath = `/o/${org.slug}/projects/${project.id}`;
      return {
        cookie: { name, value },
        project: projectPath,
        board: `${projectPath}/synthesis/boards/${board.id}`,
      };
    }
  }
  throw new Error('no demo project has a board');
}

/** A page as `now` renders it, as a plain page: no scripts, the same styles. */
async function staticCopy(
  browser: Browser,
  url: string,
  cookie: { name: string; value: string } | null,
  ready: string,
): Promise<string> {
  const context = await browser.newContext({ locale: 'fi-FI' });
  try {
    if (cookie) await context.addCookies([{ ...cookie, url: new URL(url).origin }]);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator(ready).first().waitFor();
    const html = await page.content();
    return html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '');
  } finally {
    await context.close();
  }
}

runBenchmark(async () => {
  requireNode24();
  const started = performance.now();
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-first-load-'));
  await fs.chmod(tmp, 0o755);
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));

  const base =
    flags.base ??
    execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  const [port] = await Promise.all([
    demoServer(tmp),
    (async () => {
      await buildWebApp(await checkoutWebApp(base, tmp), path.join(tmp, 'dist-before'));
      await buildWebApp(repoRoot, path.join(tmp, 'dist-now'));
    })(),
  ]);
  const pages = await demoPages(port);

  const browser = await launchChromium();
  onCleanup('browser', () => browser.close());
  const nowAssets = await readAssets(path.join(tmp, 'dist-now'));
  const builds = {
    before: await serveWebApp(await readAssets(path.join(tmp, 'dist-before')), port),
    now: await serveWebApp(nowAssets, port),
  };
  // Each entry page as plain HTML at its own address, for the same content without scripts.
  const staticAssets = new Map(nowAssets);
  for (const [pathname, cookie, ready] of [
    ['/login', null, 'form'],
    [pages.project, pages.cookie, 'h1'],
    [pages.board, pages.cookie, 'h1'],
  ] as const) {
    const html = await staticCopy(browser, `${builds.now}${pathname}`, cookie, ready);
    staticAssets.set(pathname, compressed(types['.html'] ?? '', Buffer.from(html)));
  }
  const staticPage = await serveWebApp(staticAssets, port);

  type Variant = { build: string; base: string };
  const entries: {
    page: string;
    path: string;
    ready: string;
    signedIn: boolean;
    variants: Variant[];
  }[] = [
    {
      page: 'sign-in',
      path: '/login',
      ready: 'form',
      signedIn: false,
      variants: [
        { build: 'before', base: builds.before },
        { build: 'now', base: builds.now },
        { build: 'static HTML', base: staticPage },
      ],
    },
    {
      page: 'project',
      path: pages.project,
      ready: 'h1',
      signedIn: true,
      variants: [
        { build: 'before', base: builds.before },
        { build: 'now', base: builds.now },
        { build: 'static HTML', base: staticPage },
      ],
    },
    {
      page: 'board',
      path: pages.board,
      ready: 'h1',
      signedIn: true,
      variants: [
        { build: 'before', base: builds.before },
        { build: 'now', base: builds.now },
        { build: 'static HTML', base: staticPage },
      ],
    },
  ];

  const results = new Map<string, Load[]>();
  for (let round = 0; round < rounds; round++) {
    for (const entry of entries) {
      for (const variant of entry.variants) {
        const load = await measure(
          browser,
          `${variant.base}${entry.path}`,
          entry.signedIn ? pages.cookie : null,
          entry.ready,
        );
        const key = `${entry.page}\u0000${variant.build}`;
        results.set(key, [...(results.get(key) ?? []), load]);
      }
    }
    process.stderr.write(`round ${round + 1}/${rounds} done\n`);
  }

  const kB = (bytes: number) => fixed(bytes / 1000, 1);
  const rows = entries.flatMap((entry) =>
    entry.variants.map((variant) => {
      const loads = results.get(`${entry.page}\u0000${variant.build}`) ?? [];
      const lcp = summary(loads.map((load) => load.lcp));
      return [
        entry.page,
        variant.build,
        kB(summary(loads.map((load) => load.scriptBytes)).median),
        kB(summary(loads.map((load) => load.scriptBodies)).median),
        String(summary(loads.map((load) => load.scripts)).median),
        fixed(lcp.median / 1000, 2),
        `${fixed(lcp.min / 1000, 2)}–${fixed(lcp.max / 1000, 2)}`,
        fixed(summary(loads.map((load) => load.content)).median / 1000, 2),
      ];
    }),
  );
  console.log(
    `first load · base ${base.slice(0, 10)} · ${rounds} rounds, interleaved · Chromium, ` +
      `Slow 4G as Lighthouse applies it (562.5 ms latency, 1.44 Mbps down, 675 kbps up), ` +
      `CPU ×${cpuSlowdown} · brotli q11 · load ${os.loadavg()[0]?.toFixed(2)}`,
  );
  console.log(
    table(
      [
        'page',
        'build',
        'JS kB (wire)',
        'JS kB (bodies)',
        'JS files',
        'LCP s (median)',
        'LCP range',
        'content s',
      ],
      rows,
    ),
  );
  console.log(
    'JS wire: compressed bodies plus response headers, as DevTools counts "transferred"; kB = 1000 bytes. ' +
      "Content: median time until the page's own content (form, h1) is in the document. " +
      `Took ${fixed((performance.now() - started) / 1000, 0)} s.`,
  );
});
