import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addIdeaCards,
  type Board,
  type Idea,
  type IdeaList,
  type VotingRound,
} from '@timantti/contracts';
import * as Y from 'yjs';
import { storeLiveDocument } from '../src/collab/stored-document.ts';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { boardStorage } from '../src/modules/synthesis/board-storage.ts';
import {
  addToTeam,
  adminOfNewOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  testConfig,
  type Session,
} from './harness.ts';
import { SKETCH } from './route-cases.ts';

const app = await startTestApp();

async function ok<T>(
  session: Session,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  const response = await call(app, session, method, url, body, headers);
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return response.statusCode === 204 ? (undefined as T) : response.json<T>();
}

/** A project with an admin, a facilitator, a member, a customer member and a viewer on it. */
async function team() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const person = async (role: 'facilitator' | 'member' | 'customer_member' | 'viewer') => {
    const user = await buildUser(app, { organisationId: org.id, role });
    await addToTeam(app, project.id, user.id);
    return sessionFor(app, user.id);
  };
  return {
    org,
    base: `/api/v1/projects/${project.id}`,
    admin: session,
    facilitator: await person('facilitator'),
    member: await person('member'),
    customer: await person('customer_member'),
    viewer: await person('viewer'),
  };
}

const addIdea = (session: Session, base: string, text: string) =>
  ok<Idea>(session, 'POST', `${base}/ideas`, { text });

describe('ideas', () => {
  it('are written by the whole team, customer members too, and read by viewers', async () => {
    const t = await team();
    const fromCustomer = await addIdea(t.customer, t.base, 'Yksi yhteyshenkilö koko polulle');
    expect(fromCustomer.abilities).toEqual({ edit: true, pick: false, delete: true });
    const refused = await call(app, t.viewer, 'POST', `${t.base}/ideas`, { text: 'Ei saa' });
    expect(refused.statusCode).toBe(403);
    const list = await ok<IdeaList>(t.viewer, 'GET', `${t.base}/ideas`);
    expect(list.items.map((i) => i.text)).toEqual(['Yksi yhteyshenkilö koko polulle']);
    expect(list.abilities).toEqual({ add: false, openRound: false });
    // Picking is for those who steer the work; the writer may still change their words.
    const pick = { version: fromCustomer.version, status: 'picked' };
    const url = `${t.base}/ideas/${fromCustomer.id}`;
    expect((await call(app, t.customer, 'PATCH', url, pick)).statusCode).toBe(403);
    const picked = await ok<Idea>(t.member, 'PATCH', url, pick);
    expect(picked.status).toBe('picked');
    const stale = await call(app, t.customer, 'PATCH', url, { version: 1, text: 'Uusi' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('edit_conflict');
    expect(stale.json().current.status).toBe('picked');
  });

  it('are seen by no other organisation', async () => {
    const t = await team();
    const idea = await addIdea(t.member, t.base, 'Chat-neuvonta iltaisin');
    const other = await adminOfNewOrganisation(app);
    for (const url of [`${t.base}/ideas`, `${t.base}/ideas/${idea.id}`]) {
      const response = await call(app, other.session, 'GET', url);
      expect(response.statusCode).toBe(404);
    }
    const vote = await call(app, other.session, 'PATCH', `${t.base}/ideas/${idea.id}`, {
      version: 1,
      text: 'Kaapattu',
    });
    expect(vote.statusCode).toBe(404);
  });

  it('keep a sketch served only as the image its bytes are, gone with the idea', async () => {
    const t = await team();
    const idea = await addIdea(t.member, t.base, 'Palvelupiste kirjastoon');
    const url = `${t.base}/ideas/${idea.id}/sketch`;
    const disguised = await call(app, t.member, 'PUT', url, '<svg onload="alert(1)"/>', {
      'content-type': 'image/png',
    });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().code).toBe('sketch_type_unsupported');
    const withSketch = await ok<Idea>(t.member, 'PUT', url, SKETCH, {
      'content-type': 'image/png',
    });
    expect(withSketch.sketch).toMatchObject({ type: 'image/png', bytes: SKETCH.length });
    const served = await call(app, t.viewer, 'GET', withSketch.sketch?.url ?? '');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toBe('inline');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.equals(SKETCH)).toBe(true);
    const dir = path.join(testConfig.dataDir, 'sketches');
    const fileId = new URL(withSketch.sketch?.url ?? '', 'http://x').searchParams.get('v');
    expect(fs.existsSync(path.join(dir, `${fileId}.upload`))).toBe(true);
    await ok(t.member, 'DELETE', `${t.base}/ideas/${idea.id}`);
    expect(fs.existsSync(path.join(dir, `${fileId}.upload`))).toBe(false);
    expect((await call(app, t.viewer, 'GET', url)).statusCode).toBe(404);
  });

  it('hide their authors from voters when the round says so', async () => {
    const t = await team();
    const idea = await addIdea(t.member, t.base, 'Ajanvaraus tekstiviestillä');
    await ok(t.facilitator, 'POST', `${t.base}/voting-rounds`, {
      title: 'Nimettömät ideat',
      budget: 3,
      hideAuthors: true,
    });
    const authorFor = async (session: Session) =>
      (await ok<Idea>(session, 'GET', `${t.base}/ideas/${idea.id}`)).author;
    expect(await authorFor(t.customer)).toBeUndefined();
    expect(await authorFor(t.viewer)).toBeUndefined();
    expect((await authorFor(t.member))?.id).toBe(t.member.userId);
    expect((await authorFor(t.facilitator))?.id).toBe(t.member.userId);
    expect((await authorFor(t.admin))?.id).toBe(t.member.userId);
  });
});

describe('idea cards on a board', () => {
  it('derive rows that link only the project’s own ideas', async () => {
    const t = await team();
    const idea = await addIdea(t.customer, t.base, 'Oma ohjaaja koko polulle');
    const other = await team();
    const foreign = await addIdea(other.member, other.base, 'Toisen organisaation idea');
    const projectId = t.base.split('/').pop() ?? '';
    const boardId = await createBoard(app.database.db, {
      actorUserId: t.admin.userId,
      projectId,
      title: 'Ideataulu',
    });
    const doc = new Y.Doc();
    addIdeaCards(doc, {
      items: [
        { ideaId: idea.id, text: idea.text, language: 'fi' },
        { ideaId: foreign.id, text: 'Kopioitu teksti', language: 'fi' },
      ],
      createdBy: t.admin.userId,
    });
    await storeLiveDocument(boardStorage, app.database.db, {
      id: boardId,
      document: doc,
      mergeOrigin: null,
    });
    const board = await ok<Board>(t.viewer, 'GET', `${t.base}/boards/${boardId}`);
    expect(
      board.cards
        .map((card) => [card.kind, card.ideaId, card.text])
        .sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    ).toEqual([
      ['idea', null, 'Kopioitu teksti'],
      ['idea', idea.id, 'Oma ohjaaja koko polulle'],
    ]);
    // Deleting the idea keeps the card, its text as placed, and lets go of the link.
    await ok(t.customer, 'DELETE', `${t.base}/ideas/${idea.id}`);
    const after = await ok<Board>(t.viewer, 'GET', `${t.base}/boards/${boardId}`);
    expect(after.cards.find((card) => card.text === idea.text)?.ideaId).toBeNull();
  });
});

describe('dot voting', () => {
  it('holds the budget when one person votes five times at once', async () => {
    const t = await team();
    const ideas = await Promise.all(
      ['A', 'B', 'C', 'D', 'E'].map((letter) => addIdea(t.member, t.base, `Idea ${letter}`)),
    );
    const round = await ok<VotingRound>(t.facilitator, 'POST', `${t.base}/voting-rounds`, {
      title: 'Ensimmäinen kierros',
      budget: 3,
    });
    const votes = `${t.base}/voting-rounds/${round.id}/votes`;
    const answers = await Promise.all(
      ideas.map((idea) => call(app, t.customer, 'POST', votes, { ideaId: idea.id })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) {
      expect(refused.json().code).toBe('vote_budget_spent');
    }
    const mine = await ok<VotingRound>(t.customer, 'GET', `${t.base}/voting-rounds/${round.id}`);
    expect(Object.values(mine.myVotes).reduce((a, b) => a + b, 0)).toBe(3);
    expect(mine.remaining).toBe(0);

    // Stacking on one idea the same way: the budget holds, every dot on the one idea.
    const stacking = await ok<VotingRound>(t.facilitator, 'POST', `${t.base}/voting-rounds`, {
      title: 'Pinottavat pisteet',
      budget: 2,
      allowStacking: true,
    });
    const first = ideas[0]?.id ?? '';
    const stacked = await Promise.all(
      ideas.map(() =>
        call(app, t.member, 'POST', `${t.base}/voting-rounds/${stacking.id}/votes`, {
          ideaId: first,
        }),
      ),
    );
    expect(stacked.filter((a) => a.statusCode === 200)).toHaveLength(2);
    const after = await ok<VotingRound>(t.member, 'GET', `${t.base}/voting-rounds/${stacking.id}`);
    expect(after.myVotes).toEqual({ [first]: 2 });
  });

  it('refuses a second dot on one idea unless the round allows stacking', async () => {
    const t = await team();
    const idea = await addIdea(t.member, t.base, 'Yhteinen asiakassuunnitelma');
    const round = await ok<VotingRound>(t.member, 'POST', `${t.base}/voting-rounds`, {
      title: 'Yksi piste ideaa kohden',
      budget: 5,
    });
    const votes = `${t.base}/voting-rounds/${round.id}/votes`;
    await ok(t.member, 'POST', votes, { ideaId: idea.id });
    const again = await call(app, t.member, 'POST', votes, { ideaId: idea.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('vote_stacking_not_allowed');
    const back = await ok<VotingRound>(t.member, 'DELETE', `${votes}/${idea.id}`);
    expect(back.myVotes).toEqual({});
    expect(back.remaining).toBe(5);
    expect((await call(app, t.viewer, 'POST', votes, { ideaId: idea.id })).statusCode).toBe(403);
  });

  it('shows results only once the round is closed, by its opener or an admin', async () => {
    const t = await team();
    const [a, b] = [
      await addIdea(t.member, t.base, 'Nuorten oma neuvoja'),
      await addIdea(t.customer, t.base, 'Palvelupolku yhdellä sivulla'),
    ];
    const round = await ok<VotingRound>(t.member, 'POST', `${t.base}/voting-rounds`, {
      title: 'Työpajan äänestys',
      budget: 3,
      allowStacking: true,
    });
    const roundUrl = `${t.base}/voting-rounds/${round.id}`;
    const vote = (session: Session, ideaId: string) =>
      ok<VotingRound>(session, 'POST', `${roundUrl}/votes`, { ideaId });
    await vote(t.member, b.id);
    await vote(t.member, b.id);
    await vote(t.customer, b.id);
    await vote(t.customer, a.id);
    await vote(t.facilitator, a.id);
    for (const session of [t.admin, t.facilitator, t.member, t.customer, t.viewer]) {
      const seen = await ok<VotingRound>(session, 'GET', roundUrl);
      expect(seen.results).toBeNull();
      expect(seen.voterCount).toBeNull();
      const listed = await ok<{ items: VotingRound[] }>(session, 'GET', `${t.base}/voting-rounds`);
      expect(listed.items[0]?.results).toBeNull();
    }
    expect((await ok<VotingRound>(t.member, 'GET', roundUrl)).abilities.close).toBe(true);
    for (const session of [t.facilitator, t.customer, t.viewer]) {
      expect((await call(app, session, 'POST', `${roundUrl}/close`)).statusCode).toBe(403);
    }
    const closed = await ok<VotingRound>(t.member, 'POST', `${roundUrl}/close`);
    expect(closed.status).toBe('closed');
    expect(closed.results).toEqual([
      { ideaId: b.id, dots: 3, voters: 2 },
      { ideaId: a.id, dots: 2, voters: 2 },
    ]);
    expect(closed.voterCount).toBe(3);
    const late = await call(app, t.customer, 'POST', `${roundUrl}/votes`, { ideaId: a.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('voting_round_closed');
    const takeBack = await call(app, t.customer, 'DELETE', `${roundUrl}/votes/${a.id}`);
    expect(takeBack.json().code).toBe('voting_round_closed');

    // An admin may close a round someone else opened.
    const second = await ok<VotingRound>(t.member, 'POST', `${t.base}/voting-rounds`, {
      title: 'Toinen kierros',
      budget: 1,
    });
    const byAdmin = await call(app, t.admin, 'POST', `${t.base}/voting-rounds/${second.id}/close`);
    expect(byAdmin.statusCode).toBe(200);
  });

  it('keeps a round over one insight to that insight’s ideas', async () => {
    const t = await team();
    const evidence = await ok<{ id: string }>(t.admin, 'POST', `${t.base}/evidence`, {
      kind: 'observation',
      text: 'Asiakas etsi lomaketta kolmelta sivulta.',
    });
    const insight = await ok<{ id: string }>(t.admin, 'POST', `${t.base}/insights`, {
      statement: 'Lomakkeet ovat hajallaan.',
      hmw: 'Miten voisimme koota lomakkeet yhteen?',
      evidenceIds: [evidence.id],
    });
    const inside = await ok<Idea>(t.customer, 'POST', `${t.base}/ideas`, {
      text: 'Yksi lomakesivu',
      insightId: insight.id,
    });
    const outside = await addIdea(t.customer, t.base, 'Muu idea');
    const listed = await ok<IdeaList>(t.viewer, 'GET', `${t.base}/ideas?insightId=${insight.id}`);
    expect(listed.items.map((i) => i.id)).toEqual([inside.id]);
    const round = await ok<VotingRound>(t.member, 'POST', `${t.base}/voting-rounds`, {
      title: 'Lomakeideat',
      insightId: insight.id,
      budget: 2,
    });
    const votes = `${t.base}/voting-rounds/${round.id}/votes`;
    await ok(t.customer, 'POST', votes, { ideaId: inside.id });
    const refused = await call(app, t.customer, 'POST', votes, { ideaId: outside.id });
    expect(refused.json().code).toBe('idea_not_in_round');
  });
});
