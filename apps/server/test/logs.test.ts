import { format } from 'node:util';
import { addStickyNote, boardDocumentName } from '@timantti/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { buildApp } from '../src/app.ts';
import { connectDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createLogger } from '../src/platform/logger.ts';
import {
  buildProject,
  call,
  sessionFor,
  testConfig,
  testJobQueue,
  type TestApp,
} from './harness.ts';
import { scratchDatabase } from './scratch-database.ts';

// What people type, planted in every failing request; none of it may reach the log.
const phone = '+358 40 7654321';
const email = 'ulla.planttila@example.fi';
const quote = '"Jonotin puhelimessa tunnin", sanoi Ulla Planttila';
const planted = [phone, '7654321', email, 'ulla.planttila', 'Jonotin puhelimessa', 'Planttila'];

// Everything the process writes: the logger's lines, and the console (Hocuspocus writes there).
let output = '';
const destination = { write: (line: string) => void (output += line) };
const lines = () =>
  output
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown> & { msg?: string; err?: unknown });

async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`the log never showed ${what}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function expectNothingPlanted() {
  for (const value of planted) expect(output).not.toContain(value);
}

// The first line with this message written after `since` lines; waited for, as logging may lag.
const logged = (since: number, msg: string) =>
  until(
    () =>
      lines()
        .slice(since)
        .find((line) => line.msg === msg),
    `"${msg}"`,
  );
const errorOf = (line: { err?: unknown }) => JSON.stringify(line.err ?? null);

let app: TestApp;
let projectId: string;
let session: Awaited<ReturnType<typeof sessionFor>>;

function collab() {
  if (!app.collab) throw new Error('no collaboration server');
  return app.collab;
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      output += `${JSON.stringify({ console: method, text: format(...args) })}\n`;
    });
  }
  // A database of its own: the test makes PostgreSQL refuse the planted values in ways the
  // schema alone would not.
  const logger = createLogger('trace', destination);
  const database = connectDatabase(await scratchDatabase(), logger, 4);
  await runMigrations(database.pool);
  await database.pool.query(`
    create unique index contacts_email_key on participant_contacts (email) where email <> '';
    alter table participant_contacts add constraint contacts_phone_allowed check (phone <> '${phone}');
    create function refuse_planted() returns trigger language plpgsql as $$
    begin
      raise exception 'refused %', new using detail = new::text, hint = new::text;
    end $$;
    create trigger projects_refuse_planted before update on projects
      for each row when (new.name like '%Jonotin%') execute function refuse_planted();
    create trigger board_cards_refuse_planted before insert on board_cards
      for each row when (new.text like '%Jonotin%') execute function refuse_planted();
  `);
  const jobs = testJobQueue(database);
  const built = await buildApp({
    database,
    jobs,
    config: testConfig,
    ready: async () => true,
    logger,
    collab: {
      trustProxy: false,
      storeDebounceMs: 20,
      storeMaxDebounceMs: 100,
      storeRetry: { attempts: 1, delayMs: 20 },
      sweepIntervalMs: 60_000,
    },
  });
  app = { ...built, database, jobs };
  const project = await buildProject(app);
  projectId = project.id;
  session = await sessionFor(app, project.creatorId);
});

afterAll(async () => {
  await app.app.close();
  await app.database.pool.end();
  vi.restoreAllMocks();
});

const participant = (contact: Record<string, string>) => ({
  kind: 'customer',
  consent: { purpose: 'Haastattelu', givenOn: '2026-11-01', method: 'written' },
  contact: { name: 'Ulla Planttila', ...contact },
});

describe('the log', () => {
  it('records a unique violation without the duplicated e-mail', async () => {
    const path = `/api/v1/projects/${projectId}/participants`;
    expect((await call(app, session, 'POST', path, participant({ email }))).statusCode).toBe(201);
    const since = lines().length;
    expect((await call(app, session, 'POST', path, participant({ email }))).statusCode).toBe(500);
    const line = await logged(since, 'request failed');
    expectNothingPlanted();
    expect(errorOf(line)).toContain('"sqlState":"23505"');
    expect(errorOf(line)).toContain('"constraint":"contacts_email_key"');
  });

  it('records a check-constraint violation without the failing row', async () => {
    const since = lines().length;
    const response = await call(
      app,
      session,
      'POST',
      `/api/v1/projects/${projectId}/participants`,
      participant({ phone }),
    );
    expect(response.statusCode).toBe(500);
    const line = await logged(since, 'request failed');
    expectNothingPlanted();
    expect(errorOf(line)).toContain('"sqlState":"23514"');
    expect(errorOf(line)).toContain('"constraint":"contacts_phone_allowed"');
  });

  it('records a statement refused with the values in its message, detail and hint', async () => {
    const since = lines().length;
    const response = await call(app, session, 'PATCH', `/api/v1/projects/${projectId}`, {
      version: 1,
      name: quote,
    });
    expect(response.statusCode).toBe(500);
    const line = await logged(since, 'request failed');
    expectNothingPlanted();
    expect(errorOf(line)).toContain('"sqlState":"P0001"');
    // The statement's text, without its parameters, says what failed.
    expect((line.err as { query?: string }).query).toMatch(/^update "projects" set "name" = \$1/);
  });

  it('records a request refused by validation without its input', async () => {
    const since = lines().length;
    const response = await call(
      app,
      session,
      'POST',
      `/api/v1/projects/${projectId}/participants`,
      participant({ email: `${quote} ${phone}` }),
    );
    expect(response.statusCode).toBe(400);
    const line = await logged(since, 'request completed');
    expectNothingPlanted();
    expect(line.res).toEqual({ statusCode: 400 });
  });

  it('records a malformed JSON body without the body', async () => {
    const since = lines().length;
    const response = await app.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${projectId}`,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'application/json',
      },
      payload: `{"name": "${quote.replaceAll('"', '\\"')} ${email}", "phone": ${phone}`,
    });
    expect(response.statusCode).toBe(400);
    const line = await logged(since, 'request completed');
    expectNothingPlanted();
    expect(line.res).toEqual({ statusCode: 400 });
  });

  it('records a failed store of a live board without its cards', async () => {
    const board = await call(app, session, 'POST', `/api/v1/projects/${projectId}/boards`, {
      title: 'Haastattelut',
    });
    expect(board.statusCode).toBe(201);
    const since = lines().length;
    const connection = await collab().hocuspocus.openDirectConnection(
      boardDocumentName(board.json<{ id: string }>().id),
    );
    await connection.transact((doc) => {
      addStickyNote(doc, { text: quote, language: 'fi', createdBy: session.userId });
      addStickyNote(doc, { text: `${email}, ${phone}`, language: 'fi', createdBy: session.userId });
    });
    await connection.disconnect();
    const line = await logged(since, 'storing a document failed; will retry');
    expectNothingPlanted();
    expect(errorOf(line)).toContain('"sqlState":"P0001"');
  });

  it('records a live board that failed to load, in the log and not on the console', async () => {
    const board = await call(app, session, 'POST', `/api/v1/projects/${projectId}/boards`, {
      title: 'Vanha taulu',
    });
    const id = board.json<{ id: string }>().id;
    // A board stored before documents had a schema version: loading migrates and stores it.
    const old = new Y.Doc();
    addStickyNote(old, { text: quote, language: 'fi', createdBy: session.userId });
    await app.database.pool.query('update boards set state = $1 where id = $2', [
      Buffer.from(Y.encodeStateAsUpdate(old)),
      id,
    ]);
    const since = lines().length;
    await expect(collab().hocuspocus.openDirectConnection(boardDocumentName(id))).rejects.toThrow();
    const line = await logged(since, 'collaboration hook failed');
    expectNothingPlanted();
    expect(errorOf(line)).toContain('"sqlState":"P0001"');
    expect(line).toMatchObject({ hook: 'onLoadDocument' });
  });

  it('records a lost database connection and a failing event listener without their messages', async () => {
    const since = lines().length;
    const lost = Object.assign(new Error(`connection lost while writing ${email}`), {
      detail: phone,
    });
    app.database.pool.emit('error', lost);
    const stop = app.events.on(() => {
      throw new Error(`listener choked on ${quote}`);
    });
    await app.events.emit({ type: 'team.changed', projectId, userId: session.userId });
    stop();
    await logged(since, 'database connection lost');
    await logged(since, 'domain event listener failed');
    expectNothingPlanted();
  });
});
