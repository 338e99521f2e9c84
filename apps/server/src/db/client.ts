import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from '../platform/logger.ts';
import * as schema from './schema.ts';

export type Db = NodePgDatabase<typeof schema>;
// A transaction handle offers the same query API as the database handle.
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

export type Database = { pool: pg.Pool; db: Db };

export function connectDatabase(url: string, logger: Logger, max = 10): Database {
  // Our queries are short and never reused by plan; JIT compilation cost 200–300 ms a call on
  // large searches and gained nothing (bench/search.ts), so it is off for our connections — set
  // in the startup packet, so no query races the first one on a new connection.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle client whose server went away (e.g. the embedded database stopping on Ctrl-C)
  // emits 'error' on the pool; without a handler that would crash the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'database connection lost'));
  return { pool, db: drizzle(pool, { schema }) };
}

/**
 * The pool a database handle was made with (drizzle keeps it as `$client`), for what needs a
 * connection of its own, such as COPY.
 */
export const poolOf = (db: Db): pg.Pool => (db as Db & { $client: pg.Pool }).$client;
