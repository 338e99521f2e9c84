import { BOARD_SCHEMA_VERSION, addStickyNote, readBoard } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import {
  acknowledged,
  connect,
  startCollabServer,
  startCollabTestFile,
  synced,
  waitFor,
  type Client,
} from './collab-support.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  type TestApp,
} from './harness.ts';

const { server, open } = await startCollabTestFile();

async function world(app: TestApp = server) {
  const org = await buildOrganisation(app);
  const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
  const member = await buildUser(app, { organisationId: org.id, role: 'member' });
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  await addToTeam(app, project.id, member.id);
  const boardId = await createBoard(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Haastattelujen synteesi',
  });
  return {
    project,
    boardId,
    userId: member.id,
    admin: await sessionFor(app, admin.id),
    member: await sessionFor(app, member.id),
  };
}

async function storedTexts(app: TestApp, boardId: string): Promise<string[]> {
  const { rows } = await app.database.pool.query<{ state: Buffer }>(
    'select state from boards where id = $1',
    [boardId],
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, rows[0]?.state ?? new Uint8Array());
  return readBoard(doc).cards.map((card) => card.text);
}

const textsOf = (client: Client) => readBoard(client.doc).cards.map((card) => card.text);

// Stores run 100 ms after an edit (500 ms at most): well past that, a dropped edit stays out.
const DROPPED_AFTER_MS = 1_500;

/** Fails as soon as `text` reaches the stored board or `watcher`, else passes at the deadline. */
async function neverArrives(app: TestApp, boardId: string, watcher: Client, text: string) {
  const deadline = Date.now() + DROPPED_AFTER_MS;
  while (Date.now() < deadline) {
    expect(await storedTexts(app, boardId)).not.toContain(text);
    expect(textsOf(watcher)).not.toContain(text);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const note = (client: Client, text: string, userId: string) =>
  addStickyNote(client.doc, { text, language: 'fi', createdBy: userId });

describe('the schema-version guard of live documents', () => {
  it('takes no edits from a client announcing an older schema, or none; a current one writes', async () => {
    const w = await world();
    const current = open(server, w.member, w.boardId);
    const older = open(server, w.member, w.boardId, { schemaVersion: BOARD_SCHEMA_VERSION - 1 });
    const silent = open(server, w.member, w.boardId, { schemaVersion: null });
    await Promise.all([current, older, silent].map(synced));
    expect(current.provider.authorizedScope).toBe('read-write');
    expect(older.provider.authorizedScope).toBe('readonly');
    expect(silent.provider.authorizedScope).toBe('readonly');

    note(older, 'Vanhan version kirjoittama', w.userId);
    note(silent, 'Versiotta kirjoitettu', w.userId);
    await neverArrives(server, w.boardId, current, 'Vanhan version kirjoittama');
    await neverArrives(server, w.boardId, current, 'Versiotta kirjoitettu');

    note(current, 'Nykyisen kirjoittama', w.userId);
    await acknowledged(current);
    await waitFor(
      async () => (await storedTexts(server, w.boardId)).includes('Nykyisen kirjoittama'),
      'the current client’s edit to be stored',
    );
    await waitFor(
      () => textsOf(older).includes('Nykyisen kirjoittama'),
      'the old client to read it',
    );
  });

  it('stops taking edits of a client on the old schema once a newer release raises the document', async () => {
    const w = await world();
    const old = open(server, w.member, w.boardId);
    const newer = open(server, w.member, w.boardId, { schemaVersion: BOARD_SCHEMA_VERSION + 1 });
    await Promise.all([old, newer].map(synced));
    expect(old.provider.authorizedScope).toBe('read-write');

    newer.doc.getMap('meta').set('schemaVersion', BOARD_SCHEMA_VERSION + 1);
    await acknowledged(newer);
    await waitFor(
      () => old.doc.getMap('meta').get('schemaVersion') === BOARD_SCHEMA_VERSION + 1,
      'the old client to see the new version',
    );

    note(old, 'Vanhan muodon kortti', w.userId);
    await neverArrives(server, w.boardId, newer, 'Vanhan muodon kortti');

    note(newer, 'Uuden muodon kortti', w.userId);
    await waitFor(
      async () => (await storedTexts(server, w.boardId)).includes('Uuden muodon kortti'),
      'the newer client’s edit to be stored',
    );
  });

  it('keeps an old client read-only when its person regains editing access', async () => {
    const w = await world();
    const older = open(server, w.member, w.boardId, { schemaVersion: BOARD_SCHEMA_VERSION - 1 });
    const current = open(server, w.member, w.boardId);
    await Promise.all([older, current].map(synced));
    await call(server, w.admin, 'POST', `/api/v1/projects/${w.project.id}/archive`);
    await waitFor(() => current.provider.authorizedScope === 'readonly', 'the archive to apply');
    await call(server, w.admin, 'POST', `/api/v1/projects/${w.project.id}/restore`);
    await waitFor(() => current.provider.authorizedScope === 'read-write', 'the restore to apply');

    expect(older.closes).not.toContain('access-changed');
    expect(older.provider.authorizedScope).toBe('readonly');
    note(older, 'Palautuksen jälkeen', w.userId);
    await neverArrives(server, w.boardId, current, 'Palautuksen jälkeen');
  });

  it('keeps an old client read-only through the periodic sweep, without reconnecting it', async () => {
    const swept = await startCollabServer({ sweepIntervalMs: 100 });
    const clients: Client[] = [];
    try {
      const w = await world(swept);
      const older = connect(swept, w.member, w.boardId, {
        schemaVersion: BOARD_SCHEMA_VERSION - 1,
      });
      const current = connect(swept, w.member, w.boardId);
      clients.push(older, current);
      await Promise.all(clients.map(synced));
      note(older, 'Pyyhkäisyn aikana', w.userId);
      await neverArrives(swept, w.boardId, current, 'Pyyhkäisyn aikana');
      expect(older.closes).toEqual([]);
    } finally {
      for (const client of clients) client.destroy();
      await swept.close();
    }
  });
});
