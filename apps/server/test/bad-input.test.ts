import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { createInsight } from '../src/modules/synthesis/commands/create-insight.ts';
import { createPersona } from '../src/modules/personas/commands/create-persona.ts';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import { buildResearch } from './research-fixtures.ts';
import {
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
} from './harness.ts';

const app = await startTestApp();

const org = await buildOrganisation(app);
const admin = await buildUser(app, { organisationId: org.id, role: 'admin' });
const member = await buildUser(app, { organisationId: org.id, role: 'member' });
const session: Session = await sessionFor(app, admin.id);
const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
const research = await buildResearch(app, project.id, admin.id);
const r = `/api/v1/projects/${project.id}`;
const boardId = await createBoard(app.database.db, {
  actorUserId: admin.id,
  projectId: project.id,
  title: 'Synteesi',
});
const insightId = await createInsight(app.database.db, {
  actorUserId: admin.id,
  projectId: project.id,
  values: {
    statement: 'Hakija ei löydä lupaa.',
    hmw: '',
    evidenceIds: [research.evidenceId],
    boardId,
    groupId: null,
  },
});
const personaId = await createPersona(app.database.db, {
  actorUserId: admin.id,
  projectId: project.id,
  values: {
    kind: 'persona',
    name: 'Hakija Heikki',
    avatar: { kind: 'icon', icon: 'worker' },
    segment: '',
    needs: ['Selkeä lupaohje'],
    goals: [],
    frustrations: [],
    quote: '',
    story: '',
    language: 'fi',
    citations: { needs: [research.evidenceId] },
  },
});
const journeyId = await createJourney(app.database.db, {
  actorUserId: admin.id,
  projectId: project.id,
  title: 'Lupapolku',
  kind: 'as_is',
  personaId: null,
  language: 'fi',
  start: { template: 'blank' },
});
const item = (await call(app, session, 'GET', `/api/v1/projects/${project.id}`)).json()
  .checklist[0];

/** Everything the organisation's people could change, so a refused request provably changed nothing. */
async function snapshot(): Promise<string> {
  const { rows } = await app.database.pool.query(
    `select json_build_object(
       'projects', (select json_agg(p order by p.id) from projects p where p.organisation_id = $1),
       'team', (select json_agg(t order by t.user_id) from project_members t where t.project_id = $2),
       'checklist', (select json_agg(c order by c.id) from checklist_items c where c.project_id = $2),
       'members', (select json_agg(m order by m.user_id) from memberships m where m.organisation_id = $1),
       'participants', (select json_agg(x order by x.id) from participants x where x.project_id = $2),
       'contacts', (select json_agg(x order by x.participant_id) from participant_contacts x join participants y on y.id = x.participant_id where y.project_id = $2),
       'consents', (select json_agg(x order by x.id) from consents x join participants y on y.id = x.participant_id where y.project_id = $2),
       'sessions', (select json_agg(x order by x.id) from research_sessions x where x.project_id = $2),
       'notes', (select json_agg(x order by x.id) from notes x where x.project_id = $2),
       'evidence', (select json_agg(x order by x.id) from evidence x where x.project_id = $2),
       'evidenceTags', (select json_agg(x order by x.evidence_id, x.tag_id) from evidence_tags x join tags y on y.id = x.tag_id where y.project_id = $2),
       'sources', (select json_agg(x order by x.id) from sources x where x.project_id = $2),
       'tags', (select json_agg(x order by x.id) from tags x where x.project_id = $2),
       'boards', (select json_agg(x order by x.id) from boards x where x.project_id = $2),
       'boardGroups', (select json_agg(x order by x.board_id, x.group_id) from board_groups x join boards y on y.id = x.board_id where y.project_id = $2),
       'boardCards', (select json_agg(x order by x.board_id, x.card_id) from board_cards x join boards y on y.id = x.board_id where y.project_id = $2),
       'insights', (select json_agg(x order by x.id) from insights x where x.project_id = $2),
       'insightEvidence', (select json_agg(x order by x.insight_id, x.evidence_id) from insight_evidence x join insights y on y.id = x.insight_id where y.project_id = $2),
       'personas', (select json_agg(x order by x.id) from personas x where x.project_id = $2),
       'personaCitations', (select json_agg(x order by x.persona_id, x.field, x.evidence_id) from persona_citations x join personas y on y.id = x.persona_id where y.project_id = $2),
       'themeSuggestions', (select json_agg(x order by x.id) from theme_suggestions x where x.project_id = $2),
       'journeys', (select json_agg(x order by x.id) from journeys x where x.project_id = $2),
       'journeyStages', (select json_agg(x order by x.journey_id, x.stage_id) from journey_stages x join journeys y on y.id = x.journey_id where y.project_id = $2),
       'journeyLanes', (select json_agg(x order by x.journey_id, x.lane_id) from journey_lanes x join journeys y on y.id = x.journey_id where y.project_id = $2),
       'invitations', (select count(*) from invitations i where i.organisation_id = $1),
       'users', (select json_agg(json_build_object('id', u.id, 'name', u.display_name, 'locale', u.locale, 'hash', u.password_hash)) from users u where u.id in ($3, $4))
     ) as state`,
    [org.id, project.id, admin.id, member.id],
  );
  return JSON.stringify(rows[0].state);
}

const writes: { method: 'POST' | 'PUT' | 'PATCH'; url: string }[] = [
  { method: 'POST', url: `/api/v1/orgs/${org.id}/projects` },
  { method: 'PATCH', url: `/api/v1/projects/${project.id}` },
  { method: 'POST', url: `/api/v1/projects/${project.id}/phase` },
  { method: 'PUT', url: `/api/v1/projects/${project.id}/team/${member.id}` },
  { method: 'POST', url: `/api/v1/projects/${project.id}/checklist` },
  { method: 'PATCH', url: `/api/v1/projects/${project.id}/checklist/${item.id}` },
  { method: 'POST', url: `/api/v1/orgs/${org.id}/invitations` },
  { method: 'PATCH', url: `/api/v1/orgs/${org.id}/members/${member.id}` },
  { method: 'PATCH', url: '/api/v1/account' },
  { method: 'POST', url: `${r}/participants` },
  { method: 'PATCH', url: `${r}/participants/${research.participantId}` },
  { method: 'POST', url: `${r}/participants/${research.participantId}/consent` },
  { method: 'PUT', url: `${r}/participants/${research.participantId}/contact` },
  { method: 'POST', url: `${r}/sessions` },
  { method: 'PUT', url: `${r}/sessions/${research.sessionId}` },
  { method: 'POST', url: `${r}/sessions/${research.sessionId}/notes` },
  { method: 'PUT', url: `${r}/notes/${research.noteId}` },
  { method: 'POST', url: `${r}/evidence` },
  { method: 'PUT', url: `${r}/evidence/${research.evidenceId}/tags` },
  { method: 'POST', url: `${r}/sources` },
  { method: 'POST', url: `${r}/tags` },
  { method: 'POST', url: `${r}/tags/${research.tagId}/merge` },
  { method: 'POST', url: `${r}/boards` },
  { method: 'PATCH', url: `${r}/boards/${boardId}` },
  { method: 'POST', url: `${r}/boards/${boardId}/theme-suggestions` },
  { method: 'POST', url: `${r}/insights` },
  { method: 'PATCH', url: `${r}/insights/${insightId}` },
  { method: 'POST', url: `${r}/personas` },
  { method: 'PATCH', url: `${r}/personas/${personaId}` },
  { method: 'POST', url: `${r}/journeys` },
  { method: 'PATCH', url: `${r}/journeys/${journeyId}` },
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
      expect(await snapshot()).toBe(before);
    },
  );

  it('wrong types, over-long strings and unknown fields name each field, localized', async () => {
    const before = await snapshot();
    const response = await call(
      app,
      session,
      'POST',
      `/api/v1/orgs/${org.id}/projects`,
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
    expect(await snapshot()).toBe(before);
  });

  it('refuses unknown query parameters and malformed ids', async () => {
    expectProblem(
      await call(app, session, 'GET', `/api/v1/orgs/${org.id}/projects?sort=name`),
      400,
      'validation_failed',
    );
    expectProblem(
      await call(app, session, 'GET', `/api/v1/orgs/${org.id}/projects?phase=later`),
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
    const big = await call(app, session, 'PATCH', `/api/v1/projects/${project.id}`, {
      challenge: 'x'.repeat(1_100_000),
    });
    expectProblem(big, 413, 'payload_too_large');
    const form = await app.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${project.id}`,
      payload: 'challenge=x',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expectProblem(form, 415, 'unsupported_media_type');
    expect(await snapshot()).toBe(before);
  });

  it('answers any generated body with a 2xx or a 4xx problem, never a 500; a 4xx changes nothing', async () => {
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
          const before = await snapshot();
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
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
            expect(await snapshot()).toBe(before);
          }
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
