import type { Logger } from '../platform/logger.ts';
import { connectDatabase, type Database } from './client.ts';
import { startEmbeddedDatabase } from './embedded.ts';
import { migrationsApplied, runMigrations } from './migrate.ts';

export type OpenedDatabase = Database & {
  /** Where it is, for the job queue's own connections. */
  url: string;
  embedded: boolean;
  ready: () => Promise<boolean>;
  close: () => Promise<void>;
};

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when none is given, and applies
 * migrations. `close` ends the pool before stopping an embedded database, in that order; if
 * opening fails half-way, what was opened is closed the same way before the error is thrown.
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  logger: Logger;
}): Promise<OpenedDatabase> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedDatabase({ dataDir: options.dataDir, logger: options.logger });
  const url = options.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('no database URL');
  const database = connectDatabase(url, options.logger);
  const close = async () => {
    await database.pool.end().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    await runMigrations(database.pool);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    ...database,
    url,
    embedded: embedded !== null,
    ready: () => migrationsApplied(database.pool),
    close,
  };
}
