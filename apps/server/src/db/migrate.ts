import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

export const migrationsFolder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'migrations',
);
// Any constant works; it only has to be the same for every instance of Timantti.
const MIGRATION_LOCK = 7_263_400_001;

/** Applies pending migrations; the advisory lock lets several instances start at once safely. */
export async function runMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

function expectedMigrationCount(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

/** True when every migration this build ships has been applied to the database. */
export async function migrationsApplied(pool: pg.Pool): Promise<boolean> {
  const result = await pool.query<{ count: string }>(
    'select count(*) from drizzle.__drizzle_migrations',
  );
  return Number(result.rows[0]?.count ?? 0) >= expectedMigrationCount();
}
