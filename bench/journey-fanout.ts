// Fan-out latency of a cell edit on a service journey map of 20 stages × 12 lanes, every cell
// written, to 50 clients: our full app (authenticated Hocuspocus at /collab, persistence with
// derived stages, lanes, cells with search vectors, and citations) beside a bare Hocuspocus
// and the y-websocket project's bare server holding the same map, measured in the same run.
// Also what one store of the map costs.
//
//   npm run bench:journey -- [--clients 50] [--edits 200] [--interval 20] [--stages 20]
//                            [--lanes 12] [--no-pin]
//
// DATABASE_URL: use that PostgreSQL instead of a temporary embedded one (seeded rows are removed).
import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  addLane,
  addStage,
  cellKey,
  journeyDocumentName,
  laneTypes,
  readJourney,
  setCellText,
} from '@timantti/contracts';
import * as Y from 'yjs';
import { createJourney } from '../apps/server/src/modules/journeys/commands/create-journey.ts';
import { findJourneyState } from '../apps/server/src/modules/journeys/journeys.repo.ts';
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
import { journeyStorage } from '../apps/server/src/modules/journeys/journey-storage.ts';

const { values: flags } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    edits: { type: 'string', default: '200' },
    interval: { type: 'string', default: '20' },
    stages: { type: 'string', default: '20' },
    lanes: { type: 'string', default: '12' },
    'no-pin': { type: 'boolean', default: false },
  },
});
const clientCounts = (flags.clients ?? '').split(',').map(Number);
const edits = Number(flags.edits);
const intervalMs = Number(flags.interval);
const stageCount = Number(flags.stages);
const laneCount = Number(flags.lanes);

/** Grows a blank map to the asked size and writes a sentence into every cell. */
function fillMap(doc: Y.Doc) {
  let map = readJourney(doc);
  for (let s = map.stages.length; s < stageCount; s++) addStage(doc, `Vaihe ${s + 1}`);
  for (let l = map.lanes.length; l < laneCount; l++)
    addLane(doc, { title: `Kaista ${l + 1}`, type: laneTypes[l % laneTypes.length] ?? 'channels' });
  map = readJourney(doc);
  doc.transact(() => {
    for (const [l, lane] of map.lanes.entries())
      for (const [s, stage] of map.stages.entries())
        setCellText(
          doc,
          lane.id,
          stage.id,
          `Vaihe ${s + 1}, kaista ${l + 1}: asiakas etsii tietoa verkosta ja soittaa palvelupisteeseen`,
        );
  });
  return map;
}

type Run = { label: string; clients: number; latencies: number[]; missing: number };

/**
 * One run: a writer rewrites one cell in the middle of the map `edits` times ("Muokkaus <n>");
 * every reader notes when each edit arrives. Edits merged into one update by the server count
 * as arrived together.
 */
async function fanOut(
  label: string,
  readerCount: number,
  cell: { laneId: string; stageId: string },
  connectWriter: () => Promise<Client>,
  connectReader: (index: number) => Promise<Client>,
  count = edits,
): Promise<Run> {
  const writer = await connectWriter();
  const readers: Client[] = [];
  for (let i = 0; i < readerCount; i += 25) {
    readers.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(25, readerCount - i) }, (_, j) => connectReader(i + j)),
      )),
    );
  }
  const key = cellKey(cell.laneId, cell.stageId);
  const textOf = (client: Client) =>
    client.doc.getMap<Y.Map<unknown>>('cells').get(key)?.get('text') as Y.Text | undefined;
  await until(
    () => readers.every((r) => textOf(r) !== undefined && readJourney(r.doc).stages.length > 0),
    'every reader to have the map',
  );
  const sent: number[] = [];
  const latencies: number[] = [];
  const seen = readers.map(() => -1);
  const warmup = 20;
  readers.forEach((reader, index) => {
    textOf(reader)?.observe(() => {
      const match = /^Muokkaus (\d+)$/.exec(textOf(reader)?.toString() ?? '');
      const seq = match ? Number(match[1]) : -1;
      const previous = seen[index] ?? -1;
      if (seq <= previous) return;
      const now = performance.now();
      for (let n = previous + 1; n <= seq; n++) {
        const at = sent[n];
        if (at !== undefined && n >= warmup) latencies.push(now - at);
      }
      seen[index] = seq;
    });
  });
  for (let seq = 0; seq < warmup + count; seq++) {
    sent[seq] = performance.now();
    setCellText(writer.doc, cell.laneId, cell.stageId, `Muokkaus ${seq}`);
    await sleep(intervalMs);
  }
  const last = warmup + count - 1;
  await until(() => seen.every((x) => x === last), 'the last edit to arrive', 15_000).catch(
    () => undefined,
  );
  const missing = readers.length * count - latencies.length;
  for (const client of [writer, ...readers]) client.close();
  return { label, clients: readerCount, latencies: latencies.sort((a, b) => a - b), missing };
}

runBenchmark(async () => {
  requireNode24();
  process.setMaxListeners(0);
  const pin = !flags['no-pin'] && canPin([0, 1]);
  if (!flags['no-pin'] && !pin) console.warn('taskset or 2 CPUs missing: running unpinned.');
  if (pin) pinProcess(process.pid, '1');

  const { database, databaseUrl, adminId, projectId, cookie } = await benchWorkspace('journey');
  const journeyId = await createJourney(database.db, {
    actorUserId: adminId,
    projectId,
    title: 'Penkkipolku',
    kind: 'as_is',
    personaId: null,
    language: 'fi',
    start: { template: 'blank' },
  });
  const stored = await findJourneyState(database.db, journeyId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored?.state ?? new Uint8Array());
  const map = fillMap(doc);

  // What one store of the map costs (merge, 240 cells' search vectors, derived rows).
  const storeTimes: number[] = [];
  for (let i = 0; i < 12; i++) {
    const [lane, stage] = [map.lanes[i % map.lanes.length], map.stages[i % map.stages.length]];
    if (lane && stage) setCellText(doc, lane.id, stage.id, `Tallennus ${i}`);
    const started = performance.now();
    await storeLiveDocument(journeyStorage, database.db, {
      id: journeyId,
      document: doc,
      mergeOrigin: null,
    });
    if (i >= 2) storeTimes.push(performance.now() - started);
  }
  storeTimes.sort((a, b) => a - b);
  const state = Y.encodeStateAsUpdate(doc);
  const middle = {
    laneId: map.lanes[Math.floor(map.lanes.length / 2)]?.id ?? '',
    stageId: map.stages[Math.floor(map.stages.length / 2)]?.id ?? '',
  };

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    TIMANTTI_DEMO: 'off',
  };
  const ours = await startServer('timantti', 'collab-server-child.ts', env, pin);
  const bare = await startServer('y-websocket', 'y-websocket-child.ts', env, pin);
  const bareHocuspocus = await startServer('hocuspocus', 'hocuspocus-child.ts', env, pin);
  const name = journeyDocumentName(journeyId);
  // The bare servers start empty: their writer brings the same map.
  const bareWriter = (room: string) => () => {
    const seeded = new Y.Doc();
    Y.applyUpdate(seeded, state);
    return yWebsocketClient(bare.port, room, seeded);
  };
  const bareHocuspocusClient = (room: string) => () =>
    hocuspocusClient(bareHocuspocus.port, '', room, '/');
  const bareHocuspocusWriter = (room: string) => async () => {
    const writer = await hocuspocusClient(bareHocuspocus.port, '', room, '/');
    Y.applyUpdate(writer.doc, state);
    return writer;
  };

  // Warm-up rounds, not reported.
  await fanOut(
    '',
    10,
    middle,
    () => hocuspocusClient(ours.port, cookie, name),
    () => hocuspocusClient(ours.port, cookie, name),
    100,
  );
  await until(async () => (await memoryOf(ours)).documents === 0, 'the map to unload');
  await fanOut('', 10, middle, bareWriter('warm'), () => yWebsocketClient(bare.port, 'warm'), 100);
  await fanOut('', 10, middle, bareHocuspocusWriter('warm'), bareHocuspocusClient('warm'), 100);

  const runs: Run[] = [];
  for (const n of clientCounts) {
    runs.push(
      await fanOut(
        'timantti (1 instance)',
        n,
        middle,
        () => hocuspocusClient(ours.port, cookie, name),
        () => hocuspocusClient(ours.port, cookie, name),
      ),
    );
    await until(async () => (await memoryOf(ours)).documents === 0, 'the map to unload');
    runs.push(
      await fanOut(
        'bare Hocuspocus',
        n,
        middle,
        bareHocuspocusWriter(`fanout-${n}`),
        bareHocuspocusClient(`fanout-${n}`),
      ),
    );
    runs.push(
      await fanOut('bare y-websocket', n, middle, bareWriter(`fanout-${n}`), () =>
        yWebsocketClient(bare.port, `fanout-${n}`),
      ),
    );
  }

  const load = os.loadavg()[0] ?? 0;
  console.log(
    `\njourney map fan-out — ${os.cpus().length} CPUs, load ${fixed(load)}, ` +
      `${pin ? 'servers on CPU 0, clients on CPU 1' : 'unpinned'}; a map of ` +
      `${map.stages.length} stages × ${map.lanes.length} lanes (${fixed(state.byteLength / 1024, 0)} KiB); ` +
      `${edits} edits of one cell every ${intervalMs} ms after 20 warm-up edits\n`,
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
  console.log(
    `\none store of the map (merge, state, ${map.stages.length * map.lanes.length} cells with ` +
      `search vectors, derived rows; one transaction), 10 stores: median ` +
      `${fixed(percentile(storeTimes, 50))} ms, max ${fixed(storeTimes.at(-1) ?? Number.NaN)} ms`,
  );
});
