import { describe, expect, it } from 'vitest';
import { call, startTestApp } from './harness.ts';
import { actors, buildWorld, routeCases, type ActorName } from './route-cases.ts';

const app = await startTestApp();

type Expectation = Record<ActorName, number>;
const everyone = (status: number): Expectation =>
  Object.fromEntries(actors.map((a) => [a, status])) as Expectation;
const signedIn = (status: number): Expectation => ({ ...everyone(status), anonymous: 401 });
const inOrganisation = (status: number): Expectation => ({ ...signedIn(status), outsider: 404 });
const adminsOnly = (status: number): Expectation => ({ ...inOrganisation(403), admin: status });
const creators = (status: number): Expectation => ({
  ...inOrganisation(status),
  customer: 403,
  viewer: 403,
});
const projectViewers = (status: number): Expectation => ({
  ...inOrganisation(status),
  member: 404,
});
const projectEditors = (status: number): Expectation => ({
  ...projectViewers(status),
  customer: 403,
  viewer: 403,
});
// Admins and facilitators keep the organisation's method cards.
const cardKeepers = (status: number): Expectation => ({
  ...inOrganisation(403),
  admin: status,
  facilitator: status,
});
// Admins and facilitators: archiving a project and taking someone off its team.
const projectLeads = (status: number): Expectation => ({
  ...projectEditors(status),
  teamMember: 403,
});

// Articles: the writer (the member off the team) and the organisation's leads edit a draft.
const articleEditors = (status: number): Expectation => ({
  ...inOrganisation(403),
  admin: status,
  facilitator: status,
  member: status,
});
// A private course: those who run it manage it; its one participant (the team member) sees it.
const courseRunners = (status: number): Expectation => ({
  ...inOrganisation(404),
  admin: status,
  facilitator: status,
  teamMember: 403,
});
const courseParticipant = (status: number): Expectation => ({
  ...inOrganisation(404),
  admin: 403,
  facilitator: 403,
  teamMember: status,
});

const matrix: Record<string, { expect: Expectation }> = {
  'GET /api/v1/projects/:projectId/participants': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/participants': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/participants/:participantId': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/consent': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/consent/withdraw': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId/contact': {
    expect: projectEditors(200),
  },
  'PUT /api/v1/projects/:projectId/participants/:participantId/contact': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId/export': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/erase': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/sessions': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/sessions': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/sessions/:sessionId': {
    expect: projectViewers(200),
  },
  'PUT /api/v1/projects/:projectId/sessions/:sessionId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/sessions/:sessionId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/sessions/:sessionId/notes': {
    expect: { ...projectViewers(200), customer: 404 },
  },
  'POST /api/v1/projects/:projectId/sessions/:sessionId/notes': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/notes/:noteId': {
    expect: { ...projectViewers(200), customer: 404 },
  },
  'PUT /api/v1/projects/:projectId/notes/:noteId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/notes/:noteId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/evidence': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/evidence': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/evidence/:evidenceId': {
    expect: projectViewers(200),
  },
  'PUT /api/v1/projects/:projectId/evidence/:evidenceId/tags': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/evidence/:evidenceId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/sources': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/sources': {
    expect: projectEditors(201),
  },
  'PUT /api/v1/projects/:projectId/sources/:sourceId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/sources/:sourceId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/tags': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/tags': {
    expect: projectEditors(201),
  },
  'PATCH /api/v1/projects/:projectId/tags/:tagId': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/tags/:tagId/merge': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/tags/:tagId': {
    expect: projectEditors(204),
  },
  'POST /api/v1/projects/:projectId/imports': {
    expect: projectEditors(201),
  },
  'POST /api/v1/projects/:projectId/imports/:importId/commit': {
    expect: projectEditors(202),
  },
  'DELETE /api/v1/projects/:projectId/imports/:importId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/imports': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/imports/:importId': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/imports/:importId/cancel': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/search': {
    expect: projectViewers(200),
  },
  'GET /api/v1/projects/:projectId/boards': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/boards': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/boards/:boardId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/boards/:boardId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/boards/:boardId': {
    expect: projectEditors(204),
  },
  'POST /api/v1/projects/:projectId/boards/:boardId/theme-suggestions': {
    expect: { ...projectEditors(202), customer: 202 },
  },
  'GET /api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId': {
    expect: projectViewers(200),
  },
  'DELETE /api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId': {
    expect: { ...projectEditors(204), customer: 204 },
  },
  'GET /api/v1/projects/:projectId/insights': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/insights': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/insights/:insightId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/insights/:insightId': {
    expect: { ...projectEditors(200), customer: 200 },
  },
  'DELETE /api/v1/projects/:projectId/insights/:insightId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/journeys': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/journeys': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/journeys/:journeyId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/journeys/:journeyId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/journeys/:journeyId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/personas': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/personas': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/personas/:personaId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/personas/:personaId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/personas/:personaId': {
    expect: projectEditors(204),
  },
  // Ideas are the whole team's, customer members' too; the world's idea is the admin's.
  'GET /api/v1/projects/:projectId/ideas': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/ideas': {
    expect: { ...projectEditors(201), customer: 201 },
  },
  'GET /api/v1/projects/:projectId/ideas/:ideaId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/ideas/:ideaId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/ideas/:ideaId': {
    expect: projectEditors(204),
  },
  'PUT /api/v1/projects/:projectId/ideas/:ideaId/sketch': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/ideas/:ideaId/sketch': {
    expect: projectViewers(200),
  },
  'DELETE /api/v1/projects/:projectId/ideas/:ideaId/sketch': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/voting-rounds': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/voting-rounds': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/voting-rounds/:roundId': {
    expect: projectViewers(200),
  },
  // The world's round was opened by the admin: nobody else ends it.
  'POST /api/v1/projects/:projectId/voting-rounds/:roundId/close': {
    expect: { ...projectEditors(403), admin: 200 },
  },
  'POST /api/v1/projects/:projectId/voting-rounds/:roundId/votes': {
    expect: { ...projectEditors(200), customer: 200 },
  },
  'DELETE /api/v1/projects/:projectId/voting-rounds/:roundId/votes/:ideaId': {
    expect: { ...projectEditors(200), customer: 200 },
  },
  'GET /api/v1/projects/:projectId/concepts': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/concepts': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/concepts/:conceptId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/concepts/:conceptId': {
    expect: projectEditors(204),
  },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/links': {
    expect: projectEditors(201),
  },
  'DELETE /api/v1/projects/:projectId/concepts/:conceptId/links/:kind/:targetId': {
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/versions': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/versions': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/versions/:number': {
    expect: projectViewers(200),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/diff': {
    expect: projectViewers(200),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/test-rounds': {
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/test-rounds': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId': {
    expect: projectViewers(200),
  },
  'PUT /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId': {
    expect: projectEditors(204),
  },
  'PUT /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId/hypotheses/:hypothesisId/finding':
    {
      expect: projectEditors(200),
    },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId/next-version': {
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/history': {
    expect: projectViewers(200),
  },
  'GET /healthz': { expect: everyone(200) },
  'GET /readyz': { expect: everyone(200) },
  'GET /api/openapi.json': { expect: everyone(200) },
  'GET /api/docs': { expect: everyone(200) },
  // The tests run without a web build: the asset routes are public and find nothing.
  'GET /assets/*': { expect: everyone(404) },
  'GET /favicon.svg': { expect: everyone(404) },
  'POST /api/v1/auth/login': {
    expect: everyone(401),
  },
  'POST /api/v1/auth/logout': { expect: everyone(204) },
  'GET /api/v1/auth/methods': { expect: everyone(200) },
  'GET /api/v1/auth/oidc/:providerId/start': { expect: everyone(404) },
  'GET /api/v1/auth/oidc/:providerId/callback': { expect: everyone(400) },
  'DELETE /api/v1/orgs/:orgId/members/:userId/identities/:identityId': {
    expect: adminsOnly(204),
  },
  'GET /api/v1/auth/me': { expect: signedIn(200) },
  'PATCH /api/v1/account': {
    expect: signedIn(200),
  },
  'POST /api/v1/account/password': {
    expect: signedIn(400),
  },
  'GET /api/v1/account/sessions': { expect: signedIn(200) },
  // Another person's session is nobody else's to end: only its owner gets 204.
  'DELETE /api/v1/account/sessions/:sessionId': {
    expect: { ...signedIn(404), outsider: 204 },
  },
  'POST /api/v1/account/sessions/revoke-others': {
    expect: signedIn(204),
  },
  'GET /api/v1/invitations/:token': {
    expect: everyone(200),
  },
  // The invitation is for a new address: only an anonymous newcomer may take it.
  'POST /api/v1/invitations/:token/accept': {
    expect: { ...everyone(403), anonymous: 200 },
  },
  'GET /api/v1/orgs/:orgId': {
    expect: inOrganisation(200),
  },
  'GET /api/v1/orgs/:orgId/members': {
    expect: inOrganisation(200),
  },
  'PATCH /api/v1/orgs/:orgId/members/:userId': {
    expect: adminsOnly(200),
  },
  'DELETE /api/v1/orgs/:orgId/members/:userId': {
    expect: adminsOnly(204),
  },
  'GET /api/v1/orgs/:orgId/invitations': {
    expect: adminsOnly(200),
  },
  'POST /api/v1/orgs/:orgId/invitations': {
    expect: adminsOnly(201),
  },
  'DELETE /api/v1/orgs/:orgId/invitations/:invitationId': {
    expect: adminsOnly(204),
  },
  'GET /api/v1/orgs/:orgId/jobs': {
    expect: adminsOnly(200),
  },
  'POST /api/v1/orgs/:orgId/jobs/:jobId/cancel': {
    expect: adminsOnly(200),
  },
  'POST /api/v1/orgs/:orgId/jobs/:jobId/redrive': {
    expect: adminsOnly(200),
  },
  'GET /api/v1/orgs/:orgId/method-cards': { expect: inOrganisation(200) },
  'POST /api/v1/orgs/:orgId/method-cards': { expect: cardKeepers(201) },
  'GET /api/v1/orgs/:orgId/method-cards/:key': { expect: inOrganisation(200) },
  'PUT /api/v1/orgs/:orgId/method-cards/:key': { expect: cardKeepers(200) },
  'POST /api/v1/orgs/:orgId/method-cards/:key/restore': { expect: cardKeepers(200) },
  'DELETE /api/v1/orgs/:orgId/method-cards/:key': { expect: cardKeepers(204) },
  'GET /api/v1/orgs/:orgId/projects': {
    expect: inOrganisation(200),
  },
  'POST /api/v1/orgs/:orgId/projects': {
    expect: creators(201),
  },
  'GET /api/v1/projects/:projectId': {
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/phase': {
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/archive': {
    expect: projectLeads(200),
  },
  'POST /api/v1/projects/:projectId/restore': {
    expect: projectLeads(200),
  },
  'PUT /api/v1/projects/:projectId/team/:userId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/team/:userId': {
    expect: projectLeads(200),
  },
  'POST /api/v1/projects/:projectId/checklist': {
    expect: projectEditors(201),
  },
  'PATCH /api/v1/projects/:projectId/checklist/:itemId': {
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/checklist/:itemId': {
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/forms': { expect: projectViewers(200) },
  'POST /api/v1/projects/:projectId/forms': { expect: projectEditors(201) },
  'GET /api/v1/projects/:projectId/forms/:formId': { expect: projectViewers(200) },
  'PATCH /api/v1/projects/:projectId/forms/:formId': { expect: projectEditors(200) },
  'POST /api/v1/projects/:projectId/forms/:formId/publish': { expect: projectEditors(200) },
  'GET /api/v1/projects/:projectId/forms/:formId/summary': { expect: projectViewers(200) },
  'GET /api/v1/projects/:projectId/forms/:formId/responses': { expect: projectViewers(200) },
  'POST /api/v1/projects/:projectId/forms/:formId/board': { expect: projectEditors(201) },
  // Responses with their open answers are raw research, which customer members do not read.
  'GET /api/v1/projects/:projectId/forms/:formId/responses.csv': {
    expect: { ...projectViewers(200), customer: 404 },
  },
  // The public form answers anyone, signed in or not, the same way.
  'GET /f/:code': { expect: everyone(200) },
  'POST /f/:code': { expect: everyone(303) },
  'GET /f/:code/thanks': { expect: everyone(200) },
  'GET /f/:code/poster': { expect: everyone(200) },
  'GET /f/:code/qr.svg': { expect: everyone(200) },
  'GET /f/:code/qr.png': { expect: everyone(200) },
  'GET /api/v1/articles': { expect: signedIn(200) },
  'GET /api/v1/orgs/:orgId/articles': { expect: inOrganisation(200) },
  'POST /api/v1/orgs/:orgId/articles': { expect: creators(201) },
  'GET /api/v1/articles/:articleId': { expect: inOrganisation(200) },
  'PATCH /api/v1/articles/:articleId': { expect: articleEditors(200) },
  'DELETE /api/v1/articles/:articleId': { expect: articleEditors(204) },
  'POST /api/v1/articles/:articleId/images': { expect: articleEditors(201) },
  'GET /api/v1/articles/:articleId/images/:imageId': { expect: inOrganisation(200) },
  'DELETE /api/v1/articles/:articleId/images/:imageId': { expect: articleEditors(204) },
  'GET /api/v1/orgs/:orgId/courses': { expect: inOrganisation(200) },
  'POST /api/v1/orgs/:orgId/courses': {
    expect: { ...inOrganisation(403), admin: 201, facilitator: 201 },
  },
  'GET /api/v1/courses/:courseId': { expect: { ...courseRunners(200), teamMember: 200 } },
  'PATCH /api/v1/courses/:courseId': { expect: courseRunners(200) },
  'DELETE /api/v1/courses/:courseId': { expect: courseRunners(204) },
  'POST /api/v1/courses/:courseId/exercises': { expect: courseRunners(201) },
  'DELETE /api/v1/courses/:courseId/exercises/:exerciseId': { expect: courseRunners(204) },
  'POST /api/v1/courses/:courseId/enrolments': { expect: courseRunners(201) },
  'DELETE /api/v1/courses/:courseId/enrolments/:userId': { expect: courseRunners(204) },
  'PUT /api/v1/courses/:courseId/practice-project': { expect: courseParticipant(200) },
  'PUT /api/v1/courses/:courseId/exercises/:exerciseId/completion': {
    expect: courseParticipant(200),
  },
  'GET /api/v1/courses/:courseId/certificate': { expect: courseParticipant(200) },
};

describe('authorization matrix', () => {
  it('covers every route the server has', () => {
    const served = app.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(served.filter((key) => !(key in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((key) => !served.includes(key))).toEqual([]);
  });

  it('answers anonymous callers only on the routes meant for them', () => {
    const publicRoutes = app.routes
      .filter((r) => r.access === 'public')
      .map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([
      'GET /api/docs',
      'GET /api/openapi.json',
      'GET /api/v1/auth/methods',
      'GET /api/v1/auth/oidc/:providerId/callback',
      'GET /api/v1/auth/oidc/:providerId/start',
      'GET /api/v1/invitations/:token',
      'GET /assets/*',
      'GET /f/:code',
      'GET /f/:code/poster',
      'GET /f/:code/qr.png',
      'GET /f/:code/qr.svg',
      'GET /f/:code/thanks',
      'GET /favicon.svg',
      'GET /healthz',
      'GET /readyz',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'POST /api/v1/invitations/:token/accept',
      'POST /f/:code',
    ]);
  });

  for (const [key, spec] of Object.entries(matrix)) {
    const [method] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'];
    it(`${key}`, async () => {
      const example = routeCases[key];
      if (!example) throw new Error(`${key} has no example in route-cases.ts`);
      for (const actor of actors) {
        const world = await buildWorld(app);
        const session = actor === 'anonymous' ? null : world.sessions[actor];
        const response = await call(
          app,
          session,
          method,
          example.path(world),
          example.body?.(world),
          example.headers,
        );
        expect(response.statusCode, `${actor}: ${response.body.slice(0, 200)}`).toBe(
          spec.expect[actor],
        );
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }
    });
  }
});
