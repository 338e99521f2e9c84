import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.ts';
import { call, startTestApp } from './harness.ts';
import { buildWorld } from './route-cases.ts';

const app = await startTestApp();

// The authorization matrix's world: an organisation whose project holds every kind of material.
const w = await buildWorld(app);
const session = w.sessions.admin;
const r = `/api/v1/projects/${w.projectId}`;

/** Every row of the organisation, so a refused request provably changed nothing. */
const snapshot = () => fingerprint(app, [w.orgId]);

const writes: { method: 'POST' | 'PUT' | 'PATCH'; url: string }[] = [
  { method: 'POST', url: `/api/v1/orgs/${w.orgId}/projects` },
  { method: 'PATCH', url: `/api/v1/projects/${w.projectId}` },
  { method: 'POST', url: `/api/v1/projects/${w.projectId}/phase` },
  { method: 'PUT', url: `/api/v1/projects/${w.projectId}/team/${w.targetUserId}` },
  { method: 'POST', url: `/api/v1/projects/${w.projectId}/checklist` },
  { method: 'PATCH', url: `/api/v1/projects/${w.projectId}/checklist/${w.itemId}` },
  { method: 'POST', url: `/api/v1/orgs/${w.orgId}/invitations` },
  { method: 'PATCH', url: `/api/v1/orgs/${w.orgId}/members/${w.targetUserId}` },
  { method: 'PATCH', url: '/api/v1/account' },
  { method: 'POST', url: `${r}/participants` },
  { method: 'PATCH', url: `${r}/participants/${w.participantId}` },
  { method: 'POST', url: `${r}/participants/${w.participantId}/consent` },
  { method: 'PUT', url: `${r}/participants/${w.participantId}/contact` },
  { method: 'POST', url: `${r}/sessions` },
  { method: 'PUT', url: `${r}/sessions/${w.sessionId}` },
  { method: 'POST', url: `${r}/sessions/${w.sessionId}/notes` },
  { method: 'PUT', url: `${r}/notes/${w.noteId}` },
  { method: 'POST', url: `${r}/evidence` },
  { method: 'PUT', url: `${r}/evidence/${w.evidenceId}/tags` },
  { method: 'POST', url: `${r}/sources` },
  { method: 'POST', url: `${r}/tags` },
  { method: 'POST', url: `${r}/tags/${w.tagId}/merge` },
  { method: 'POST', url: `${r}/boards` },
  { method: 'PATCH', url: `${r}/boards/${w.boardId}` },
  { method: 'POST', url: `${r}/boards/${w.boardId}/theme-suggestions` },
  { method: 'POST', url: `${r}/insights` },
  { method: 'PATCH', url: `${r}/insights/${w.insightId}` },
  { method: 'POST', url: `${r}/personas` },
  { method: 'PATCH', url: `${r}/personas/${w.personaId}` },
  { method: 'POST', url: `${r}/journeys` },
  { method: 'PATCH', url: `${r}/journeys/${w.journeyId}` },
  { method: 'POST', url: `/api/v1/orgs/${w.orgId}/method-cards` },
  { method: 'PUT', url: `/api/v1/orgs/${w.orgId}/method-cards/customer-interview` },
  { method: 'POST', url: '/api/v1/account/password' },
];

function expectProblem(response: Awaited<ReturnType<typeof call>>, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status, code });
  expect(response.json().title).toEqual(expect.any(String));
}

describe('bad input', () => {
  it.each(writes)(
    '$method $url: malformed JSON is a 400 problem and changes nothing',
    async ({ method, url }) => {
      const before = await snapshot();
      const response = await app.app.inject({
        method,
        url,
        payload: '{"name": "Puolikas',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/json',
        },
      });
      expectProblem(response, 400, 'malformed_json');
      expect(await snapshot()).toEqual(before);
    },
  );

  it('wrong types, over-long strings and unknown fields name each field, localized', async () => {
    const before = await snapshot();
    const response = await call(
      app,
      session,
      'POST',
      `/api/v1/orgs/${w.orgId}/projects`,
      { name: 'x'.repeat(201), challenge: 42, goals: ['ok', ''], phase: 'deliver' },
      { 'accept-language': 'en' },
    );
    expectProblem(response, 400, 'validation_failed');
    // The admin's account language (Finnish) wins over the browser's.
    expect(response.json().errors).toEqual([
      { path: 'name', message: 'Arvo on liian pitkä (enintään 200).' },
      { path: 'challenge', message: 'Arvo on väärää tyyppiä.' },
      { path: 'goals.1', message: 'Arvo on liian lyhyt.' },
      { path: '', message: 'Tuntematon kenttä: phase.' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses NUL and lone surrogates in any text, naming each field in the caller’s language', async () => {
    const before = await snapshot();
    const response = await call(app, session, 'POST', `/api/v1/orgs/${w.orgId}/projects`, {
      name: 'Lupa\u0000palvelu',
      challenge: 'Miten \ud800voisimme',
      goals: ['ok', 'x\udfff'],
    });
    expectProblem(response, 400, 'validation_failed');
    const unstorable =
      'Tekstissä on merkki, jota ei voi tallentaa (NUL-merkki tai pariton UTF-16-sijaismerkki).';
    expect(response.json().errors).toEqual([
      { path: 'name', message: unstorable },
      { path: 'challenge', message: unstorable },
      { path: 'goals.1', message: unstorable },
    ]);
    const participant = await call(app, session, 'PATCH', `${r}/participants/${w.participantId}`, {
      version: 1,
      attributes: { 'Ikä\u0000': '30', Kunta: 'Jyväs\ud800kylä' },
    });
    expect(participant.json().errors).toEqual([
      { path: 'attributes.Ikä\u0000', message: unstorable },
      { path: 'attributes.Kunta', message: unstorable },
    ]);
    expect(await snapshot()).toEqual(before);

    // Anonymous callers get the language their browser asks for.
    const messages = { sv: 'Texten innehåller', en: 'The text contains' };
    for (const [locale, start] of Object.entries(messages)) {
      const login = await call(
        app,
        null,
        'POST',
        '/api/v1/auth/login',
        { email: 'nobody@test.example', password: 'salasana\u0000' },
        { 'accept-language': locale },
      );
      expectProblem(login, 400, 'validation_failed');
      expect(login.json().errors).toEqual([
        { path: 'password', message: expect.stringMatching(new RegExp(`^${start}`)) },
      ]);
    }
  });

  it('refuses a note nested a thousand quotes deep, or holding NUL anywhere, as a 400', async () => {
    const before = await snapshot();
    let block: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'syvällä' }] };
    for (let i = 0; i < 1000; i++) block = { type: 'blockquote', content: [block] };
    const deep = await call(app, session, 'POST', `${r}/sessions/${w.sessionId}/notes`, {
      content: { type: 'doc', content: [block] },
    });
    expectProblem(deep, 400, 'validation_failed');
    expect(deep.json().errors).toEqual([
      { path: 'content', message: 'Rakenne on liian syvä (enintään 12 sisäkkäistä tasoa).' },
    ]);
    const link = await call(app, session, 'PUT', `${r}/notes/${w.noteId}`, {
      version: 1,
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'Lupapiste',
                marks: [{ type: 'link', attrs: { href: 'https://lupapiste.fi/\ud800' } }],
              },
            ],
          },
        ],
      },
    });
    expectProblem(link, 400, 'validation_failed');
    expect(link.json().errors).toEqual([
      { path: 'content.content.0.content.0.marks.0.attrs.href', message: expect.any(String) },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a body sent to a write that takes none, and does nothing', async () => {
    const before = await snapshot();
    const archive = await call(app, session, 'POST', `${r}/archive`, { archived: false });
    expectProblem(archive, 400, 'validation_failed');
    expect(archive.json().errors).toEqual([{ path: '', message: 'Tämä pyyntö ei ota sisältöä.' }]);
    const remove = await call(app, session, 'DELETE', `${r}/tags/${w.tagId}`, [1]);
    expectProblem(remove, 400, 'validation_failed');
    const file = await call(app, session, 'POST', `${r}/restore`, 'a;b\n1;2\n', {
      'content-type': 'text/csv',
    });
    expectProblem(file, 400, 'validation_failed');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses query text PostgreSQL cannot take; a forged cursor starts from the first page', async () => {
    for (const url of [
      `${r}/search?q=lupa%00`,
      `${r}/search?q=lupa&segment=%00`,
      `/api/v1/orgs/${w.orgId}/projects?q=%00`,
      `${r}/evidence?cursor=%00`,
    ]) {
      expectProblem(await call(app, session, 'GET', url), 400, 'validation_failed');
    }
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const first = await call(app, session, 'GET', `${r}/evidence`);
    for (const at of ['eilen', '2026-02-30 10:00:00+00', '2026-11-22 10:00:00\u0000+00']) {
      const page = await call(
        app,
        session,
        'GET',
        `${r}/evidence?cursor=${cursor({ at, id: w.evidenceId })}`,
      );
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().items).toEqual(first.json().items);
    }
    for (const rank of [1e308, -1e308, 1e-300]) {
      const page = await call(
        app,
        session,
        'GET',
        `${r}/search?q=palvelupolku&cursor=${cursor({ rank, id: w.evidenceId })}`,
      );
      expect(page.statusCode, page.body).toBe(200);
    }
  });

  it('refuses unknown query parameters and malformed ids', async () => {
    expectProblem(
      await call(app, session, 'GET', `/api/v1/orgs/${w.orgId}/projects?sort=name`),
      400,
      'validation_failed',
    );
    expectProblem(
      await call(app, session, 'GET', `/api/v1/orgs/${w.orgId}/projects?phase=later`),
      400,
      'validation_failed',
    );
    expectProblem(
      await call(app, session, 'GET', '/api/v1/projects/not-a-uuid'),
      400,
      'validation_failed',
    );
  });

  it('refuses a body over 1 MiB and a non-JSON content type', async () => {
    const before = await snapshot();
    const big = await call(app, session, 'PATCH', `/api/v1/projects/${w.projectId}`, {
      challenge: 'x'.repeat(1_100_000),
    });
    expectProblem(big, 413, 'payload_too_large');
    const form = await app.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${w.projectId}`,
      payload: 'challenge=x',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expectProblem(form, 415, 'unsupported_media_type');
    expect(await snapshot()).toEqual(before);
  });

  it('answers any generated body with a 2xx or a 4xx problem, never a 500; a 4xx changes nothing', async () => {
    let before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.oneof(
          fc.anything({ maxDepth: 2 }),
          fc.dictionary(
            fc.constantFrom(
              'name',
              'challenge',
              'goals',
              'phase',
              'label',
              'done',
              'perspectives',
              'role',
              'email',
              'locale',
              'displayName',
              'newPassword',
              'currentPassword',
              'extra',
              'kind',
              'title',
              'heldOn',
              'body',
              'text',
              'noteId',
              'start',
              'end',
              'consent',
              'purpose',
              'givenOn',
              'method',
              'tagIds',
              'intoTagId',
              'segment',
              'attributes',
              'archived',
              'phone',
              'statement',
              'hmw',
              'evidenceIds',
              'needs',
              'quote',
              'story',
              'avatar',
              'citations',
            ),
            fc.oneof(
              fc.string({ maxLength: 40 }),
              fc.integer(),
              fc.boolean(),
              fc.constant(null),
              fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
            ),
          ),
        ),
        async ({ method, url }, body) => {
          const response = await app.app.inject({
            method,
            url,
            payload: JSON.stringify(body) ?? 'null',
            headers: {
              cookie: session.cookie,
              'x-csrf-token': session.csrfToken,
              'content-type': 'application/json',
            },
          });
          expect(response.statusCode, response.body).toBeLessThan(500);
          const after = await snapshot();
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect(after).toEqual(before);
          }
          // A write that succeeded is the state the next refusal must leave alone.
          before = after;
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
