// Waits until DATABASE_URL answers, for scripts/serve.sh: in a container the database may
// still be starting, and an instance that gave up at once would only be restarted in a loop.
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const seconds = Number(process.env.TIMANTTI_DATABASE_WAIT_SECONDS ?? 60);
if (!Number.isFinite(seconds) || seconds < 0)
  throw new Error('TIMANTTI_DATABASE_WAIT_SECONDS: a number of seconds');
const deadline = Date.now() + seconds * 1000;
// Host and port only: the URL may hold a password.
const where = `${new URL(url).hostname}:${new URL(url).port || 5432}`;

for (let attempt = 1; ; attempt++) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    await client.end();
    break;
  } catch (error) {
    await client.end().catch(() => undefined);
    if (Date.now() > deadline) {
      console.error(
        `The database at ${where} did not answer in ${seconds} s: ${(error as Error).message}`,
      );
      process.exit(1);
    }
    if (attempt === 1) console.error(`Waiting for the database at ${where}…`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
