import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

/**
 * An empty database of its own beside the run's test database, for a test that needs the
 * whole database to itself (a migration on old data, the demo seed into an empty one);
 * dropped after the file's tests.
 */
export async function scratchDatabase(): Promise<string> {
  const adminUrl = inject('databaseUrl');
  const name = `timantti_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  afterAll(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
