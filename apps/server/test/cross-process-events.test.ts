import {
  addCitation,
  addEvidenceCards,
  cellKey,
  conceptDocumentName,
  journeyDocumentName,
  readBoard,
  readJourney,
  setCellText,
  setConceptText,
} from '@timantti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../e2e/support/server.ts';
import { connectDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { createConcept } from '../src/modules/concepts/commands/create-concept.ts';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { createLogger } from '../src/platform/logger.ts';
import { acknowledged, connect, synced, waitFor, type Client } from './collab-support.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  sessionFor,
  type Session,
  type WithDatabase,
} from './harness.ts';
import { buildResearch } from './research-fixtures.ts';
import { scratchDatabase } from './scratch-database.ts';

// A database of its own for the two processes, as an installation with a role per process has.
const databaseUrl = await scratchDatabase();
const fixtures: WithDatabase = {
  database: connectDatabase(databaseUrl, createLogger('silent'), 4),
};
let api: RunningServer;
let collab: RunningServer;
const clients: Client[] = [];

// What happens on the api process must reach the collab process this soon.
const PROMPTLY = 2_000;

beforeAll(async () => {
  await runMigrations(fixtures.database.pool);
  // The access sweep far away: only events can explain what the collab process does in time.
  const env = {
    DATABASE_URL: databaseUrl,
    TIMANTTI_DEMO: 'off',
    TIMANTTI_ACCESS_SWEEP_SECONDS: '600',
  };
  [api, collab] = await Promise.all([
    startServer(env, ['--roles=api']),
    startServer(env, ['--roles=collab']),
  ]);
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all([api?.stop(), collab?.stop()]);
  await fixtures.database.pool.end();
});

function live(session: Session, id: string, documentName?: string): Client {
  const target = { url: `${collab.url.replace('http', 'ws')}/collab`, origin: collab.url };
  const client = connect(target, session, id, documentName ? { documentName } : {});
  clients.push(client);
  return client;
}

/** The REST API of the api process, as the web app calls it. */
function rest(session: Session, method: string, path: string, body?: unknown) {
  return fetch(`${api.url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Waits for `condition` no longer than PROMPTLY after `since`. */
const promptly = (since: number, condition: () => boolean, what: string) =>
  waitFor(condition, what, Math.max(0, since + PROMPTLY - Date.now()));

async function world() {
  const org = await buildOrganisation(fixtures);
  const admin = await buildUser(fixtures, { organisationId: org.id, role: 'admin' });
  const member = await buildUser(fixtures, { organisationId: org.id, role: 'member' });
  const project = await buildProject(fixtures, { organisationId: org.id, creatorId: admin.id });
  await addToTeam(fixtures, project.id, member.id);
  const boardId = await createBoard(fixtures.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Haastattelujen synteesi',
  });
  return {
    project,
    boardId,
    users: { admin, member },
    sessions: {
      admin: await sessionFor(fixtures, admin.id),
      member: await sessionFor(fixtures, member.id),
    },
  };
}

describe('with api and collab in separate processes', () => {
  it('an erasure through the api empties a card and withdraws a citation open on the collab process, within 2 s', async () => {
    const w = await world();
    const research = await buildResearch(fixtures, w.project.id, w.users.admin.id);
    const journeyId = await createJourney(fixtures.database.db, {
      actorUserId: w.users.admin.id,
      projectId: w.project.id,
      title: 'Tapahtumaluvan polku',
      kind: 'as_is',
      personaId: null,
      language: 'fi',
      start: { template: 'permit_application' },
    });
    const board = live(w.sessions.member, w.boardId);
    const map = live(w.sessions.member, journeyId, journeyDocumentName(journeyId));
    await Promise.all([synced(board), synced(map)]);
    addEvidenceCards(board.doc, {
      items: [
        { evidenceId: research.evidenceId, text: 'Vain kortilla', language: 'fi' },
        { evidenceId: crypto.randomUUID(), text: 'Jonkun muun havainto', language: 'fi' },
      ],
      createdBy: w.users.member.id,
    });
    const { stages, lanes } = readJourney(map.doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    setCellText(map.doc, lane.id, stage.id, 'Ei löydä lupahakemusta');
    addCitation(map.doc, lane.id, stage.id, { kind: 'evidence', id: research.evidenceId });
    await Promise.all([acknowledged(board), acknowledged(map)]);
    // Stored first: with nothing more to store, only the event can change the open copies.
    const stored = async (sql: string) =>
      (await fixtures.database.pool.query(sql, [research.evidenceId])).rows.length === 1;
    await waitFor(
      async () =>
        (await stored('select 1 from board_cards where evidence_id = $1')) &&
        (await stored('select 1 from journey_citations where evidence_id = $1')),
      'the card and the citation to be stored',
      20_000,
    );

    const started = Date.now();
    const erased = await rest(
      w.sessions.admin,
      'POST',
      `/api/v1/projects/${w.project.id}/participants/${research.participantId}/erase`,
    );
    expect(erased.status).toBe(200);
    await promptly(
      started,
      () => readBoard(board.doc).cards.some((card) => card.withdrawn),
      'the card to be emptied',
    );
    await promptly(
      started,
      () =>
        readJourney(map.doc).cells[cellKey(lane.id, stage.id)]?.citations[0]?.withdrawn === true,
      'the citation to be withdrawn',
    );
    expect(readBoard(board.doc).cards.map((card) => [card.text, card.withdrawn])).toEqual([
      ['', true],
      ['Jonkun muun havainto', false],
    ]);
  });

  it('revocation through the api closes live connections on the collab process at once, not at the sweep', async () => {
    const w = await world();
    const member = live(w.sessions.member, w.boardId);
    const signedOut = await sessionFor(fixtures, w.users.admin.id);
    const leaving = live(signedOut, w.boardId);
    const staying = live(w.sessions.admin, w.boardId);
    await Promise.all([synced(member), synced(leaving), synced(staying)]);

    let started = Date.now();
    const removed = await rest(
      w.sessions.admin,
      'DELETE',
      `/api/v1/projects/${w.project.id}/team/${w.users.member.id}`,
    );
    expect(removed.status).toBe(200);
    await promptly(started, () => member.closes.includes('access-revoked'), 'the member closed');

    started = Date.now();
    expect((await rest(signedOut, 'POST', '/api/v1/auth/logout')).status).toBeLessThan(300);
    await promptly(started, () => leaving.closes.includes('access-revoked'), 'the session closed');
    expect(staying.closes).toEqual([]);
  });

  it('an event still reaches the collab process while its listening connection keeps being killed', async () => {
    const w = await world();
    const member = live(w.sessions.member, w.boardId);
    await synced(member);
    let flapping = true;
    const killing = (async () => {
      while (flapping) {
        await fixtures.database.pool.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
           where datname = current_database()
             and starts_with(application_name, 'timantti-events answers ')`,
        );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const removed = await rest(
        w.sessions.admin,
        'DELETE',
        `/api/v1/projects/${w.project.id}/team/${w.users.member.id}`,
      );
      expect(removed.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      flapping = false;
      await killing;
    }
    // Back within the longest backoff, it reads what it missed.
    await waitFor(() => member.closes.includes('access-revoked'), 'the member closed', 10_000);
    await waitFor(
      async () =>
        (
          await fixtures.database.pool.query(
            `select 1 from pg_stat_activity
             where datname = current_database()
             and starts_with(application_name, 'timantti-events answers ')`,
          )
        ).rows.length === 1,
      'the collab process to listen again',
      10_000,
    );
  });

  it('freezing a concept on the api reads what a client of the collab process typed just before', async () => {
    const w = await world();
    const conceptId = await createConcept(fixtures.database.db, {
      actorUserId: w.users.admin.id,
      projectId: w.project.id,
      name: 'Nuorten työpolku',
      summary: 'Nuori saa yhden ohjaajan.',
      language: 'fi',
    });
    const draft = live(w.sessions.member, conceptId, conceptDocumentName(conceptId));
    await synced(draft);
    setConceptText(draft.doc, 'howItWorks', 'Ohjaaja soittaa heti.');
    // Acknowledged, not stored: the collab process stores after a 2 s pause by itself.
    await acknowledged(draft);
    const frozen = await rest(
      w.sessions.admin,
      'POST',
      `/api/v1/projects/${w.project.id}/concepts/${conceptId}/versions`,
      { reason: 'Työpajan tulos' },
    );
    expect(frozen.status).toBe(201);
    const version = (await frozen.json()) as { snapshot: { howItWorks: string } };
    expect(version.snapshot.howItWorks).toBe('Ohjaaja soittaa heti.');
  });
});
