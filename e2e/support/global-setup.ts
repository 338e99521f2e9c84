import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { repoRoot, startServer, tempDataDir } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One Timantti server with demo data for the browser tests: on an embedded database in a
 * temporary directory, or on a fresh database of the server at TEST_DATABASE_URL when set.
 */
export default async function setup(project: TestProject) {
  await fs.access(path.join(repoRoot, 'apps/web/dist/index.html')).catch(() => {
    throw new Error('Build the web app first: npm run build');
  });
  const dataDir = await tempDataDir();
  const serverUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | undefined;
  const name = `timantti_e2e_${randomBytes(6).toString('hex')}`;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const server = await startServer({
    TIMANTTI_DATA_DIR: dataDir,
    TIMANTTI_DEMO: 'on',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  project.provide('baseUrl', server.url);

  return async () => {
    await server.stop();
    if (serverUrl) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
