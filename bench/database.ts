import fs from 'node:fs/promises';
import pg from 'pg';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import type { Logger } from '../apps/server/src/platform/logger.ts';
import { onCleanup, postmastersUnder } from './support.ts';

/**
 * A database for one benchmark run, removed when it ends: `timantti_bench_<name>_<pid>` on
 * DATABASE_URL's server, or else an embedded PostgreSQL in `tmp`. Answers its URL.
 */
export async function temporaryDatabase(name: string, tmp: string, logger: Logger) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const database = `timantti_bench_${name}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    onCleanup('temporary database', async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${database} with (force)`);
      await dropper.end();
    });
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  }
  // PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
  await fs.chmod(tmp, 0o755);
  const embedded = await startEmbeddedDatabase({ dataDir: tmp, logger, persistent: false });
  onCleanup('embedded PostgreSQL', async () => {
    await embedded.stop();
    for (const pid of postmastersUnder(tmp)) process.kill(pid, 'SIGKILL');
  });
  return embedded.url;
}
