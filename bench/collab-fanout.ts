// Edit fan-out latency on one board, to 50 and 200 clients: our full app (authenticated
// Hocuspocus at /collab, persistence, derived rows) beside the y-websocket project's bare server,
// measured in the same run; then two instances of ours sharing the board through Redis. Also the
// server's heap per loaded board and after every client has left.
//
//   npm run bench:collab -- [--clients 50,200] [--edits 200] [--interval 20] [--boards 20]
//                           [--cards 200] [--no-pin] [--no-redis]
//
// DATABASE_URL: use that PostgreSQL instead of a temporary embedded one (seeded rows are removed).
// REDIS_URL: the Redis for the two-instance run (default redis://127.0.0.1:6379; skipped if down).
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { addStickyNote, boardDocumentName, initBoard, moveCard } from '@timantti/contracts';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectDatabase } from '../apps/server/src/db/client.ts';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { organisations, users } from '../apps/server/src/db/schema.ts';
import { createSession } from '../apps/server/src/modules/auth/sessions.repo.ts';
import { createProject } from '../apps/server/src/modules/projects/commands/create-project.ts';
import { createBoard } from '../apps/server/src/modules/synthesis/commands/create-board.ts';
import { storeBoardState } from '../apps/server/src/modules/synthesis/commands/store-board-state.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import type { MemoryReport } from './collab-support.ts';
import {
  canPin,
  fixed,
  onCleanup,
  percentile,
  pinProcess,
  postmastersUnder,
  repoRoot,
  requireNode24,
  runBenchmark,
  sleep,
  table,
} from './support.ts';

const { values: flags } = parseArgs({
  options: {
    clients: { type: 'string', default: '50,200' },
    edits: { type: 'string', default: '200' },
    interval: { type: 'string', default: '20' },
    boards: { type: 'string', default: '20' },
    cards: { type: 'string', default: '200' },
    'no-pin': { type: 'boolean', default: false },
    'no-redis': { type: 'boolean', default: false },
  },
});
const clientCounts = (flags.clients ?? '').split(',').map(Number);
const edits = Number(flags.edits);
const intervalMs = Number(flags.interval);
const memoryBoards = Number(flags.boards);
const cardsPerBoard = Number(flags.cards);

// ---------------------------------------------------------------------------------------------
// Server children

type Server = { name: string; child: ChildProcess; port: number };

async function startServer(name: string, script: string, env: NodeJS.ProcessEnv, pin: boolean) {
  const child = fork(path.join(repoRoot, 'bench', script), [], {
    cwd: repoRoot,
    env,
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(name, async () => {
    // Clients left open by a failed run would keep reconnecting and hold the server up.
    for (const close of [...openClients]) close();
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) resolve(message.port);
    });
  });
  // The servers share CPU 0; the clients (this process) run on CPU 1.
  if (pin && child.pid) pinProcess(child.pid, '0');
  return { name, child, port };
}

function memoryOf(server: Server): Promise<MemoryReport> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; report?: MemoryReport }) => {
      if (message.type !== 'memory' || !message.report) return;
      server.child.off('message', onMessage);
      resolve(message.report);
    };
    server.child.on('message', onMessage);
    server.child.send({ type: 'memory' });
  });
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// ---------------------------------------------------------------------------------------------
// Clients: stock providers, as the browsers would use them

type Client = { doc: Y.Doc; close: () => void };

// Every client ever opened, so a failed run closes them too instead of leaving them reconnecting.
const openClients = new Set<() => void>();
function track(close: () => void): () => void {
  const once = () => {
    if (!openClients.delete(once)) return;
    close();
  };
  openClients.add(once);
  return once;
}

function hocuspocusClient(
  port: number,
  cookie: string,
  name: string,
  path = '/collab',
): Promise<Client> {
  const origin = `http://127.0.0.1:${port}`;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${path}`,
    WebSocketPolyfill: CookieWebSocket,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
  provider.attach();
  const close = track(() => {
    provider.destroy();
    socket.destroy();
  });
  return until(() => provider.isSynced, 'a Hocuspocus client to sync').then(() => ({ doc, close }));
}

function yWebsocketClient(port: number, name: string, doc = new Y.Doc()): Promise<Client> {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // All clients live in this one process: without this, y-websocket would pass updates
    // between them through a BroadcastChannel instead of through the server.
    disableBc: true,
  });
  const close = track(() => provider.destroy());
  return until(() => provider.synced, 'a y-websocket client to sync').then(() => ({ doc, close }));
}

// ---------------------------------------------------------------------------------------------
// One run: a writer drags a card `edits` times; every reader notes when each move arrives.

type Run = { label: string; clients: number; latencies: number[]; missing: number };

async function fanOut(
  label: string,
  readerCount: number,
  connectWriter: () => Promise<Client>,
  connectReader: (index: number) => Promise<Client>,
  moves = edits,
): Promise<Run> {
  const writer = await connectWriter();
  let cardId = '';
  writer.doc.getMap('cards').forEach((_value, key) => (cardId = key));
  if (!cardId) {
    cardId = addStickyNote(writer.doc, {
      text: 'Vedettävä kortti',
      language: 'fi',
      createdBy: 'bench',
    });
  }
  const readers: Client[] = [];
  for (let i = 0; i < readerCount; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, readerCount - i) }, (_, j) => connectReader(i + j)),
    );
    readers.push(...batch);
  }
  const cardOf = (client: Client) => client.doc.getMap<Y.Map<unknown>>('cards').get(cardId);
  await until(() => readers.every((r) => cardOf(r) !== undefined), 'every reader to see the card');

  const sent: number[] = [];
  const latencies: number[] = [];
  // The last move each reader has seen. A server may merge moves that arrive in one event-loop
  // turn into one update (Hocuspocus does, by design): a reader then sees x jump, and every move
  // up to x counts as arrived now.
  const seen = readers.map(() => -1);
  const warmup = 20;
  readers.forEach((reader, index) => {
    reader.doc.getMap('cards').observeDeep(() => {
      const x = cardOf(reader)?.get('x');
      const previous = seen[index] ?? -1;
      if (typeof x !== 'number' || x <= previous) return;
      const now = performance.now();
      for (let seq = previous + 1; seq <= x; seq++) {
        const at = sent[seq];
        if (at !== undefined && seq >= warmup) latencies.push(now - at);
      }
      seen[index] = x;
    });
  });
  for (let seq = 0; seq < warmup + moves; seq++) {
    sent[seq] = performance.now();
    moveCard(writer.doc, cardId, seq, 0);
    await sleep(intervalMs);
  }
  const last = warmup + moves - 1;
  await until(() => seen.every((x) => x === last), 'the last move to arrive', 15_000).catch(
    () => undefined,
  );
  const missing = readers.length * moves - latencies.length;
  for (const client of [writer, ...readers]) client.close();
  return { label, clients: readerCount, latencies: latencies.sort((a, b) => a - b), missing };
}

// ---------------------------------------------------------------------------------------------

function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const mib = (bytes: number) => fixed(bytes / 1024 / 1024, 1);

runBenchmark(async () => {
  requireNode24();
  // Each y-websocket provider adds a process 'exit' listener in Node; hundreds are expected here.
  process.setMaxListeners(0);
  const pin = !flags['no-pin'] && canPin([0, 1]);
  if (!flags['no-pin'] && !pin) console.warn('taskset or 2 CPUs missing: running unpinned.');
  if (pin) pinProcess(process.pid, '1');

  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-collab-'));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    await fs.chmod(tmp, 0o755);
    const embedded = await startEmbeddedDatabase({ dataDir: tmp, logger, persistent: false });
    onCleanup('embedded PostgreSQL', async () => {
      await embedded.stop();
      for (const pid of postmastersUnder(tmp)) process.kill(pid, 'SIGKILL');
    });
    databaseUrl = embedded.url;
  }
  const database = connectDatabase(databaseUrl, logger, 2);
  onCleanup('seeding pool', () => database.pool.end());
  await runMigrations(database.pool);

  // An organisation with an admin, a project, the fan-out board and boards for the memory run.
  const suffix = randomBytes(4).toString('hex');
  const [org] = await database.db
    .insert(organisations)
    .values({ name: 'Penkkikunta', slug: `bench-collab-${suffix}` })
    .returning();
  if (!org) throw new Error('no organisation');
  if (process.env.DATABASE_URL)
    onCleanup('seeded rows', async () => {
      await database.db.delete(organisations).where(eq(organisations.id, org.id));
      await database.pool.query('delete from users where email like $1', [`%${suffix}%`]);
    });
  const [admin] = await database.db
    .insert(users)
    .values({ email: `bench-${suffix}@bench.example`, displayName: 'Penkki', passwordHash: null })
    .returning();
  if (!admin) throw new Error('no user');
  await database.pool.query(
    `insert into memberships (organisation_id, user_id, role) values ($1, $2, 'admin')`,
    [org.id, admin.id],
  );
  const projectId = await createProject(database.db, {
    actorUserId: admin.id,
    organisationId: org.id,
    values: { name: 'Penkki', challenge: '', goals: [], targetGroup: '', indicators: [] },
  });
  const { token } = await createSession(database.db, { userId: admin.id, userAgent: 'bench' });
  const cookie = `timantti_session=${token}`;
  const fanOutBoard = await createBoard(database.db, {
    actorUserId: admin.id,
    projectId,
    title: 'Fan-out',
  });
  const boardStates: { id: string; state: Uint8Array }[] = [];
  for (let b = 0; b < memoryBoards; b++) {
    const id = await createBoard(database.db, {
      actorUserId: admin.id,
      projectId,
      title: `Muisti ${b}`,
    });
    const doc = new Y.Doc();
    initBoard(doc);
    for (let c = 0; c < cardsPerBoard; c++) {
      addStickyNote(doc, {
        text: `Havainto ${c}: asiakas ei löytänyt ajanvarausta verkkosivuilta eikä puhelimesta`,
        language: 'fi',
        createdBy: admin.id,
        x: (c % 20) * 220,
        y: Math.floor(c / 20) * 140,
      });
    }
    await storeBoardState(database.db, { boardId: id, document: doc, mergeOrigin: null });
    boardStates.push({ id, state: Y.encodeStateAsUpdate(doc) });
  }

  // What one store costs (merge the stored state, write it, rewrite the derived rows): the
  // figure the store debounce is weighed against.
  const storeTimes: string[][] = [];
  for (const cards of [cardsPerBoard, 2000]) {
    const id = await createBoard(database.db, { actorUserId: admin.id, projectId, title: 'Store' });
    const doc = new Y.Doc();
    initBoard(doc);
    for (let c = 0; c < cards; c++)
      addStickyNote(doc, { text: `Havainto ${c}`, language: 'fi', createdBy: admin.id });
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      moveCard(doc, [...doc.getMap('cards').keys()][0] ?? '', i, 0);
      const started = performance.now();
      await storeBoardState(database.db, { boardId: id, document: doc, mergeOrigin: null });
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((x, y) => x - y);
    storeTimes.push([
      String(cards),
      fixed(percentile(times, 50)),
      fixed(times.at(-1) ?? Number.NaN),
      fixed(Y.encodeStateAsUpdate(doc).byteLength / 1024, 0),
    ]);
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    TIMANTTI_DEMO: 'off',
  };
  const ours = await startServer('timantti', 'collab-server-child.ts', env, pin);
  const bare = await startServer('y-websocket', 'y-websocket-child.ts', env, pin);
  const bareHocuspocus = await startServer('hocuspocus', 'hocuspocus-child.ts', env, pin);
  const boardName = boardDocumentName(fanOutBoard);

  // A warm-up round per server, not reported: JIT, first store, pools, so that the first
  // measured run is not also the first run.
  await fanOut(
    '',
    10,
    () => hocuspocusClient(ours.port, cookie, boardName),
    () => hocuspocusClient(ours.port, cookie, boardName),
    100,
  );
  await until(async () => (await memoryOf(ours)).documents === 0, 'the board to unload');
  await fanOut(
    '',
    10,
    () => hocuspocusClient(bareHocuspocus.port, '', 'warm', '/'),
    () => hocuspocusClient(bareHocuspocus.port, '', 'warm', '/'),
    100,
  );
  await fanOut(
    '',
    10,
    () => yWebsocketClient(bare.port, 'warm'),
    () => yWebsocketClient(bare.port, 'warm'),
    100,
  );

  const runs: Run[] = [];
  for (const n of clientCounts) {
    runs.push(
      await fanOut(
        'timantti (1 instance)',
        n,
        () => hocuspocusClient(ours.port, cookie, boardName),
        () => hocuspocusClient(ours.port, cookie, boardName),
      ),
    );
    await until(async () => (await memoryOf(ours)).documents === 0, 'the board to unload');
    runs.push(
      await fanOut(
        'bare Hocuspocus',
        n,
        () => hocuspocusClient(bareHocuspocus.port, '', `fanout-${n}`, '/'),
        () => hocuspocusClient(bareHocuspocus.port, '', `fanout-${n}`, '/'),
      ),
    );
    await until(async () => (await memoryOf(bareHocuspocus)).documents === 0, 'unload');
    runs.push(
      await fanOut(
        'bare y-websocket',
        n,
        () => yWebsocketClient(bare.port, `fanout-${n}`),
        () => yWebsocketClient(bare.port, `fanout-${n}`),
      ),
    );
  }

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let redisNote = '';
  if (flags['no-redis']) redisNote = 'skipped (--no-redis)';
  else if (!(await redisReachable(redisUrl))) redisNote = `skipped: no Redis at ${redisUrl}`;
  else {
    const prefix = `timantti-bench-${suffix}`;
    const redisEnv = { ...env, REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
    const one = await startServer('timantti + redis (1)', 'collab-server-child.ts', redisEnv, pin);
    const two = await startServer('timantti + redis (2)', 'collab-server-child.ts', redisEnv, pin);
    const connectEither = (i: number) =>
      hocuspocusClient(i % 2 === 0 ? one.port : two.port, cookie, boardName);
    await fanOut('', 10, () => hocuspocusClient(one.port, cookie, boardName), connectEither, 100);
    await until(
      async () => (await memoryOf(one)).documents + (await memoryOf(two)).documents === 0,
      'the board to unload on both instances',
    );
    for (const n of clientCounts) {
      // The writer on instance 1; readers alternate, so half of them hear it through Redis.
      runs.push(
        await fanOut(
          'timantti (2 instances + Redis)',
          n,
          () => hocuspocusClient(one.port, cookie, boardName),
          connectEither,
        ),
      );
      await until(
        async () => (await memoryOf(one)).documents + (await memoryOf(two)).documents === 0,
        'the board to unload on both instances',
      );
    }
  }

  // Memory: heap after a full GC, before, with `memoryBoards` boards open (one client each),
  // and after every client has left.
  const memory: string[][] = [];
  for (const [label, server, connect] of [
    [
      'timantti',
      ours,
      (b: { id: string }) => hocuspocusClient(ours.port, cookie, boardDocumentName(b.id)),
    ],
    [
      'bare y-websocket',
      bare,
      async (b: { id: string; state: Uint8Array }) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, b.state);
        return yWebsocketClient(bare.port, `memory-${b.id}`, doc);
      },
    ],
  ] as const) {
    const before = await memoryOf(server);
    const clients: Client[] = [];
    for (const board of boardStates) clients.push(await connect(board));
    await sleep(500);
    const loaded = await memoryOf(server);
    for (const client of clients) client.close();
    await until(
      async () => label !== 'timantti' || (await memoryOf(server)).documents === 0,
      'the boards to unload',
    );
    await sleep(500);
    const after = await memoryOf(server);
    memory.push([
      label,
      mib(before.heapUsed),
      mib(loaded.heapUsed),
      fixed((loaded.heapUsed - before.heapUsed) / memoryBoards / 1024, 0),
      mib(after.heapUsed),
      String(after.documents),
    ]);
  }

  const load = os.loadavg()[0] ?? 0;
  console.log(
    `\ncollab fan-out — ${os.cpus().length} CPUs, load ${fixed(load)}, ` +
      `${pin ? 'servers on CPU 0, clients on CPU 1' : 'unpinned'}; ` +
      `${edits} moves of one card every ${intervalMs} ms after 20 warm-up moves\n`,
  );
  console.log(
    table(
      ['server', 'clients', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'samples', 'missing'],
      runs.map((run) => [
        run.label,
        String(run.clients),
        fixed(percentile(run.latencies, 50)),
        fixed(percentile(run.latencies, 95)),
        fixed(percentile(run.latencies, 99)),
        fixed(run.latencies.at(-1) ?? Number.NaN),
        String(run.latencies.length),
        String(run.missing),
      ]),
    ),
  );
  if (redisNote) console.log(`\n2 instances + Redis: ${redisNote}`);
  console.log('\none store of a board (state + derived rows, one transaction), 10 stores\n');
  console.log(table(['cards', 'median ms', 'max ms', 'state KiB'], storeTimes));
  console.log(
    `\nmemory — ${memoryBoards} boards of ${cardsPerBoard} cards, one client each; heap after GC\n`,
  );
  console.log(
    table(
      ['server', 'before MiB', 'loaded MiB', 'KiB per board', 'all left MiB', 'docs left'],
      memory,
    ),
  );
});
