import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntil, type RunningServer } from '../../../e2e/support/server.ts';
import { connectDatabase, type Database } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { imports, memberships, organisations, users } from '../src/db/schema.ts';
import { jobDefinitions } from '../src/jobs/definitions.ts';
import { createProject } from '../src/modules/projects/commands/create-project.ts';
import { startImport } from '../src/modules/research/imports/commands/start-import.ts';
import { createJobQueue, type JobQueue } from '../src/platform/jobs/job-queue.ts';
import { createLogger } from '../src/platform/logger.ts';
import { LocalUploadStore } from '../src/platform/storage.ts';
import { scratchDatabase } from './scratch-database.ts';

// A database of its own, so that only the worker processes started here take its jobs, and a
// data directory they share with this process, as instances of one installation do.
const databaseUrl = await scratchDatabase();
const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-import-jobs-'));
const uploads = new LocalUploadStore(path.join(dataDir, 'uploads'));
const logger = createLogger('silent');
let database: Database;
let api: JobQueue;
const servers: RunningServer[] = [];

beforeAll(async () => {
  database = connectDatabase(databaseUrl, logger, 4);
  await runMigrations(database.pool);
  api = createJobQueue({
    url: databaseUrl,
    db: database.db,
    logger,
    definitions: jobDefinitions,
    uploads,
  });
  await api.start();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop('SIGKILL')));
  await api.stop();
  await database.pool.end();
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function projectWithOwner() {
  const [org] = await database.db
    .insert(organisations)
    .values({ name: 'Tuontikunta', slug: `imports-${randomUUID()}` })
    .returning();
  const [user] = await database.db
    .insert(users)
    .values({ email: `${randomUUID()}@test.example`, displayName: 'Tuoja' })
    .returning();
  if (!org || !user) throw new Error('not inserted');
  await database.db
    .insert(memberships)
    .values({ organisationId: org.id, userId: user.id, role: 'admin' });
  const projectId = await createProject(database.db, {
    actorUserId: user.id,
    organisationId: org.id,
    values: { name: 'Kysely', challenge: '', goals: [], targetGroup: '', indicators: [] },
  });
  return { organisationId: org.id, userId: user.id, projectId };
}

const ROWS = 150_000;

describe('an import whose worker is killed mid-run', () => {
  it('is run again by another worker and written exactly once', async () => {
    const { organisationId, userId, projectId } = await projectWithOwner();
    const importId = randomUUID();
    const lines = Array.from(
      { length: ROWS },
      (_, i) => `${i + 1};${i % 2 ? '18-29' : '65+'};Palvelupolku oli sekava, vastaus ${i}`,
    );
    const byteSize = await uploads.save(
      importId,
      Readable.from([Buffer.from(`Tunnus;Ikä;Palaute\n${lines.join('\n')}\n`)]),
      200 * 1024 * 1024,
    );
    await database.db.insert(imports).values({
      id: importId,
      projectId,
      createdBy: userId,
      byteSize,
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    await startImport(database.db, api, uploads, {
      actorUserId: userId,
      organisationId,
      projectId,
      importId,
      values: {
        columns: ['ignore', 'segment', 'evidence'],
        session: { title: 'Kysely', heldOn: '2026-11-30' },
        participantKind: 'customer',
        language: 'fi',
        consent: {
          purpose: 'Palvelun kehittäminen',
          givenOn: '2026-11-01',
          method: 'electronic',
          expiresOn: null,
        },
      },
    });
    const row = async () =>
      (
        await database.pool.query<{ committed: boolean; progress: number; jobId: string }>(
          `select i.committed_at is not null as committed, j.progress, j.id as "jobId"
           from imports i join jobs j on j.id = i.job_id where i.id = $1`,
          [importId],
        )
      ).rows[0];
    const env = { DATABASE_URL: databaseUrl, TIMANTTI_DEMO: 'off', TIMANTTI_DATA_DIR: dataDir };
    const first = await startServer(env, ['--roles=worker']);
    servers.push(first);
    await waitUntil(
      'the first worker is reading the file',
      async () => {
        const now = await row();
        return (now?.progress ?? 0) > 0;
      },
      60_000,
    );
    first.process.kill('SIGKILL');
    await first.stop();
    expect((await row())?.committed).toBe(false);

    const second = await startServer(env, ['--roles=worker']);
    servers.push(second);
    await waitUntil(
      'the second worker has imported it',
      async () => (await row())?.committed === true,
      90_000,
    );
    const { rows } = await database.pool.query<Record<string, number>>(
      `select (select count(*)::int from participants where project_id = $1) as participants,
              (select count(*)::int from consents c join participants p on p.id = c.participant_id
                where p.project_id = $1) as consents,
              (select count(*)::int from evidence where project_id = $1) as evidence,
              (select count(*)::int from research_sessions where project_id = $1) as sessions,
              (select count(*)::int from audit_log where target_id = $2) as audited`,
      [projectId, importId],
    );
    expect(rows[0]).toEqual({
      participants: ROWS,
      consents: ROWS,
      evidence: ROWS,
      sessions: 1,
      audited: 1,
    });
    const job = await api.find((await row())?.jobId ?? '');
    expect(job).toMatchObject({ state: 'done', attempts: 2, progress: 1 });
    // Its upload is removed once written.
    await waitUntil('the upload is removed', async () =>
      fs.access(path.join(dataDir, 'uploads', `${importId}.upload`)).then(
        () => false,
        () => true,
      ),
    );
  }, 180_000);
});
