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
import net from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { addStickyNote, boardDocumentName, initBoard, moveCard } from '@timantti/contracts';
import * as Y from 'yjs';
import { createBoard } from '../apps/server/src/modules/synthesis/commands/create-board.ts';
import {
  benchWorkspace,
  hocuspocusClient,
  memoryOf,
  startServer,
  until,
  yWebsocketClient,
  type Client,
} from './collab-harness.ts';
import {
  canPin,
  fixed,
  percentile,
  pinProcess,
  requireNode24,
  runBenchmark,
  sleep,
  table,
} from './support.ts';
import { storeLiveDocument } from '../apps/server/src/collab/stored-document.ts';
import { boardStorage } from '../apps/server/src/modules/synthesis/board-storage.ts';

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

  const { database, databaseUrl, suffix, adminId, projectId, cookie } =
    await benchWorkspace('collab');
  const admin = { id: adminId };
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
    await storeLiveDocument(boardStorage, database.db, {
      id: id,
      document: doc,
      mergeOrigin: null,
    });
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
      await storeLiveDocument(boardStorage, database.db, {
        id: id,
        document: doc,
        mergeOrigin: null,
      });
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
