import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { z } from 'zod';
import {
  repoRoot,
  startServer,
  waitUntil,
  type RunningServer,
} from '../../../e2e/support/server.ts';
import { connectDatabase, type Database } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { eq, sql } from 'drizzle-orm';
import { jobs } from '../src/db/schema.ts';
import { jobDefinitions } from '../src/jobs/definitions.ts';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { startThemeSuggestion } from '../src/modules/synthesis/commands/start-theme-suggestion.ts';
import { createProject } from '../src/modules/projects/commands/create-project.ts';
import { defineJob } from '../src/platform/jobs/job-definition.ts';
import { createJobQueue, type JobQueue } from '../src/platform/jobs/job-queue.ts';
import { createLogger } from '../src/platform/logger.ts';
import { LocalUploadStore } from '../src/platform/storage.ts';
import { insertJob, moveJob, updateRunningJob } from '../src/platform/jobs/jobs.repo.ts';
import {
  adminOfNewOrganisation,
  buildOrganisation,
  buildUser,
  call,
  startTestApp,
} from './harness.ts';
import { scratchDatabase } from './scratch-database.ts';

const app = await startTestApp();
// A database of its own: no other test file's worker may take these jobs.
const databaseUrl = await scratchDatabase();
const logger = createLogger('silent');
// None of these jobs reads an upload.
const uploads = new LocalUploadStore(os.tmpdir());
let database: Database;
const servers: RunningServer[] = [];

// What the test handlers did, by job id.
const aborted = new Set<string>();
const attemptsOf = new Map<string, number>();
let flakyFails = true;

const waitForAbort = defineJob({
  name: 'test-wait-for-abort',
  payload: z.object({}),
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 60,
  concurrency: 2,
  async run(_payload, { jobId, signal }) {
    await new Promise<void>((resolve) =>
      signal.addEventListener('abort', () => resolve(), { once: true }),
    );
    aborted.add(jobId);
    throw signal.reason;
  },
});

const flaky = defineJob({
  name: 'test-flaky',
  payload: z.object({ note: z.string() }),
  retryLimit: 1,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 60,
  concurrency: 2,
  batchSize: 4,
  async run(_payload, { jobId }) {
    attemptsOf.set(jobId, (attemptsOf.get(jobId) ?? 0) + 1);
    if (flakyFails) throw new Error('not today');
  },
});

const testDefinitions = [waitForAbort, flaky];
// Two instances: one only enqueues and cancels (an api instance), the other runs jobs.
let api: JobQueue;
let worker: JobQueue;

beforeAll(async () => {
  database = connectDatabase(databaseUrl, logger, 4);
  await runMigrations(database.pool);
  api = createJobQueue({
    url: databaseUrl,
    db: database.db,
    logger,
    definitions: [...jobDefinitions, ...testDefinitions],
    uploads,
  });
  worker = createJobQueue({
    url: databaseUrl,
    db: database.db,
    logger,
    definitions: testDefinitions,
    uploads,
  });
  await api.start();
  await worker.work();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop('SIGKILL')));
  await worker.stop();
  await api.stop();
  await database.pool.end();
});

async function organisationWithAdmin() {
  const org = await buildOrganisation({ database });
  const admin = await buildUser({ database }, { organisationId: org.id, role: 'admin' });
  return { organisationId: org.id, userId: admin.id };
}

const jobState = async (jobId: string) => (await api.find(jobId))?.state;
const until = (what: string, check: () => Promise<boolean>, ms = 15_000) =>
  waitUntil(what, check, ms);

describe('the job queue', () => {
  it('aborts a running job cancelled from another instance', async () => {
    const { organisationId } = await organisationWithAdmin();
    const job = await api.enqueue(waitForAbort, {}, { organisationId, createdBy: null });
    await until('it runs', async () => (await jobState(job.id)) === 'running');
    const cancelledAt = Date.now();
    expect(await api.cancel(job.id)).toBe(true);
    await until('its handler is aborted', async () => aborted.has(job.id), 5_000);
    // The worker learns it from its claim's heartbeat, refreshed every second.
    expect(Date.now() - cancelledAt).toBeLessThan(3_000);
    expect(await jobState(job.id)).toBe('cancelled');
    expect(await api.cancel(job.id)).toBe(false);
  });

  it('retries a failing job, then keeps it dead until an admin runs it again', async () => {
    const { organisationId } = await organisationWithAdmin();
    flakyFails = true;
    const job = await api.enqueue(flaky, { note: 'x' }, { organisationId, createdBy: null });
    await until('it is dead', async () => (await jobState(job.id)) === 'dead');
    expect(attemptsOf.get(job.id)).toBe(2);
    // pg-boss writes the dead-letter copy just after the last failure is recorded here.
    const deadCopies = async () =>
      (
        await database.pool.query<{ n: number }>(
          `select count(*)::int as n from pgboss.job where name = $1 and data->>'jobId' = $2`,
          ['test-flaky-dead', job.id],
        )
      ).rows[0]?.n;
    await until('its dead-letter copy is there', async () => (await deadCopies()) === 1, 5_000);
    // Nothing runs it on its own.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(attemptsOf.get(job.id)).toBe(2);

    flakyFails = false;
    expect(await api.redrive(job.id)).toBe(true);
    await until('it is done', async () => (await jobState(job.id)) === 'done');
    expect(attemptsOf.get(job.id)).toBe(3);
    expect((await api.find(job.id))?.attempts).toBe(3);
    expect(await api.redrive(job.id)).toBe(false);
  });

  it('applies a definition changed since its queue was made', async () => {
    const name = `test-settings-${randomUUID().slice(0, 8)}`;
    const define = (retryLimit: number) =>
      defineJob({
        name,
        payload: z.object({}),
        retryLimit,
        retryDelaySeconds: 0,
        retryBackoff: false,
        expireInSeconds: 60,
        concurrency: 1,
        batchSize: 1,
        async run() {},
      });
    const retryLimit = async () =>
      (
        await database.pool.query<{ retry_limit: number }>(
          'select retry_limit from pgboss.queue where name = $1',
          [name],
        )
      ).rows[0]?.retry_limit;
    for (const limit of [1, 4]) {
      const queue = createJobQueue({
        url: databaseUrl,
        db: database.db,
        logger,
        definitions: [define(limit)],
        uploads,
      });
      await queue.start();
      await queue.stop();
      expect(await retryLimit()).toBe(limit);
    }
  });

  it('runs many small jobs in batches, not one per polling interval', async () => {
    const { organisationId } = await organisationWithAdmin();
    flakyFails = false;
    const started = Date.now();
    const jobs = await Promise.all(
      Array.from({ length: 40 }, () =>
        api.enqueue(flaky, { note: 'y' }, { organisationId, createdBy: null }),
      ),
    );
    await until('all are done', async () => {
      const { rows } = await database.pool.query<{ n: number }>(
        `select count(*)::int as n from jobs where id = any($1) and state = 'done'`,
        [jobs.map((job) => job.id)],
      );
      return rows[0]?.n === jobs.length;
    });
    // One job per 2 s poll would take 80 s.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('a worker killed mid-run', () => {
  it('its job comes back to another worker and completes exactly once in effect', async () => {
    const { organisationId, userId } = await organisationWithAdmin();
    const projectId = await createProject(database.db, {
      actorUserId: userId,
      organisationId,
      values: { name: 'Kylä', challenge: '', goals: [], targetGroup: '', indicators: [] },
    });
    const boardId = await createBoard(database.db, { actorUserId: userId, projectId, title: 'T' });
    const env = { DATABASE_URL: databaseUrl, TIMANTTI_DEMO: 'off' };
    const first = await startServer(env, ['--roles=worker']);
    servers.push(first);
    // Long enough to be caught in the middle.
    const topics = ['Bussi myöhästyi', 'Kirjasto on kiinni', 'Uimahalli on kylmä'];
    const cards = Array.from({ length: 5000 }, (_, i) => ({
      cardId: randomUUID(),
      text: `${topics[i % 3]} ${i} kertaa`,
      language: 'fi' as const,
    }));
    const run = await startThemeSuggestion(database.db, api, {
      organisationId,
      projectId,
      boardId,
      userId,
      values: { cards, themes: 3 },
    });
    const row = async () =>
      (
        await database.pool.query<{
          status: string;
          phase: string;
          result: { themes: { cardIds: string[] }[]; unassignedCardIds: string[] } | null;
        }>('select status, phase, result from theme_suggestions where id = $1', [run.id])
      ).rows[0];
    await until('the first worker runs it', async () => (await row())?.phase !== 'queued');
    first.process.kill('SIGKILL');
    await first.stop();
    expect((await row())?.status).toBe('running');

    const second = await startServer(env, ['--roles=worker']);
    servers.push(second);
    await until(
      'the second worker finishes it',
      async () => (await row())?.status === 'done',
      60_000,
    );
    const done = await row();
    const placed = [
      ...(done?.result?.themes ?? []).flatMap((theme) => theme.cardIds),
      ...(done?.result?.unassignedCardIds ?? []),
    ];
    // One result, every card in it once.
    expect(new Set(placed).size).toBe(cards.length);
    expect(placed).toHaveLength(cards.length);
    const job = await api.find(run.jobId ?? '');
    expect(job).toMatchObject({ state: 'done', attempts: 2, progress: 1 });
    const { rows } = await database.pool.query<{ n: number }>(
      `select count(*)::int as n from theme_suggestions where board_id = $1`,
      [boardId],
    );
    expect(rows[0]?.n).toBe(1);
  }, 120_000);
});

describe('roles', () => {
  const env = () => ({ DATABASE_URL: databaseUrl, TIMANTTI_DEMO: 'off' });
  const upgrade = (url: string) =>
    new Promise<'open' | 'refused'>((resolve) => {
      const socket = new WebSocket(`${url.replace('http', 'ws')}/collab`);
      socket.once('open', () => {
        socket.close();
        resolve('open');
      });
      socket.once('error', () => resolve('refused'));
    });
  const status = async (url: string, path: string) => (await fetch(`${url}${path}`)).status;
  const roles = async (url: string) =>
    ((await (await fetch(`${url}/readyz`)).json()) as { roles: string[] }).roles;

  it('api serves REST and refuses WebSocket upgrades', async () => {
    const server = await startServer(env(), ['--roles=api']);
    servers.push(server);
    expect(await status(server.url, '/api/v1/auth/me')).toBe(401);
    expect(await upgrade(server.url)).toBe('refused');
    expect(await roles(server.url)).toEqual(['api']);
    expect(await status(server.url, '/healthz')).toBe(200);
  });

  it('collab accepts live connections and serves no REST', async () => {
    const server = await startServer(env(), ['--roles=collab']);
    servers.push(server);
    expect(await upgrade(server.url)).toBe('open');
    expect(await status(server.url, '/api/v1/auth/me')).toBe(404);
    expect(await status(server.url, '/api/openapi.json')).toBe(404);
    expect(await roles(server.url)).toEqual(['collab']);
  });

  it('worker answers only health and readiness', async () => {
    const server = await startServer(env(), ['--roles=worker']);
    servers.push(server);
    expect(await status(server.url, '/healthz')).toBe(200);
    expect(await roles(server.url)).toEqual(['worker']);
    expect(await status(server.url, '/api/v1/auth/me')).toBe(404);
    expect(await status(server.url, '/')).toBe(404);
    expect(await upgrade(server.url)).toBe('refused');
  });

  it('a subset of roles without DATABASE_URL refuses to start, saying why', async () => {
    const environment: NodeJS.ProcessEnv = { ...process.env, TIMANTTI_DEMO: 'off' };
    delete environment.DATABASE_URL;
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve) => {
        const child = execFile(
          process.execPath,
          ['apps/server/src/main.ts', '--roles=api,collab'],
          { cwd: repoRoot, env: environment },
          (_error, stdout, stderr) => resolve({ code: child.exitCode, output: stdout + stderr }),
        );
      },
    );
    expect(code).toBe(1);
    expect(output).toContain('--roles=api,collab needs DATABASE_URL');
    expect(output).toContain('cannot share the embedded database');
  });
});

describe('the jobs page', () => {
  it("shows an admin the organisation's jobs with progress, to cancel or run again; no other's", async () => {
    // The REST API on the run's test database; its jobs are rows only, nobody runs them.
    const { org, admin, session } = await adminOfNewOrganisation(app);
    const values = { organisationId: org.id, kind: 'theme-suggestion', createdBy: admin.id };
    const running = await insertJob(app.database.db, values);
    await moveJob(app.database.db, running.id, ['queued'], 'running');
    await updateRunningJob(app.database.db, running.id, { progress: 0.4 });
    const dead = await insertJob(app.database.db, values);
    await moveJob(app.database.db, dead.id, ['queued'], 'dead');
    const other = await adminOfNewOrganisation(app);
    const theirs = await insertJob(app.database.db, { ...values, organisationId: other.org.id });

    const base = `/api/v1/orgs/${org.id}/jobs`;
    const list = await call(app, session, 'GET', base);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toMatchObject([
      { id: dead.id, state: 'dead', abilities: { cancel: false, redrive: true } },
      {
        id: running.id,
        state: 'running',
        progress: 0.4,
        abilities: { cancel: true, redrive: false },
      },
    ]);
    // Another organisation's job is not found through this one.
    expect((await call(app, session, 'POST', `${base}/${theirs.id}/cancel`)).statusCode).toBe(404);
    const cancelled = await call(app, session, 'POST', `${base}/${running.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', abilities: { cancel: false } });
    expect((await call(app, other.session, 'GET', base)).statusCode).toBe(404);
  });

  it('offers no second run once a dead job’s copy is gone, and runs nothing when asked', async () => {
    const { org, admin, session } = await adminOfNewOrganisation(app);
    const values = { organisationId: org.id, kind: 'theme-suggestion', createdBy: admin.id };
    const expired = await insertJob(app.database.db, values);
    await moveJob(app.database.db, expired.id, ['queued'], 'dead');
    await app.database.db
      .update(jobs)
      .set({ updatedAt: sql`now() - interval '25 hours'` })
      .where(eq(jobs.id, expired.id));

    const base = `/api/v1/orgs/${org.id}/jobs`;
    const [listed] = (await call(app, session, 'GET', base)).json().items;
    expect(listed).toMatchObject({ id: expired.id, abilities: { redrive: false } });
    const pressed = await call(app, session, 'POST', `${base}/${expired.id}/redrive`);
    expect(pressed.json()).toMatchObject({ state: 'dead', abilities: { redrive: false } });
    const [after] = await app.database.db.select().from(jobs).where(eq(jobs.id, expired.id));
    expect(after?.state).toBe('dead');
  });
});
