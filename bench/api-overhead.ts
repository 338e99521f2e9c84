// What our stack (Fastify 5 + zod validation/serialisation + helmet + Drizzle) costs on an
// authenticated, validated JSON read, measured against bare node:http + pg doing the same work
// (bench/bare-server.ts) in the same run, against the same PostgreSQL and data.
//
//   npm run bench:api -- [--duration 10] [--warmup 2] [--connections 10]
//                        [--projects 200] [--team-projects 40] [--other-projects 100]
//                        [--server-cpu 0] [--client-cpu 1] [--pg-cpu <list>] [--no-pin]
// DATABASE_URL: use that PostgreSQL instead of a temporary embedded one (seeded rows are removed).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { connectDatabase } from '../apps/server/src/db/client.ts';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { seedOrganisation } from './seed.ts';
import {
  canPin,
  cpuTimeMs,
  familyCpuSnapshot,
  familyCpuSince,
  fixed,
  freePort,
  onCleanup,
  percentile,
  pinProcess,
  postmastersUnder,
  requireNode24,
  runBenchmark,
  startNode,
  stopChild,
  table,
  waitForOk,
  type Child,
} from './support.ts';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    projects: { type: 'string', default: '200' },
    'team-projects': { type: 'string', default: '40' },
    'other-projects': { type: 'string', default: '100' },
    'server-cpu': { type: 'string', default: '0' },
    'client-cpu': { type: 'string', default: '1' },
    'pg-cpu': { type: 'string' },
    'no-pin': { type: 'boolean', default: false },
  },
});

const positive = (name: string, value: string | undefined, allowZero = false): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw new Error(`--${name} must be an integer ≥ ${allowZero ? 0 : 1}`);
  return n;
};

type Measurement = {
  server: string;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  serverCpuMs: number;
  postgresCpuMs: number | null;
};

/** One autocannon run; per-response latencies are kept at full resolution (autocannon's own
 * histogram rounds to whole milliseconds). */
async function load(options: {
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
  expectBody: string;
}): Promise<{ latencies: number[]; result: autocannon.Result }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        headers: { cookie: options.cookie, accept: 'application/json' },
        expectBody: options.expectBody,
      },
      (error: unknown, finished: autocannon.Result) =>
        error ? reject(toError(error)) : resolve(finished),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
  const failures = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (failures > 0) {
    throw new Error(
      `${options.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ` +
        `${result.mismatches} bodies differing from the verified one`,
    );
  }
  return { latencies, result };
}

const toError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

async function fetchBody(url: string, cookie: string) {
  const response = await fetch(url, { headers: { cookie, accept: 'application/json' } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `at character ${i}:\n  ours: …${a.slice(from, i + 80)}…\n  bare: …${b.slice(from, i + 80)}…`;
}

runBenchmark(async () => {
  requireNode24();
  const duration = positive('duration', flags.duration);
  const warmup = positive('warmup', flags.warmup, true);
  const connections = positive('connections', flags.connections);
  const serverCpu = positive('server-cpu', flags['server-cpu'], true);
  const clientCpu = positive('client-cpu', flags['client-cpu'], true);
  const pin = !flags['no-pin'] && canPin([serverCpu, clientCpu]);
  if (!flags['no-pin'] && !pin)
    console.warn('taskset or the CPUs asked for are missing: running unpinned.');

  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-api-'));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));

  // The database: DATABASE_URL, or an embedded PostgreSQL in a temporary directory.
  let databaseUrl = process.env.DATABASE_URL;
  let postmaster: number | null = null;
  if (!databaseUrl) {
    // PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
    await fs.chmod(tmp, 0o755);
    const embedded = await startEmbeddedDatabase({ dataDir: tmp, logger, persistent: false });
    onCleanup('embedded PostgreSQL', async () => {
      await embedded.stop();
      for (const pid of postmastersUnder(tmp)) process.kill(pid, 'SIGKILL');
    });
    databaseUrl = embedded.url;
    postmaster = postmastersUnder(tmp)[0] ?? null;
    if (postmaster !== null && flags['pg-cpu'] !== undefined)
      pinProcess(postmaster, flags['pg-cpu']);
  }

  const database = connectDatabase(databaseUrl, logger, 2);
  onCleanup('seeding pool', () => database.pool.end());
  await runMigrations(database.pool);
  const seedStarted = performance.now();
  const seeded = await seedOrganisation(database.db, {
    projects: positive('projects', flags.projects),
    teamProjects: positive('team-projects', flags['team-projects'], true),
    otherOrganisationProjects: positive('other-projects', flags['other-projects'], true),
  });
  if (process.env.DATABASE_URL) onCleanup('seeded rows', seeded.remove);
  await database.pool.query('analyze');
  const seedMs = performance.now() - seedStarted;
  const { rows: versionRows } = await database.pool.query<{ server_version: string }>(
    'show server_version',
  );

  // Both servers, each pinned to the server CPU; only one is under load at a time.
  const [oursPort, barePort] = [await freePort(), await freePort()];
  const cpu = pin ? serverCpu : undefined;
  const children: Child[] = [];
  const start = (name: string, args: string[], port: number) => {
    const child = startNode(name, args, {
      cpu,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        TIMANTTI_DEMO: 'off',
        TIMANTTI_DATA_DIR: path.join(tmp, 'unused-data-dir'),
        LOG_LEVEL: 'warn',
      },
    });
    children.push(child);
    onCleanup(name, () => stopChild(child));
    return child;
  };
  const ours = start('timantti', ['apps/server/src/main.ts'], oursPort);
  const bare = start('bare node:http + pg', ['bench/bare-server.ts'], barePort);
  await Promise.all([
    waitForOk(`http://127.0.0.1:${oursPort}/readyz`, { child: ours }),
    waitForOk(`http://127.0.0.1:${barePort}/readyz`, { child: bare }),
  ]);

  // Same request, same answer — or the comparison means nothing.
  const route = `/api/v1/orgs/${seeded.organisationId}/projects`;
  const cookie = `timantti_session=${seeded.sessionToken}`;
  const [oursAnswer, bareAnswer] = await Promise.all([
    fetchBody(`http://127.0.0.1:${oursPort}${route}`, cookie),
    fetchBody(`http://127.0.0.1:${barePort}${route}`, cookie),
  ]);
  if (oursAnswer.status !== 200 || bareAnswer.status !== 200) {
    throw new Error(
      `expected 200 from both; ours ${oursAnswer.status} ${oursAnswer.body.slice(0, 300)}, bare ${bareAnswer.status} ${bareAnswer.body.slice(0, 300)}`,
    );
  }
  if (oursAnswer.body !== bareAnswer.body) {
    throw new Error(
      `the two servers answered differently ${firstDifference(oursAnswer.body, bareAnswer.body)}`,
    );
  }
  const items = (JSON.parse(oursAnswer.body) as { items: unknown[] }).items.length;
  if (items !== seeded.counts.teamProjects) {
    throw new Error(`expected ${seeded.counts.teamProjects} projects in the list, got ${items}`);
  }

  // The load generator (this process) goes to the other CPU.
  if (pin) pinProcess(process.pid, String(clientCpu));

  console.log(
    [
      '',
      `api-overhead: GET ${route.replace(seeded.organisationId, ':orgId')} (${items} of ${seeded.counts.projects} projects, ` +
        `${Buffer.byteLength(oursAnswer.body)} bytes of JSON, identical from both servers)`,
      `  Node ${process.versions.node}, PostgreSQL ${versionRows[0]?.server_version ?? '?'} ` +
        `(${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded, temporary'}), ${os.cpus().length} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'}, ` +
        `load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}`,
      `  autocannon: ${connections} connections, ${warmup} s warm-up + ${duration} s measured per server; ` +
        (pin
          ? `servers on CPU ${serverCpu}, autocannon on CPU ${clientCpu}, PostgreSQL ${flags['pg-cpu'] !== undefined ? `on CPU ${flags['pg-cpu']}` : 'unpinned'}`
          : 'unpinned'),
      `  seeded ${seeded.counts.users} users, ${seeded.counts.projects} + ${seeded.counts.otherOrganisationProjects} projects in ${(seedMs / 1000).toFixed(1)} s`,
      '',
    ].join('\n'),
  );

  const measurements: Measurement[] = [];
  for (const [child, port] of [
    [ours, oursPort],
    [bare, barePort],
  ] as const) {
    const target = {
      url: `http://127.0.0.1:${port}${route}`,
      cookie,
      connections,
      expectBody: oursAnswer.body,
    };
    if (warmup > 0) await load({ ...target, seconds: warmup });
    const serverCpuBefore = cpuTimeMs(child.pid);
    const postgresCpuBefore = postmaster === null ? null : familyCpuSnapshot(postmaster);
    const { latencies, result } = await load({ ...target, seconds: duration });
    const serverCpuMs = cpuTimeMs(child.pid) - serverCpuBefore;
    const postgresCpuMs =
      postmaster === null || postgresCpuBefore === null
        ? null
        : familyCpuSince(postmaster, postgresCpuBefore);
    latencies.sort((a, b) => a - b);
    measurements.push({
      server: child.name,
      requests: latencies.length,
      seconds: result.duration,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      serverCpuMs,
      postgresCpuMs,
    });
    if (child.hasExited())
      throw new Error(`${child.name} exited during the run:\n${child.output()}`);
  }

  const perSecond = (m: Measurement) => m.requests / m.seconds;
  const microsPerRequest = (ms: number | null, m: Measurement) =>
    ms === null ? '–' : fixed((ms * 1000) / m.requests, 0);
  console.log(
    table(
      ['server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'PostgreSQL CPU µs/req'],
      measurements.map((m) => [
        m.server,
        fixed(perSecond(m), 0),
        fixed(m.p50),
        fixed(m.p99),
        microsPerRequest(m.serverCpuMs, m),
        microsPerRequest(m.postgresCpuMs, m),
      ]),
    ),
  );
  const [oursResult, bareResult] = measurements;
  if (oursResult && bareResult) {
    console.log(
      [
        '',
        `ours/bare  throughput ${fixed(perSecond(oursResult) / perSecond(bareResult))}×` +
          `   p99 ${fixed(oursResult.p99 / bareResult.p99)}×` +
          `   p50 ${fixed(oursResult.p50 / bareResult.p50)}×` +
          `   server CPU per request ${fixed(oursResult.serverCpuMs / oursResult.requests / (bareResult.serverCpuMs / bareResult.requests))}×`,
        '',
      ].join('\n'),
    );
  }
});
