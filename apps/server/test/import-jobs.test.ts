import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createSession } from '../src/modules/auth/sessions.repo.ts';
import { S3UploadStore } from '../src/platform/storage.ts';
import { startFakeS3 } from './s3-server.ts';
import { startServer, waitUntil, type RunningServer } from '../../../e2e/support/server.ts';
import { connectDatabase, type Database } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { imports } from '../src/db/schema.ts';
import { jobDefinitions } from '../src/jobs/definitions.ts';
import { startImport } from '../src/modules/research/imports/commands/start-import.ts';
import { createJobQueue, type JobQueue } from '../src/platform/jobs/job-queue.ts';
import { createLogger } from '../src/platform/logger.ts';
import { LocalUploadStore } from '../src/platform/storage.ts';
import { buildProject } from './harness.ts';
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

const projectWithOwner = async () => {
  const project = await buildProject({ database });
  return {
    organisationId: project.organisationId,
    userId: project.creatorId,
    projectId: project.id,
  };
};

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
    // This file's next worker reads from elsewhere.
    await second.stop();
    // Its upload is removed once written.
    await waitUntil('the upload is removed', async () =>
      fs.access(path.join(dataDir, 'uploads', `${importId}.upload`)).then(
        () => false,
        () => true,
      ),
    );
  }, 180_000);
});

describe('uploads in an S3-compatible bucket', () => {
  it('are imported from there by the worker, and removed once imported', async () => {
    const credentials = {
      accessKeyId: 'TESTKEY',
      secretAccessKey: 'salaisuus',
      region: 'eu-north-1',
    };
    const s3 = await startFakeS3(credentials);
    const uploadsS3 = { ...credentials, bucket: 'timantti', endpoint: s3.url };
    // The API and the worker are given the same configuration, as instances of one installation.
    const worker = createJobQueue({
      url: databaseUrl,
      db: database.db,
      logger,
      definitions: jobDefinitions,
      uploads: new S3UploadStore(uploadsS3, 'uploads'),
    });
    await worker.work();
    const { app } = await buildApp({
      database,
      config: { trustProxy: false, webDist: '/nonexistent', dataDir, uploadsS3 },
      jobs: api,
      roles: ['api'],
      ready: async () => true,
      logger: false,
    });
    try {
      const { userId, projectId } = await projectWithOwner();
      const session = await createSession(database.db, { userId, userAgent: 'vitest' });
      const headers = {
        cookie: `timantti_session=${session.token}`,
        'x-csrf-token': session.csrfToken,
      };
      const base = `/api/v1/projects/${projectId}/imports`;
      const uploaded = await app.inject({
        method: 'POST',
        url: base,
        payload: 'Tunnus;Palaute\n1;Palvelupolku oli selkeä\n2;Jonotin pitkään\n',
        headers: { ...headers, 'content-type': 'text/csv' },
      });
      expect(uploaded.statusCode).toBe(201);
      const importId = uploaded.json().id;
      const key = `/timantti/uploads/${importId}`;
      expect(s3.objects.has(key)).toBe(true);
      // Nothing of it on the local disk.
      await expect(fs.readdir(path.join(dataDir, 'uploads'))).resolves.not.toContain(
        `${importId}.upload`,
      );
      const started = await app.inject({
        method: 'POST',
        url: `${base}/${importId}/commit`,
        payload: {
          columns: ['ignore', 'evidence'],
          session: { title: 'Kysely S3', heldOn: '2026-11-30' },
          consent: { purpose: 'Kehittäminen', givenOn: '2026-11-01', method: 'electronic' },
        },
        headers,
      });
      expect(started.statusCode).toBe(202);
      let status: { state: string; result: unknown } = { state: 'queued', result: null };
      await waitUntil(
        'the import is done',
        async () => {
          status = (
            await app.inject({ method: 'GET', url: `${base}/${importId}`, headers })
          ).json();
          return status.state === 'done';
        },
        30_000,
      );
      expect(status.result).toMatchObject({ participants: 2, evidence: 2 });
      await waitUntil('the object is removed', () => !s3.objects.has(key));
      expect(s3.requests.filter((r) => r.path === key).map((r) => [r.method, r.signed])).toEqual([
        ['PUT', true],
        ['GET', true],
        ['GET', true],
        ['GET', true],
        ['DELETE', true],
      ]);
    } finally {
      await app.close();
      await worker.stop();
      await s3.close();
    }
  }, 60_000);
});
