import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type RunningServer } from '../support/server.ts';

const phone = '+358 40 7654321';
const email = 'ulla.planttila@example.fi';
const quote = 'Jonotin puhelimessa tunnin, sanoi Ulla Planttila';
const planted = [phone, '7654321', email, 'ulla.planttila', 'Jonotin puhelimessa', 'Planttila'];

const dirs: string[] = [];
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

async function until(found: () => boolean, what: string) {
  const deadline = Date.now() + 15_000;
  while (!found()) {
    if (Date.now() > deadline) throw new Error(`never saw ${what}:\n${server?.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The embedded database of a running server, reached as the server reaches it.
async function embeddedDatabase(dataDir: string, password?: string) {
  const pid = await fs.readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  const port = Number(pid.split('\n')[3]);
  const secret = (await fs.readFile(path.join(dataDir, 'postgres.secret'), 'utf8')).trim();
  return new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: password ?? secret,
    database: 'timantti',
  });
}

describe("the embedded database's log in ours", () => {
  it('carries no values of statements PostgreSQL refused', async () => {
    const dataDir = await tempDataDir();
    dirs.push(dataDir);
    server = await startServer({
      TIMANTTI_DATA_DIR: dataDir,
      TIMANTTI_DEMO: 'off',
      LOG_LEVEL: 'trace',
    });
    // PostgreSQL's own lines are forwarded at this level: its start was logged.
    expect(server.output()).toContain('database system is ready to accept connections');

    const client = await embeddedDatabase(dataDir);
    await client.connect();
    const refused = async (text: string, values?: string[]) =>
      expect(client.query(text, values)).rejects.toThrow();
    await refused('select $1::int', [phone]);
    await refused(`select '${email}'::int`);
    await client.query(
      `create temporary table contacts (email text unique, phone text check (phone <> '${phone}'))`,
    );
    await client.query('insert into contacts (email) values ($1)', [email]);
    await refused('insert into contacts (email) values ($1)', [email]);
    await refused('insert into contacts (phone) values ($1)', [phone]);
    await refused(`do $$ begin raise exception '%', '${quote}' using detail = '${email}'; end $$`);
    await client.query(`do $$ begin raise warning '%', '${quote}'; end $$`);
    await client.end();

    // A refused sign-in is a FATAL line, which is logged: once it is in the output, so is
    // everything PostgreSQL wrote before it.
    const intruder = await embeddedDatabase(dataDir, 'wrong password');
    await expect(intruder.connect()).rejects.toThrow();
    await until(
      () => server?.output().includes('password authentication failed') ?? false,
      'the refused sign-in',
    );
    for (const value of planted) expect(server.output()).not.toContain(value);
  });
});
