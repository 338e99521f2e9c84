import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../src/db/migrate.ts';
import { startEmbeddedDatabaseProcess, type EmbeddedDatabaseProcess } from './embedded/start.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The run's data directory: uploads every test file's app and worker reach. */
    dataDir: string;
  }
}

/**
 * One fresh, migrated database per test run: on the server at TEST_DATABASE_URL when set
 * (a new database beside the one named, dropped afterwards), else in an embedded PostgreSQL
 * started in a temporary directory, in a child process. Tests isolate by building their own organisations.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedDatabaseProcess | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (serverUrl) {
    adminUrl = serverUrl;
  } else {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-test-'));
    // The database runs as the `postgres` system user, which must reach its directory inside.
    await fs.chmod(tempDir, 0o755);
    embedded = await startEmbeddedDatabaseProcess(tempDir);
    adminUrl = embedded.url;
  }
  const name = `timantti_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  await runMigrations(pool);
  await pool.end();
  project.provide('databaseUrl', url.toString());
  // Shared by the run, as the data directory is by an installation's instances: a job one test
  // file enqueues may be run by another file's worker.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-files-'));
  project.provide('dataDir', dataDir);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
    await embedded?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  };
}
