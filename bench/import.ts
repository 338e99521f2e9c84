// Throughput and memory of the experience-data import: a Webropol-like survey export (semicolon,
// Windows-1252) streamed through the real HTTP routes — upload + preview, then commit — of the
// app built with buildApp and listening on a local port, against an embedded PostgreSQL. The
// baselines in the same run: the same file through readCsv alone, and readCsv feeding plain
// multi-row INSERTs into a bare table.
//
//   npm run bench:import -- [--rows=100000] [--seed=20260101] [--sample-ms=50]
import { jobDefinitions } from '../apps/server/src/jobs/definitions.ts';
import { createJobQueue } from '../apps/server/src/platform/jobs/job-queue.ts';
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { ImportPreview, ImportResult } from '@timantti/contracts';
import { buildApp } from '../apps/server/src/app.ts';
import { connectDatabase } from '../apps/server/src/db/client.ts';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { createSession } from '../apps/server/src/modules/auth/sessions.repo.ts';
import { MAX_IMPORT_BYTES } from '../apps/server/src/modules/research/imports/respondents.ts';
import { readCsv } from '../apps/server/src/modules/research/imports/csv/read-csv.ts';
import { sharedFinnishAnalyzer } from '../apps/server/src/modules/search/voikko.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { uploadStore } from '../apps/server/src/platform/storage.ts';
import { createBenchProject } from './research-project.ts';
import {
  familyCpuSince,
  familyCpuSnapshot,
  fixed,
  onCleanup,
  postmastersUnder,
  requireNode24,
  runBenchmark,
  table,
} from './support.ts';
import { SURVEY_COLUMNS, writeSurveyCsv } from './webropol-csv.ts';

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20260101' },
    'sample-ms': { type: 'string', default: '50' },
  },
});

const integer = (name: string, value: string | undefined, min = 1): number => {
  const n = Number(value?.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const count = (n: number) => n.toLocaleString('en-US');
const mib = (bytes: number) => fixed(bytes / 1024 / 1024, 1);
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

// A full collection between phases, so that one phase's garbage is not the next one's peak.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

type MemoryPeak = {
  startRss: number;
  startHeap: number;
  peakRss: number;
  peakHeap: number;
  /** Every sample's heapUsed, to tell growth (rising floors) from garbage waiting for a GC. */
  heap: number[];
  /** The longest time between two samples: the event loop was blocked at least this long. */
  maxGapMs: number;
  /** heapUsed after a full GC once the phase is over, minus the start (also after a full GC). */
  retainedHeap: number;
};

/** The lowest heapUsed in a quarter of the samples: what is live there, roughly. */
const heapFloor = (heap: readonly number[], quarter: 'first' | 'last') => {
  const size = Math.max(1, Math.floor(heap.length / 4));
  return Math.min(...(quarter === 'first' ? heap.slice(0, size) : heap.slice(-size)));
};

/** Samples process.memoryUsage() every `intervalMs` until stopped. */
function sampleMemory(intervalMs: number): { stop: () => MemoryPeak } {
  const first = process.memoryUsage();
  const peak: MemoryPeak = {
    startRss: first.rss,
    startHeap: first.heapUsed,
    peakRss: first.rss,
    peakHeap: first.heapUsed,
    heap: [first.heapUsed],
    maxGapMs: 0,
    retainedHeap: 0,
  };
  let last = performance.now();
  const sample = () => {
    const now = performance.now();
    peak.maxGapMs = Math.max(peak.maxGapMs, now - last);
    last = now;
    const usage = process.memoryUsage();
    peak.peakRss = Math.max(peak.peakRss, usage.rss);
    peak.peakHeap = Math.max(peak.peakHeap, usage.heapUsed);
    peak.heap.push(usage.heapUsed);
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

type Phase = {
  name: string;
  ms: number;
  rows: number;
  evidence: number | null;
  memory: MemoryPeak;
  nodeCpuMs: number;
  postgresCpuMs: number | null;
};

async function measure(
  name: string,
  options: { sampleMs: number; postmaster: number | null },
  work: () => Promise<{ rows: number; evidence: number | null }>,
): Promise<Phase> {
  collectGarbage();
  const sampler = sampleMemory(options.sampleMs);
  const cpuBefore = process.cpuUsage();
  const postgresBefore = options.postmaster === null ? null : familyCpuSnapshot(options.postmaster);
  const started = performance.now();
  let result: { rows: number; evidence: number | null };
  try {
    result = await work();
  } catch (error) {
    sampler.stop();
    throw error;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const memory = sampler.stop();
  collectGarbage();
  memory.retainedHeap = process.memoryUsage().heapUsed - memory.startHeap;
  return {
    name,
    ms,
    ...result,
    memory,
    nodeCpuMs: (cpu.user + cpu.system) / 1000,
    postgresCpuMs:
      options.postmaster === null || postgresBefore === null
        ? null
        : familyCpuSince(options.postmaster, postgresBefore),
  };
}

runBenchmark(async () => {
  requireNode24();
  const rows = integer('rows', flags.rows);
  const seed = integer('seed', flags.seed, 0);
  const sampleMs = integer('sample-ms', flags['sample-ms']);
  if (!sharedFinnishAnalyzer()) {
    console.warn('Voikko is not available: evidence is indexed with Snowball alone.');
  }

  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-import-'));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));
  // PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
  await fs.chmod(tmp, 0o755);

  // The file first, before anything else takes memory or CPU.
  const file = path.join(tmp, 'kysely.csv');
  const writeStarted = performance.now();
  const survey = await writeSurveyCsv(file, rows, seed);
  const writeMs = performance.now() - writeStarted;
  if (survey.bytes > MAX_IMPORT_BYTES) {
    throw new Error(
      `${count(survey.bytes)} bytes is over the import limit of ${count(MAX_IMPORT_BYTES)}; use fewer --rows`,
    );
  }

  const embedded = await startEmbeddedDatabase({
    dataDir: path.join(tmp, 'db'),
    logger,
    persistent: false,
  });
  onCleanup('embedded PostgreSQL', async () => {
    await embedded.stop();
    for (const pid of postmastersUnder(tmp)) process.kill(pid, 'SIGKILL');
  });
  const postmaster = postmastersUnder(tmp)[0] ?? null;
  const database = connectDatabase(embedded.url, logger, 10);
  onCleanup('pool', () => database.pool.end());
  await runMigrations(database.pool);
  const project = await createBenchProject(database.db, 'Asiakaskysely 2026');
  const session = await createSession(database.db, {
    userId: project.userId,
    userAgent: 'timantti-bench',
  });
  const { rows: versionRows } = await database.pool.query<{ server_version: string }>(
    'show server_version',
  );

  const { app } = await buildApp({
    database,
    // Imports run in the request today; nothing here enqueues.
    jobs: createJobQueue({
      url: embedded.url,
      db: database.db,
      logger,
      definitions: jobDefinitions,
      uploads: uploadStore({ dataDir: path.join(tmp, 'files') }, 'uploads'),
    }),
    config: { trustProxy: false, webDist: '/nonexistent', dataDir: path.join(tmp, 'files') },
    ready: async () => true,
    logger: false,
  });
  onCleanup('app', () => app.close());
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const headers = {
    cookie: `timantti_session=${session.token}`,
    'x-csrf-token': session.csrfToken,
  };
  const options = { sampleMs, postmaster };
  const phases: Phase[] = [];

  // Baseline 1: readCsv alone — detection, decoding, parsing, field counts.
  phases.push(
    await measure('readCsv alone', options, async () => {
      const reader = await readCsv(createReadStream(file), { maxBytes: MAX_IMPORT_BYTES });
      let n = 0;
      for await (const row of reader.rows) if (row.values.length > 0) n++;
      if (n !== rows) throw new Error(`readCsv read ${n} rows, expected ${rows}`);
      return { rows: n, evidence: null };
    }),
  );

  // Baseline 2: readCsv feeding multi-row INSERTs of 500 rows (commitImport's batch) into a
  // bare table of text columns, in one transaction: no validation, vectors or other rows.
  await database.pool.query(`create table bare_import (
      respondent text, age_band text, area text, answer_1 text, answer_2 text, answered_at text)`);
  phases.push(
    await measure('readCsv + bare multi-row INSERT', options, async () => {
      const client = await database.pool.connect();
      try {
        await client.query('begin');
        const reader = await readCsv(createReadStream(file), { maxBytes: MAX_IMPORT_BYTES });
        const columns = reader.header.length;
        let batch: string[] = [];
        let n = 0;
        const flush = async () => {
          if (batch.length === 0) return;
          const tuples: string[] = [];
          for (let r = 0; r < batch.length / columns; r++) {
            tuples.push(
              `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`,
            );
          }
          await client.query(`insert into bare_import values ${tuples.join(', ')}`, batch);
          batch = [];
        };
        for await (const row of reader.rows) {
          batch.push(...row.values);
          n++;
          if (n % 500 === 0) await flush();
        }
        await flush();
        await client.query('commit');
        return { rows: n, evidence: null };
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    }),
  );

  // The real path: the file streamed as the request body, then the commit.
  const base = `${address}/api/v1/projects/${project.projectId}/imports`;
  const voikkoBefore = sharedFinnishAnalyzer()?.stats();
  let preview: ImportPreview | undefined;
  const upload = await measure('HTTP upload + preview', options, async () => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
      duplex: 'half',
    });
    const body = await response.text();
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${body}`);
    preview = JSON.parse(body) as ImportPreview;
    return { rows, evidence: null };
  });
  if (!preview) throw new Error('no preview');
  const previewed = preview;
  if (previewed.encoding !== 'windows-1252' || previewed.delimiter !== ';') {
    throw new Error(`preview detected ${previewed.encoding} and "${previewed.delimiter}"`);
  }
  let result: ImportResult | undefined;
  const commit = await measure('HTTP commit', options, async () => {
    const response = await fetch(`${base}/${previewed.id}/commit`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        columns: SURVEY_COLUMNS,
        session: { title: 'Asiakaskysely marraskuu 2026', heldOn: '2026-11-30' },
        participantKind: 'customer',
        language: 'fi',
        consent: {
          purpose: 'Kyselyn vastausten käyttö palvelujen kehittämiseen',
          givenOn: '2026-11-01',
          method: 'electronic',
        },
      }),
    });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`commit: ${response.status} ${body}`);
    result = JSON.parse(body) as ImportResult;
    return { rows: result.participants, evidence: result.evidence };
  });
  const voikkoAfter = sharedFinnishAnalyzer()?.stats();
  if (!result) throw new Error('no import result');
  if (result.participants !== rows || result.evidence !== survey.answers) {
    throw new Error(
      `imported ${result.participants} participants and ${result.evidence} evidence, expected ${rows} and ${survey.answers}`,
    );
  }
  const { rows: countRows } = await database.pool.query<{
    participants: number;
    consents: number;
    evidence: number;
  }>(
    `select (select count(*)::int from participants where project_id = $1) as participants,
            (select count(*)::int from consents c join participants p on p.id = c.participant_id
              where p.project_id = $1) as consents,
            (select count(*)::int from evidence where project_id = $1) as evidence`,
    [project.projectId],
  );
  const stored = countRows[0];
  if (
    stored?.participants !== rows ||
    stored.consents !== rows ||
    stored.evidence !== survey.answers
  ) {
    throw new Error(`stored rows differ from the result: ${JSON.stringify(stored)}`);
  }
  phases.push(upload, commit, {
    name: 'upload + commit',
    ms: upload.ms + commit.ms,
    rows,
    evidence: commit.evidence,
    memory: {
      startRss: upload.memory.startRss,
      startHeap: upload.memory.startHeap,
      peakRss: Math.max(upload.memory.peakRss, commit.memory.peakRss),
      peakHeap: Math.max(upload.memory.peakHeap, commit.memory.peakHeap),
      heap: [...upload.memory.heap, ...commit.memory.heap],
      maxGapMs: Math.max(upload.memory.maxGapMs, commit.memory.maxGapMs),
      retainedHeap: upload.memory.retainedHeap + commit.memory.retainedHeap,
    },
    nodeCpuMs: upload.nodeCpuMs + commit.nodeCpuMs,
    postgresCpuMs:
      upload.postgresCpuMs === null || commit.postgresCpuMs === null
        ? null
        : upload.postgresCpuMs + commit.postgresCpuMs,
  });

  console.log(
    [
      '',
      `import: ${count(rows)} survey rows, ${count(survey.answers)} non-empty answers, ` +
        `${mib(survey.bytes)} MiB Windows-1252 ';' CSV (written in ${fixed(writeMs / 1000, 1)} s)`,
      `  Node ${process.versions.node}, embedded PostgreSQL ${versionRows[0]?.server_version ?? '?'}, ` +
        `${os.cpus().length} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'}, load average ${loadAverage()}`,
      `  memory sampled every ${sampleMs} ms (this process: the server and the client streaming the file); ` +
        `Δ = peak − value at the start of the phase, after a full GC`,
      '',
    ].join('\n'),
  );
  console.log(
    table(
      [
        'phase',
        'time s',
        'rows/s',
        'evidence/s',
        'peak RSS MiB',
        'Δ RSS',
        'peak heap MiB',
        'Δ heap',
        'Node CPU s',
        'PG CPU s',
      ],
      phases.map((phase) => [
        phase.name,
        fixed(phase.ms / 1000),
        count(Math.round(phase.rows / (phase.ms / 1000))),
        phase.evidence === null ? '–' : count(Math.round(phase.evidence / (phase.ms / 1000))),
        mib(phase.memory.peakRss),
        mib(phase.memory.peakRss - phase.memory.startRss),
        mib(phase.memory.peakHeap),
        mib(phase.memory.peakHeap - phase.memory.startHeap),
        fixed(phase.nodeCpuMs / 1000),
        phase.postgresCpuMs === null ? '–' : fixed(phase.postgresCpuMs / 1000),
      ]),
    ),
  );
  console.log(
    `\n${table(
      [
        'memory detail',
        'samples',
        'max gap ms',
        'heap floor, first ¼ MiB',
        'heap floor, last ¼ MiB',
        'heap retained after GC MiB',
      ],
      phases.map((phase) => [
        phase.name,
        count(phase.memory.heap.length),
        fixed(phase.memory.maxGapMs, 0),
        mib(heapFloor(phase.memory.heap, 'first')),
        mib(heapFloor(phase.memory.heap, 'last')),
        mib(phase.memory.retainedHeap),
      ]),
    )}`,
  );
  if (voikkoBefore && voikkoAfter) {
    console.log(
      `\nVoikko during upload + commit: ${count(voikkoAfter.cacheMisses - voikkoBefore.cacheMisses)} words analysed ` +
        `(${fixed((voikkoAfter.nativeMicroseconds - voikkoBefore.nativeMicroseconds) / 1e6)} s in libvoikko), ` +
        `${count(voikkoAfter.cacheHits - voikkoBefore.cacheHits)} cache hits`,
    );
  }
  console.log(
    `stored: ${count(stored.participants)} participants, ${count(stored.consents)} consents, ${count(stored.evidence)} evidence\n`,
  );
});
