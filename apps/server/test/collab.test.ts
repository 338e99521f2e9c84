import { randomBytes } from 'node:crypto';
import net from 'node:net';
import {
  BOARD_SCHEMA_VERSION,
  addEvidenceCards,
  addStickyNote,
  boardDocumentName,
  createGroup,
  moveCardsToGroup,
  readBoard,
  renameGroup,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import {
  acknowledged,
  connect,
  sameUpdates,
  startCollabServer,
  startCollabTestFile,
  synced,
  waitFor,
  type Client,
  type CollabServer,
} from './collab-support.ts';
import { buildResearch } from './research-fixtures.ts';
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

/** An organisation with a project, a board on it, and people in every relation to it. */
async function world(app: TestApp = server) {
  const org = await buildOrganisation(app);
  const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
  const member = await buildUser(app, { organisationId: org.id, role: 'member' });
  const viewer = await buildUser(app, { organisationId: org.id, role: 'viewer' });
  const offTeam = await buildUser(app, { organisationId: org.id, role: 'member' });
  const outsider = await buildUser(app, {
    organisationId: (await buildOrganisation(app)).id,
    role: 'admin',
  });
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  await addToTeam(app, project.id, member.id);
  await addToTeam(app, project.id, viewer.id);
  const boardId = await createBoard(app.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Haastattelujen synteesi',
  });
  return {
    org,
    project,
    boardId,
    users: { admin, member, viewer, offTeam, outsider },
    sessions: {
      admin: await sessionFor(app, admin.id),
      member: await sessionFor(app, member.id),
      viewer: await sessionFor(app, viewer.id),
      offTeam: await sessionFor(app, offTeam.id),
      outsider: await sessionFor(app, outsider.id),
    },
  };
}

const snapshotOf = (client: Client) => JSON.stringify(readBoard(client.doc));
const documentName = (boardId: string) => boardDocumentName(boardId);

async function storedState(app: TestApp, boardId: string) {
  const { rows } = await app.database.pool.query<{ state: Buffer; schema_version: number }>(
    'select state, schema_version from boards where id = $1',
    [boardId],
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, rows[0]?.state ?? new Uint8Array());
  return { doc, bytes: rows[0]?.state ?? Buffer.alloc(0), version: rows[0]?.schema_version };
}

async function evidenceCards(boardId: string, evidenceId: string) {
  const { rows } = await server.database.pool.query<{ text: string; withdrawn: boolean }>(
    'select text, withdrawn from board_cards where board_id = $1 and evidence_id = $2',
    [boardId, evidenceId],
  );
  return rows;
}

// An erasure and the stores around it take several round trips; a loaded machine needs time.
const LOADED = 20_000;

describe('live boards', () => {
  it('converges concurrent edits from several people; a viewer sees them but cannot edit', async () => {
    const w = await world();
    const editors = [
      open(server, w.sessions.admin, w.boardId),
      open(server, w.sessions.member, w.boardId),
      open(server, w.sessions.admin, w.boardId),
    ];
    const viewer = open(server, w.sessions.viewer, w.boardId);
    await Promise.all([...editors, viewer].map(synced));
    expect(viewer.provider.authorizedScope).toBe('readonly');
    expect(editors[0]?.provider.authorizedScope).toBe('read-write');

    // Everyone edits at once, without waiting for each other.
    editors.forEach((client, index) => {
      const group = createGroup(client.doc, { title: `Teema ${index}`, colour: 'blue' });
      for (let n = 0; n < 5; n++) {
        const card = addStickyNote(client.doc, {
          text: `Havainto ${index}.${n}`,
          language: 'fi',
          createdBy: w.users.admin.id,
        });
        if (n % 2 === 0) moveCardsToGroup(client.doc, [card], group);
      }
    });
    const [first] = editors as [Client];
    const sharedGroup = readBoard(first.doc).groups[0]?.id as string;
    renameGroup(first.doc, sharedGroup, 'Yhteinen teema');
    addStickyNote(viewer.doc, { text: 'Katsojan yritys', language: 'fi', createdBy: 'x' });

    await waitFor(
      () =>
        editors.every((c) => readBoard(c.doc).cards.length === 15) &&
        new Set(editors.map(snapshotOf)).size === 1,
      'the editors to converge',
    );
    const expected = snapshotOf(first);
    await waitFor(
      () => readBoard(viewer.doc).cards.filter((c) => c.text.startsWith('Havainto')).length === 15,
      'the viewer to receive the edits',
    );
    // The viewer's own card never reached anyone.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(editors.map(snapshotOf)).toEqual([expected, expected, expected]);
    expect(snapshotOf(first)).not.toContain('Katsojan yritys');
    for (const client of [...editors, viewer]) client.destroy();
  });

  it('stores the document with derived rows that match it, linking only its own evidence', async () => {
    const w = await world();
    const research = await buildResearch(server, w.project.id, w.users.admin.id);
    const foreign = await world();
    const foreignResearch = await buildResearch(server, foreign.project.id, foreign.users.admin.id);
    const client = open(server, w.sessions.member, w.boardId);
    await synced(client);
    const group = createGroup(client.doc, { title: 'Löydettävyys', colour: 'green' });
    const [own, stolen] = addEvidenceCards(client.doc, {
      items: [
        { evidenceId: research.evidenceId, text: 'Palvelupolku oli sekava', language: 'fi' },
        { evidenceId: foreignResearch.evidenceId, text: 'Vieras', language: 'fi' },
      ],
      createdBy: w.users.member.id,
    });
    addStickyNote(client.doc, { text: 'Kysy lisää', language: 'sv', createdBy: 'x' });
    moveCardsToGroup(client.doc, [own as string], group);
    await acknowledged(client);

    const read = async () =>
      (
        await call(
          server,
          w.sessions.viewer,
          'GET',
          `/api/v1/projects/${w.project.id}/boards/${w.boardId}`,
        )
      ).json();
    await waitFor(async () => (await read()).cards.length === 3, 'the debounced store');
    const board = await read();
    const live = readBoard(client.doc);
    expect(board.groups).toEqual([
      { id: group, title: 'Löydettävyys', colour: 'green', position: 0 },
    ]);
    expect(board.cards).toHaveLength(live.cards.length);
    for (const card of live.cards) {
      expect(board.cards).toContainEqual({
        id: card.id,
        kind: card.kind,
        evidenceId: card.id === stolen ? null : card.evidenceId,
        ideaId: null,
        groupId: card.groupId,
        text: card.text,
        language: card.language,
        withdrawn: false,
      });
    }
    expect(board).toMatchObject({ cardCount: 3, groupCount: 1, abilities: { edit: false } });
    expect(readBoard((await storedState(server, w.boardId)).doc)).toEqual(live);
    client.destroy();
  });

  it('keeps an acknowledged edit across a server restart (stored on shutdown)', async () => {
    // A long debounce: only the shutdown can have stored the edit.
    const first = await startCollabServer({ storeDebounceMs: 60_000, storeMaxDebounceMs: 120_000 });
    const w = await world(first);
    const client = connect(first, w.sessions.member, w.boardId);
    await synced(client);
    addStickyNote(client.doc, {
      text: 'Ennen uudelleenkäynnistystä',
      language: 'fi',
      createdBy: 'x',
    });
    await acknowledged(client);
    const stopping = Date.now();
    await first.close();
    // Stored before disconnecting, not left to the unload of each document.
    expect(Date.now() - stopping).toBeLessThan(3_000);
    client.destroy();

    const second = await startCollabServer();
    try {
      const reader = connect(second, w.sessions.viewer, w.boardId);
      await synced(reader);
      expect(readBoard(reader.doc).cards.map((c) => c.text)).toEqual([
        'Ennen uudelleenkäynnistystä',
      ]);
      reader.destroy();
    } finally {
      await second.close();
    }
  });

  it('merges the edits of a client that was offline for a while when it reconnects', async () => {
    const w = await world();
    const online = open(server, w.sessions.admin, w.boardId);
    const roaming = open(server, w.sessions.member, w.boardId);
    await Promise.all([synced(online), synced(roaming)]);
    const group = createGroup(online.doc, { title: 'Odotus', colour: 'yellow' });
    await waitFor(() => readBoard(roaming.doc).groups.length === 1, 'the group to arrive');

    roaming.socket.disconnect();
    await waitFor(() => !roaming.provider.isSynced, 'the client to go offline');
    const offline = addStickyNote(roaming.doc, {
      text: 'Junassa kirjoitettu',
      language: 'fi',
      createdBy: 'x',
    });
    moveCardsToGroup(roaming.doc, [offline], group);
    renameGroup(online.doc, group, 'Odotusajat');
    addStickyNote(online.doc, { text: 'Toimistolla kirjoitettu', language: 'fi', createdBy: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readBoard(online.doc).cards.map((c) => c.text)).toEqual(['Toimistolla kirjoitettu']);

    await roaming.socket.connect();
    await waitFor(
      () => snapshotOf(online) === snapshotOf(roaming) && readBoard(online.doc).cards.length === 2,
      'the offline edits to merge',
    );
    const merged = readBoard(online.doc);
    expect(merged.groups.map((g) => g.title)).toEqual(['Odotusajat']);
    expect(merged.cards.find((c) => c.text === 'Junassa kirjoitettu')?.groupId).toBe(group);
  });

  it('refuses a foreign Origin, no session, an unknown board and another organisation alike', async () => {
    const w = await world();
    const refused = [
      open(server, w.sessions.admin, w.boardId, { origin: 'https://evil.example' }),
      // The same host by another scheme or port is another origin.
      open(server, w.sessions.admin, w.boardId, {
        origin: server.origin.replace('http:', 'https:'),
      }),
      open(server, w.sessions.admin, w.boardId, { origin: `${server.origin}1` }),
      open(server, null, w.boardId),
      open(server, w.sessions.admin, crypto.randomUUID()),
      open(server, w.sessions.outsider, w.boardId),
      open(server, w.sessions.offTeam, w.boardId),
    ];
    await waitFor(() => refused.every((c) => c.failures.length > 0), 'every refusal');
    expect(new Set(refused.map((c) => c.failures[0]))).toEqual(new Set(['permission-denied']));
    expect(refused.every((c) => !c.provider.isSynced)).toBe(true);
    for (const client of refused) client.destroy();
  });

  it('answers 400 to a handshake whose Host names no origin, and keeps serving', async () => {
    const { port } = new URL(server.origin);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          [
            'GET /collab HTTP/1.1',
            'Host: not a host',
            'Upgrade: websocket',
            'Connection: Upgrade',
            `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
            'Sec-WebSocket-Version: 13',
            '',
            '',
          ].join('\r\n'),
        );
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });
});

describe('access changes reach open connections', () => {
  const connectionsOf = (app: CollabServer, boardId: string) =>
    app.collab?.hocuspocus.documents.get(documentName(boardId))?.getConnectionsCount() ?? 0;

  it('disconnects a member taken off the team, and their later edits reach nobody', async () => {
    const w = await world();
    const admin = open(server, w.sessions.admin, w.boardId);
    const member = open(server, w.sessions.member, w.boardId);
    await Promise.all([synced(admin), synced(member)]);
    expect(connectionsOf(server, w.boardId)).toBe(2);

    const removed = await call(
      server,
      w.sessions.admin,
      'DELETE',
      `/api/v1/projects/${w.project.id}/team/${w.users.member.id}`,
    );
    expect(removed.statusCode).toBe(200);
    // The event runs before the response: the connection is already gone.
    expect(connectionsOf(server, w.boardId)).toBe(1);
    await waitFor(() => member.closes.includes('access-revoked'), 'the client to be told');
    addStickyNote(member.doc, { text: 'Poistetun kirjoittama', language: 'fi', createdBy: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(snapshotOf(admin)).not.toContain('Poistetun');
  });

  it('ends the connections of a session that signs out, and of sessions a password change ends', async () => {
    const w = await world();
    const other = await sessionFor(server, w.users.admin.id);
    const here = open(server, w.sessions.admin, w.boardId);
    const there = open(server, other, w.boardId);
    await Promise.all([synced(here), synced(there)]);
    await call(server, other, 'POST', '/api/v1/auth/logout');
    await waitFor(() => there.closes.includes('access-revoked'), 'the signed-out session to close');
    expect(here.closes).toEqual([]);

    const third = await sessionFor(server, w.users.admin.id);
    const elsewhere = open(server, third, w.boardId);
    await synced(elsewhere);
    await call(server, w.sessions.admin, 'POST', '/api/v1/account/sessions/revoke-others');
    await waitFor(() => elsewhere.closes.includes('access-revoked'), 'the other session to close');
    expect(here.closes).toEqual([]);
  });

  it('turns editors into readers when the project is archived, and back when restored', async () => {
    const w = await world();
    const member = open(server, w.sessions.member, w.boardId);
    await synced(member);
    expect(member.provider.authorizedScope).toBe('read-write');
    await call(server, w.sessions.admin, 'POST', `/api/v1/projects/${w.project.id}/archive`);
    await waitFor(() => member.provider.authorizedScope === 'readonly', 'a read-only reconnect');
    await call(server, w.sessions.admin, 'POST', `/api/v1/projects/${w.project.id}/restore`);
    await waitFor(() => member.provider.authorizedScope === 'read-write', 'a writable reconnect');
  });

  it('catches changes made through another instance with the periodic sweep', async () => {
    const swept = await startCollabServer({ sweepIntervalMs: 150 });
    try {
      const w = await world(swept);
      const member = connect(swept, w.sessions.member, w.boardId);
      await synced(member);
      // As another instance would: straight in the database, no event here.
      await swept.database.pool.query(
        'update memberships set role = $1 where organisation_id = $2 and user_id = $3',
        ['viewer', w.org.id, w.users.member.id],
      );
      await waitFor(() => member.provider.authorizedScope === 'readonly', 'the sweep');
      await swept.database.pool.query(
        'delete from project_members where project_id = $1 and user_id = $2',
        [w.project.id, w.users.member.id],
      );
      await waitFor(() => member.closes.includes('access-revoked'), 'the sweep to revoke');
      member.destroy();
    } finally {
      await swept.close();
    }
  });
});

describe('documents never leak', () => {
  it('unloads a document whose store keeps failing once everyone has left', async () => {
    const app = await startCollabServer({ storeRetry: { attempts: 2, delayMs: 50 } });
    const w = await world(app);
    const fn = `refuse_store_${randomBytes(4).toString('hex')}`;
    await app.database.pool.query(
      `create function ${fn}() returns trigger language plpgsql as $$
       begin
         if new.id = '${w.boardId}'::uuid then raise exception 'store refused by the test'; end if;
         return new;
       end $$;
       create trigger ${fn} before update on boards for each row execute function ${fn}();`,
    );
    try {
      const client = connect(app, w.sessions.member, w.boardId);
      await synced(client);
      addStickyNote(client.doc, { text: 'Ei tallennu', language: 'fi', createdBy: 'x' });
      await acknowledged(client);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Still open while someone is on it: the store is being retried.
      expect(app.collab?.hocuspocus.documents.has(documentName(w.boardId))).toBe(true);
      client.destroy();
      await waitFor(
        () => app.collab?.hocuspocus.getDocumentsCount() === 0,
        'the document to unload',
      );
    } finally {
      await app.database.pool.query(`drop trigger ${fn} on boards; drop function ${fn}();`);
      await app.close();
    }
  });

  it('unloads a document whose load fails (a schema newer than this server)', async () => {
    const w = await world();
    const future = new Y.Doc();
    future.getMap('meta').set('schemaVersion', BOARD_SCHEMA_VERSION + 1);
    await server.database.pool.query('update boards set state = $1 where id = $2', [
      Buffer.from(Y.encodeStateAsUpdate(future)),
      w.boardId,
    ]);
    const client = open(server, w.sessions.member, w.boardId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.provider.isSynced).toBe(false);
    const name = documentName(w.boardId);
    expect(server.collab?.hocuspocus.documents.has(name)).toBe(false);
    expect(server.collab?.hocuspocus.loadingDocuments.has(name)).toBe(false);
    client.destroy();
  });

  it('migrates a schema version 1 document on load and stores it at once', async () => {
    const w = await world();
    const old = new Y.Doc();
    old.transact(() => {
      const groups = old.getMap<Y.Map<unknown>>('groups');
      for (const title of ['Odotus', 'Asiointi']) {
        const group = new Y.Map<unknown>();
        group.set('title', title);
        group.set('colour', 'red');
        groups.set(crypto.randomUUID(), group);
      }
    });
    await server.database.pool.query(
      'update boards set state = $1, schema_version = 1 where id = $2',
      [Buffer.from(Y.encodeStateAsUpdate(old)), w.boardId],
    );
    const client = open(server, w.sessions.viewer, w.boardId);
    await synced(client);
    expect(client.doc.getMap('meta').get('schemaVersion')).toBe(BOARD_SCHEMA_VERSION);
    expect(readBoard(client.doc).groups.map((g) => [g.title, g.order])).toEqual([
      ['Asiointi', 0],
      ['Odotus', 1],
    ]);
    const stored = await storedState(server, w.boardId);
    expect(stored.version).toBe(BOARD_SCHEMA_VERSION);
    expect(readBoard(stored.doc).groups).toHaveLength(2);
    client.destroy();
  });
});

describe('erasure', () => {
  it('empties the cards of an erased participant on a board open live, in memory, state and rows', async () => {
    const w = await world();
    const research = await buildResearch(server, w.project.id, w.users.admin.id);
    const { rows } = await server.database.pool.query<{ text: string }>(
      'select text from evidence where id = $1',
      [research.evidenceId],
    );
    const marker = rows[0]?.text as string;
    const live = open(server, w.sessions.member, w.boardId);
    await synced(live);
    addEvidenceCards(live.doc, {
      items: [
        { evidenceId: research.evidenceId, text: marker, language: 'fi' },
        { evidenceId: crypto.randomUUID(), text: 'Jonkun muun havainto', language: 'fi' },
      ],
      createdBy: w.users.member.id,
    });
    await acknowledged(live);
    // Stored before the erasure, so that both of its writes happen: the stored state in its
    // transaction, the open board after commit.
    await waitFor(
      async () => (await evidenceCards(w.boardId, research.evidenceId)).length === 1,
      'the card to be stored',
      LOADED,
    );

    const erased = await call(
      server,
      w.sessions.admin,
      'POST',
      `/api/v1/projects/${w.project.id}/participants/${research.participantId}/erase`,
    );
    expect(erased.statusCode).toBe(200);
    await waitFor(
      () => readBoard(live.doc).cards.some((c) => c.withdrawn),
      'the live board to lose the text',
      LOADED,
    );
    // Both writes merged: the live board has what is stored, and the store has the live change.
    await waitFor(
      async () => sameUpdates((await storedState(server, w.boardId)).doc, live.doc),
      'the stored and the live board to converge',
      LOADED,
    );
    const expected = [
      ['', true],
      ['Jonkun muun havainto', false],
    ];
    expect(readBoard(live.doc).cards.map((c) => [c.text, c.withdrawn])).toEqual(expected);
    const stored = await storedState(server, w.boardId);
    expect(readBoard(stored.doc).cards.map((c) => [c.text, c.withdrawn])).toEqual(expected);
    expect(stored.bytes.includes(Buffer.from(marker))).toBe(false);
    expect(await evidenceCards(w.boardId, research.evidenceId)).toEqual([
      { text: '', withdrawn: true },
    ]);
    // Edits after the erasure store again without bringing the text back.
    addStickyNote(live.doc, { text: 'Myöhemmin', language: 'fi', createdBy: 'x' });
    await acknowledged(live);
    await waitFor(
      async () => sameUpdates((await storedState(server, w.boardId)).doc, live.doc),
      'the later edit to be stored',
      LOADED,
    );
    expect((await storedState(server, w.boardId)).bytes.includes(Buffer.from(marker))).toBe(false);
  });
});

describe('erasure, afterwards', () => {
  it('empties on the next store a card of withdrawn evidence a client brings back', async () => {
    const w = await world();
    const research = await buildResearch(server, w.project.id, w.users.admin.id);
    const erased = await call(
      server,
      w.sessions.admin,
      'POST',
      `/api/v1/projects/${w.project.id}/participants/${research.participantId}/erase`,
    );
    expect(erased.statusCode).toBe(200);
    // As a client that was offline during the erasure, with the card and its text, would.
    const late = open(server, w.sessions.member, w.boardId);
    await synced(late);
    const marker = 'Myöhästynyt kirsikkapuisto';
    addEvidenceCards(late.doc, {
      items: [{ evidenceId: research.evidenceId, text: marker, language: 'fi' }],
      createdBy: w.users.member.id,
    });
    await waitFor(() => readBoard(late.doc).cards[0]?.withdrawn === true, 'the card emptied');
    await waitFor(
      async () => readBoard((await storedState(server, w.boardId)).doc).cards.length === 1,
      'the store',
    );
    expect((await storedState(server, w.boardId)).bytes.includes(Buffer.from(marker))).toBe(false);
  });
});

describe('several instances', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

  it('share edits through Redis', async () => {
    const redisPrefix = `timantti-test-${randomBytes(4).toString('hex')}`;
    const one = await startCollabServer({ redisUrl, redisPrefix });
    const two = await startCollabServer({ redisUrl, redisPrefix });
    try {
      const w = await world(one);
      const a = connect(one, w.sessions.admin, w.boardId);
      const b = connect(two, w.sessions.member, w.boardId);
      await Promise.all([synced(a), synced(b)]);
      addStickyNote(a.doc, { text: 'Ensimmäiseltä', language: 'fi', createdBy: 'x' });
      addStickyNote(b.doc, { text: 'Toiselta', language: 'fi', createdBy: 'x' });
      await waitFor(
        () => readBoard(a.doc).cards.length === 2 && snapshotOf(a) === snapshotOf(b),
        'both instances to see both edits',
      );
      await Promise.all([acknowledged(a), acknowledged(b)]);
      a.destroy();
      b.destroy();
      // Each instance stored its own edit; the stores merged instead of overwriting.
      await waitFor(
        async () => readBoard((await storedState(one, w.boardId)).doc).cards.length === 2,
        'both edits stored',
      );
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('erasure on one instance empties cards on a board open only on another, stored or not', async () => {
    const redisPrefix = `timantti-test-${randomBytes(4).toString('hex')}`;
    const one = await startCollabServer({ redisUrl, redisPrefix });
    // Never stores by itself during the test: its cards exist only in its memory.
    const two = await startCollabServer({
      redisUrl,
      redisPrefix,
      storeDebounceMs: 60_000,
      storeMaxDebounceMs: 120_000,
    });
    try {
      const w = await world(one);
      const research = await buildResearch(one, w.project.id, w.users.admin.id);
      const client = connect(two, w.sessions.member, w.boardId);
      await synced(client);
      const marker = 'Vain toisen instanssin muistissa';
      addEvidenceCards(client.doc, {
        items: [{ evidenceId: research.evidenceId, text: marker, language: 'fi' }],
        createdBy: w.users.member.id,
      });
      await acknowledged(client);
      expect(one.collab?.hocuspocus.documents.size).toBe(0);

      const erased = await call(
        one,
        w.sessions.admin,
        'POST',
        `/api/v1/projects/${w.project.id}/participants/${research.participantId}/erase`,
      );
      expect(erased.statusCode).toBe(200);
      await waitFor(
        () => readBoard(client.doc).cards[0]?.withdrawn === true,
        'the other instance to empty the card',
      );
      client.destroy();
      await waitFor(
        async () => readBoard((await storedState(one, w.boardId)).doc).cards.length === 1,
        'the card stored',
      );
      expect((await storedState(one, w.boardId)).bytes.includes(Buffer.from(marker))).toBe(false);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
