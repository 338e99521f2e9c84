// How long `node apps/server/src/main.ts` takes from launch to its first 200 from GET /readyz
// with the embedded PostgreSQL and demo data: (a) on an empty data directory (initdb,
// migrations, demo seed) and (b) again on the same directory. Baselines measured in the same
// run: Node's own start-up (`node -e 0`) and the embedded PostgreSQL alone (startEmbeddedDatabase
// on an empty and on a reused directory).
//
//   npm run bench:cold-start -- [--runs 3] [--timeout 120]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import {
  fixed,
  freePort,
  nodeBin,
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

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '120' },
  },
});

const logger = createLogger('warn');
const leftovers: string[] = [];

/** A fresh directory the `postgres` system user can enter (we may run as root). */
async function freshDataDir(label: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `timantti-bench-${label}-`));
  await fs.chmod(dir, 0o755);
  onCleanup(`data directory ${dir}`, async () => {
    await killPostgresUnder(dir, 'cleanup');
    await fs.rm(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Stops (and records) any PostgreSQL still running on `dir`; there should be none. */
async function killPostgresUnder(dir: string, when: string): Promise<void> {
  const pids = postmastersUnder(dir);
  if (pids.length === 0) return;
  leftovers.push(`${when}: postgres pid ${pids.join(', ')} still running on ${dir}`);
  for (const pid of pids) process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && postmastersUnder(dir).length > 0; i++) await sleep(50);
  for (const pid of postmastersUnder(dir)) process.kill(pid, 'SIGKILL');
}

/** Launch → first 200 from /readyz (polled every 25 ms) → SIGTERM → exit. */
async function timeServerStart(dataDir: string, timeoutMs: number) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TIMANTTI_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    TIMANTTI_DEMO: 'on',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = startNode('timantti', ['apps/server/src/main.ts'], { env });
  onCleanup(`server pid ${child.pid}`, () => stopChild(child));
  await waitForOk(`http://127.0.0.1:${port}/readyz`, { child, intervalMs: 25, timeoutMs });
  const readyMs = performance.now() - started;

  const stopping = performance.now();
  await stopChild(child, 15_000);
  const stopMs = performance.now() - stopping;
  const { code, signal } = await child.exited;
  if (code !== 0)
    leftovers.push(`server exited with ${signal ?? `code ${code}`} on SIGTERM:\n${child.output()}`);
  await killPostgresUnder(dataDir, 'after the server exited');
  return { readyMs, stopMs };
}

async function timeNodeStartup(): Promise<number> {
  const started = performance.now();
  const child = startNode('node -e 0', ['-e', '0'], { env: process.env });
  await child.exited;
  return performance.now() - started;
}

async function timeEmbeddedStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const database = await startEmbeddedDatabase({ dataDir, logger });
  const ms = performance.now() - started;
  await database.stop();
  await killPostgresUnder(dataDir, 'after startEmbeddedDatabase().stop()');
  return ms;
}

runBenchmark(async () => {
  requireNode24();
  const runs = Number(flags.runs);
  const timeoutMs = Number(flags.timeout) * 1000;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (!(timeoutMs > 0)) throw new Error('--timeout must be a positive number of seconds');

  const figures = {
    node: [] as number[],
    pgEmpty: [] as number[],
    pgReused: [] as number[],
    first: [] as number[],
    second: [] as number[],
    stopFirst: [] as number[],
    stopSecond: [] as number[],
  };

  // Warm the file cache (Node, the PostgreSQL binaries, our sources) so run 1 is like the rest.
  await timeNodeStartup();
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`run ${run}/${runs}…\n`);
    figures.node.push(await timeNodeStartup());

    const pgDir = await freshDataDir('pg');
    figures.pgEmpty.push(await timeEmbeddedStart(pgDir));
    figures.pgReused.push(await timeEmbeddedStart(pgDir));

    const dataDir = await freshDataDir('cold');
    const first = await timeServerStart(dataDir, timeoutMs);
    figures.first.push(first.readyMs);
    figures.stopFirst.push(first.stopMs);
    const second = await timeServerStart(dataDir, timeoutMs);
    figures.second.push(second.readyMs);
    figures.stopSecond.push(second.stopMs);
  }

  const row = (label: string, values: number[]) => {
    const { min, median, max } = summary(values);
    return [label, fixed(min, 0), fixed(median, 0), fixed(max, 0)];
  };
  console.log(
    [
      '',
      `cold-start: launch → first 200 from GET /readyz (polled every 25 ms), ${runs} run(s)`,
      `  Node ${process.versions.node} (${nodeBin}), ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
      '',
      table(
        ['', 'min ms', 'median ms', 'max ms'],
        [
          row('(a) first start: empty data dir (initdb + migrations + demo seed)', figures.first),
          row('(b) second start: same data dir', figures.second),
          row('baseline: node -e 0', figures.node),
          row('baseline: startEmbeddedDatabase, empty dir (initdb + start)', figures.pgEmpty),
          row('baseline: startEmbeddedDatabase, reused dir', figures.pgReused),
          row('SIGTERM → exit after (a)', figures.stopFirst),
          row('SIGTERM → exit after (b)', figures.stopSecond),
        ],
      ),
      '',
    ].join('\n'),
  );
  if (leftovers.length > 0) {
    throw new Error(`processes were left behind or exited badly:\n  ${leftovers.join('\n  ')}`);
  }
  console.log('No PostgreSQL process was left behind; every server exited 0 on SIGTERM.');
});
