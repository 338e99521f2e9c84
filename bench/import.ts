// Throughput, memory and the API's responsiveness during an experience-data import: a
// Webropol-like survey export (semicolon, Windows-1252) through the real path — upload + preview
// over HTTP to the API, commit (202, a job), then the import job run by a worker in a process
// of its own (`--roles=worker`), polled until done — beside its baseline in the same run: the
// same file through the same parser (readCsv) into a bare table of text columns with a bare
// COPY. Rounds are interleaved (A B A B …) and compared by the median of their ratios, so that a
// machine busy in one part of the run weighs on both.
//
//   npm run bench:import -- [--rows=100000] [--rounds=3] [--seed=20260101] [--sample-ms=50]
//
// DATABASE_URL: a temporary database on that server; else an embedded PostgreSQL (bench/database.ts).
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { ImportPreview, ImportStatus } from '@timantti/contracts';
import { from as copyFrom } from 'pg-copy-streams';
import { buildApp } from '../apps/server/src/app.ts';
import { connectDatabase } from '../apps/server/src/db/client.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { jobDefinitions } from '../apps/server/src/jobs/definitions.ts';
import { createSession } from '../apps/server/src/modules/auth/sessions.repo.ts';
import { readCsv } from '../apps/server/src/modules/research/imports/csv/read-csv.ts';
import { MAX_IMPORT_BYTES } from '../apps/server/src/modules/research/imports/respondents.ts';
import { sharedFinnishAnalyzer } from '../apps/server/src/modules/search/voikko.ts';
import { createJobQueue } from '../apps/server/src/platform/jobs/job-queue.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { uploadStore } from '../apps/server/src/platform/storage.ts';
import { temporaryDatabase } from './database.ts';
import { createBenchProject } from './research-project.ts';
import {
  familyCpuSince,
  familyCpuSnapshot,
  fixed,
  freePort,
  onCleanup,
  postmastersUnder,
  requireNode24,
  runBenchmark,
  sleep,
  startNode,
  stopChild,
  summary,
  table,
  waitForOk,
} from './support.ts';
import { SURVEY_COLUMNS, writeSurveyCsv } from './webropol-csv.ts';

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20260101' },
    'sample-ms': { type: 'string', default: '50' },
    // A worker sharing the API's machine may be given a lower CPU priority (nice 0–19).
    'worker-nice': { type: 'string', default: '0' },
  },
});

const integer = (name: string, value: string | undefined, min = 1): number => {
  const n = Number(value?.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => fixed(bytes / 1024 / 1024, 1);

/** Resident memory of a process now, from /proc (0 once it is gone). */
async function rssOf(pid: number): Promise<number> {
  try {
    const statm = await fs.readFile(`/proc/${pid}/statm`, 'utf8');
    return Number(statm.split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

/** The highest RSS of each process, sampled every `intervalMs` until stopped. */
function samplePeaks(pids: number[], intervalMs: number) {
  const peaks = new Map(pids.map((pid) => [pid, 0]));
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      for (const pid of pids) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, await rssOf(pid)));
      await sleep(intervalMs);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return peaks;
    },
  };
}

type Round = {
  ms: number;
  rows: number;
  /** Upload + preview, then commit → done (the job), for the new path. */
  parts?: { uploadMs: number; jobMs: number };
  peakRss: Map<number, number>;
  /** The longest the API process's event loop was held, in ms: all of it, and per part. */
  maxDelayMs: number;
  partDelayMs?: { upload: number; job: number };
  /** How busy the API's event loop was during the job (0–1): low with a high delay is starvation. */
  jobUtilization?: number;
  /** CPU of the worker process (new path) or of this process (baseline), and of PostgreSQL. */
  nodeCpuMs: number;
  postgresCpuMs: number | null;
};

runBenchmark(async () => {
  requireNode24();
  const rows = integer('rows', flags.rows);
  const rounds = integer('rounds', flags.rounds);
  const seed = integer('seed', flags.seed, 0);
  const sampleMs = integer('sample-ms', flags['sample-ms']);
  if (!sharedFinnishAnalyzer()) {
    console.warn('Voikko is not available: evidence is indexed with Snowball alone.');
  }

  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-import-'));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));
  const file = path.join(tmp, 'kysely.csv');
  const survey = await writeSurveyCsv(file, rows, seed);
  if (survey.bytes > MAX_IMPORT_BYTES) {
    throw new Error(
      `${count(survey.bytes)} bytes is over the import limit of ${count(MAX_IMPORT_BYTES)}; use fewer --rows`,
    );
  }

  const url = await temporaryDatabase('import', tmp, logger);
  const postmaster = postmastersUnder(tmp)[0] ?? null;
  const database = connectDatabase(url, logger, 10);
  onCleanup('pool', () => database.pool.end());
  await runMigrations(database.pool);
  const { rows: versionRows } = await database.pool.query<{ server_version: string }>(
    'show server_version',
  );
  const dataDir = path.join(tmp, 'files');

  // The API in this process: it enqueues and answers polls, and runs no job.
  const jobs = createJobQueue({
    url,
    db: database.db,
    logger,
    definitions: jobDefinitions,
    uploads: uploadStore({ dataDir }, 'uploads'),
  });
  await jobs.start();
  onCleanup('job queue', () => jobs.stop());
  const { app } = await buildApp({
    database,
    jobs,
    roles: ['api'],
    config: { trustProxy: false, webDist: '/nonexistent', dataDir },
    ready: async () => true,
    logger: false,
  });
  onCleanup('app', () => app.close());
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  // The worker: the server as `npm start` runs it, with the worker role only.
  const workerPort = await freePort();
  const worker = startNode('worker', ['apps/server/src/main.ts', '--roles=worker'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      TIMANTTI_DATA_DIR: dataDir,
      TIMANTTI_DEMO: 'off',
      HOST: '127.0.0.1',
      PORT: String(workerPort),
      LOG_LEVEL: 'warn',
    },
  });
  onCleanup('worker', () => stopChild(worker));
  const workerNice = integer('worker-nice', flags['worker-nice'], 0);
  if (workerNice > 0) os.setPriority(worker.pid, workerNice);
  await waitForOk(`http://127.0.0.1:${workerPort}/readyz`, { child: worker });

  await database.pool.query(`create table bare_import (
      respondent text, age_band text, area text, answer_1 text, answer_2 text, answered_at text)`);

  const delay = monitorEventLoopDelay({ resolution: 10 });
  // The same, per part of the new path: the upload (whose preview reads the whole file in the
  // API) and the import job (when the API only answers polls).
  const partDelay = monitorEventLoopDelay({ resolution: 10 });
  async function measure(
    pids: number[],
    cpuPid: number,
    work: () => Promise<{
      rows: number;
      parts?: Round['parts'];
      partDelayMs?: Round['partDelayMs'];
    }>,
  ): Promise<Round> {
    const peaks = samplePeaks(pids, sampleMs);
    const postgresBefore = postmaster === null ? null : familyCpuSnapshot(postmaster);
    const cpuBefore = familyCpuSnapshot(cpuPid);
    delay.reset();
    delay.enable();
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    delay.disable();
    return {
      ms,
      ...result,
      peakRss: await peaks.stop(),
      maxDelayMs: delay.max / 1e6,
      nodeCpuMs: familyCpuSince(cpuPid, cpuBefore),
      postgresCpuMs:
        postmaster === null || postgresBefore === null
          ? null
          : familyCpuSince(postmaster, postgresBefore),
    };
  }

  // A: upload + preview, commit (202), poll until the job reports done.
  async function newPath(round: number): Promise<Round> {
    const project = await createBenchProject(database.db, `Asiakaskysely ${round}`);
    const session = await createSession(database.db, {
      userId: project.userId,
      userAgent: 'timantti-bench',
    });
    const headers = {
      cookie: `timantti_session=${session.token}`,
      'x-csrf-token': session.csrfToken,
    };
    const base = `${address}/api/v1/projects/${project.projectId}/imports`;
    const measured = await measure([process.pid, worker.pid], worker.pid, async () => {
      const started = performance.now();
      partDelay.reset();
      partDelay.enable();
      const uploaded = await fetch(base, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
        duplex: 'half',
      });
      const body = await uploaded.text();
      if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${body}`);
      const preview = JSON.parse(body) as ImportPreview;
      const uploadMs = performance.now() - started;
      const uploadDelayMs = partDelay.max / 1e6;
      partDelay.reset();
      const utilization = performance.eventLoopUtilization();
      const commit = await fetch(`${base}/${preview.id}/commit`, {
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
      if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
      await commit.arrayBuffer();
      let status: ImportStatus;
      for (;;) {
        status = (await (await fetch(`${base}/${preview.id}`, { headers })).json()) as ImportStatus;
        if (status.state !== 'queued' && status.state !== 'running') break;
        await sleep(50);
        if (worker.hasExited()) throw new Error(`the worker exited:\n${worker.output()}`);
      }
      if (status.state !== 'done' || !status.result)
        throw new Error(`import ${status.state}: ${status.problem?.title ?? ''}`);
      if (status.result.participants !== rows || status.result.evidence !== survey.answers)
        throw new Error(`imported ${JSON.stringify(status.result)}`);
      partDelay.disable();
      return {
        rows: status.result.participants,
        parts: { uploadMs, jobMs: performance.now() - started - uploadMs },
        partDelayMs: { upload: uploadDelayMs, job: partDelay.max / 1e6 },
        jobUtilization: performance.eventLoopUtilization(utilization).utilization,
      };
    });
    const { rows: stored } = await database.pool.query<{ p: number; e: number; c: number }>(
      `select (select count(*)::int from participants where project_id = $1) as p,
              (select count(*)::int from evidence where project_id = $1) as e,
              (select count(*)::int from consents c join participants p on p.id = c.participant_id
                where p.project_id = $1) as c`,
      [project.projectId],
    );
    if (stored[0]?.p !== rows || stored[0].c !== rows || stored[0].e !== survey.answers)
      throw new Error(`stored rows differ: ${JSON.stringify(stored[0])}`);
    return measured;
  }

  // B: the same parser feeding a bare COPY into a bare table, in one transaction.
  async function bareCopy(): Promise<Round> {
    await database.pool.query('truncate bare_import');
    return measure([process.pid], process.pid, async () => {
      const client = await database.pool.connect();
      try {
        await client.query('begin');
        const reader = await readCsv(createReadStream(file), { maxBytes: MAX_IMPORT_BYTES });
        let n = 0;
        const escape = (value: string) =>
          value.replace(/[\\\t\n\r]/g, (c) =>
            c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
          );
        async function* lines() {
          let chunk = '';
          for await (const row of reader.rows) {
            n++;
            chunk += row.values.map(escape).join('\t') + '\n';
            if (chunk.length >= 256 * 1024) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        }
        await pipeline(
          Readable.from(lines()),
          client.query(copyFrom('copy bare_import from stdin')),
        );
        await client.query('commit');
        return { rows: n };
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    });
  }

  // A control for the API's event-loop delay: the same polling for as long, with no import
  // running anywhere. What it shows is the machine (other processes taking the CPUs), not us.
  async function idleApi(ms: number): Promise<number> {
    const project = await createBenchProject(database.db, 'Tyhjä');
    const session = await createSession(database.db, {
      userId: project.userId,
      userAgent: 'timantti-bench',
    });
    const headers = { cookie: `timantti_session=${session.token}` };
    delay.reset();
    delay.enable();
    const until = performance.now() + ms;
    while (performance.now() < until) {
      await (
        await fetch(`${address}/api/v1/projects/${project.projectId}/imports`, { headers })
      ).arrayBuffer();
      await sleep(50);
    }
    delay.disable();
    return delay.max / 1e6;
  }

  const a: Round[] = [];
  const b: Round[] = [];
  const idle: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    a.push(await newPath(round));
    b.push(await bareCopy());
    idle.push(await idleApi(Math.min(20_000, a[a.length - 1]?.ms ?? 0)));
    console.error(`round ${round}/${rounds} done`);
  }

  const rate = (r: Round) => r.rows / (r.ms / 1000);
  const ratios = a.map((r, i) => rate(r) / rate(b[i] as Round));
  const med = (values: number[]) => summary(values).median;
  const peak = (r: Round, pid: number) => r.peakRss.get(pid) ?? 0;
  console.log(
    [
      '',
      `import: ${count(rows)} survey rows, ${count(survey.answers)} non-empty answers, ` +
        `${mib(survey.bytes)} MiB Windows-1252 ';' CSV; ${rounds} interleaved rounds (A B …), medians`,
      `  Node ${process.versions.node}, PostgreSQL ${versionRows[0]?.server_version ?? '?'} ` +
        `(${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded'}), ${os.cpus().length} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'}`,
      `  A = new path: API (this process, --roles=api equivalent) + worker (child, --roles=worker, nice ${flags['worker-nice']}),`,
      `      time from the upload's first byte until the job reports done (upload + preview, commit, COPY, inserts, indexing)`,
      `  B = same parser (readCsv) + bare COPY into a bare table of text columns, in this process`,
      '',
    ].join('\n'),
  );
  console.log(
    table(
      [
        'path',
        'time s',
        'rows/s',
        'API max event-loop delay ms',
        'peak RSS API MiB',
        'peak RSS worker MiB',
        'Node CPU s',
        'PG CPU s',
      ],
      [
        [
          'A upload + commit → job done',
          fixed(med(a.map((r) => r.ms)) / 1000),
          count(med(a.map(rate))),
          fixed(med(a.map((r) => r.maxDelayMs)), 0) +
            ` (max ${fixed(Math.max(...a.map((r) => r.maxDelayMs)), 0)})`,
          mib(med(a.map((r) => peak(r, process.pid)))),
          mib(med(a.map((r) => peak(r, worker.pid)))),
          fixed(med(a.map((r) => r.nodeCpuMs)) / 1000),
          a[0]?.postgresCpuMs === null
            ? '–'
            : fixed(med(a.map((r) => r.postgresCpuMs ?? 0)) / 1000),
        ],
        [
          'B readCsv + bare COPY',
          fixed(med(b.map((r) => r.ms)) / 1000),
          count(med(b.map(rate))),
          fixed(med(b.map((r) => r.maxDelayMs)), 0),
          mib(med(b.map((r) => peak(r, process.pid)))),
          '–',
          fixed(med(b.map((r) => r.nodeCpuMs)) / 1000),
          b[0]?.postgresCpuMs === null
            ? '–'
            : fixed(med(b.map((r) => r.postgresCpuMs ?? 0)) / 1000),
        ],
      ],
    ),
  );
  console.log(
    `\nA's parts (median): upload + preview ${fixed(med(a.map((r) => r.parts?.uploadMs ?? 0)) / 1000)} s, ` +
      `commit → done ${fixed(med(a.map((r) => r.parts?.jobMs ?? 0)) / 1000)} s; ` +
      `API max event-loop delay during upload + preview ${fixed(med(a.map((r) => r.partDelayMs?.upload ?? 0)), 0)} ms, ` +
      `during the job ${fixed(med(a.map((r) => r.partDelayMs?.job ?? 0)), 0)} ms (max ${fixed(Math.max(...a.map((r) => r.partDelayMs?.job ?? 0)), 0)}), ` +
      `the API's event loop busy ${fixed(100 * med(a.map((r) => r.jobUtilization ?? 0)), 1)} % of the job's time` +
      `\ncontrol: the API polled the same way with no import running, for as long (≤ 20 s): max event-loop delay ${fixed(med(idle), 0)} ms (rounds: ${idle.map((n) => fixed(n, 0)).join(', ')})` +
      `\nload average at the end: ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} (other work on this machine slows every figure)` +
      `\nA/B rows/s, median of the rounds' ratios: ${fixed(med(ratios), 3)} ` +
      `(rounds: ${ratios.map((r) => fixed(r, 3)).join(', ')})` +
      `\ngoals: A ≥ 10,000 rows/s — ${med(a.map(rate)) >= 10_000 ? 'met' : 'NOT met'}; ` +
      `API event-loop delay ≤ 50 ms — ${Math.max(...a.map((r) => r.maxDelayMs)) <= 50 ? 'met in every round' : 'NOT met in every round'}\n`,
  );
});
