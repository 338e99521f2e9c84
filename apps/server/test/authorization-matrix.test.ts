import { randomUUID } from 'node:crypto';
import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { themeSuggestions } from '../src/db/schema.ts';
import { insertInvitation } from '../src/modules/invitations/invitations.repo.ts';
import { findChecklist } from '../src/modules/projects/projects.repo.ts';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { createInsight } from '../src/modules/synthesis/commands/create-insight.ts';
import { createPersona } from '../src/modules/personas/commands/create-persona.ts';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import { buildResearch } from './research-fixtures.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
  type Session,
  type TestApp,
} from './harness.ts';

const app = await startTestApp();

const actors = [
  'anonymous',
  'outsider',
  'admin',
  'facilitator',
  'member',
  'teamMember',
  'customer',
  'viewer',
] as const;
type ActorName = (typeof actors)[number];

type World = {
  orgId: string;
  participantId: string;
  sessionId: string;
  noteId: string;
  noteUpdatedAt: string;
  evidenceId: string;
  sourceId: string;
  tagId: string;
  otherTagId: string;
  importId: string;
  boardId: string;
  insightId: string;
  personaId: string;
  journeyId: string;
  suggestionId: string;
  projectId: string;
  itemId: string;
  targetUserId: string;
  invitationId: string;
  invitationToken: string;
  outsiderSessionId: string;
  sessions: Record<Exclude<ActorName, 'anonymous'>, Session>;
};

/**
 * A fresh organisation for every case: an admin, a facilitator, a member off the project's team,
 * and a member, a customer member and a viewer on it; plus an admin of another organisation.
 */
async function buildWorld(target: TestApp): Promise<World> {
  const org = await buildOrganisation(target);
  const other = await buildOrganisation(target);
  const person = (role: Role, organisationId = org.id) =>
    buildUser(target, { organisationId, role });
  const [admin, facilitator, member, teamMember, customer, viewer, outsider, targetUser] =
    await Promise.all([
      person('admin'),
      person('facilitator'),
      person('member'),
      person('member'),
      person('customer_member'),
      person('viewer'),
      person('admin', other.id),
      person('member'),
    ]);
  const project = await buildProject(target, { organisationId: org.id, creatorId: admin.id });
  for (const user of [teamMember, customer, viewer, targetUser])
    await addToTeam(target, project.id, user.id);
  const [item] = await findChecklist(target.database.db, project.id);
  const invitation = await insertInvitation(target.database.db, {
    organisationId: org.id,
    email: `invited-${project.id.slice(0, 8)}@test.example`,
    role: 'member',
    invitedBy: admin.id,
  });
  const sessions = {
    outsider: await sessionFor(target, outsider.id),
    admin: await sessionFor(target, admin.id),
    facilitator: await sessionFor(target, facilitator.id),
    member: await sessionFor(target, member.id),
    teamMember: await sessionFor(target, teamMember.id),
    customer: await sessionFor(target, customer.id),
    viewer: await sessionFor(target, viewer.id),
  };
  const outsiderSecond = await sessionFor(target, outsider.id);
  const rows = await target.database.pool.query<{ id: string }>(
    'select id from sessions where user_id = $1 order by created_at desc limit 1',
    [outsider.id],
  );
  const research = await buildResearch(target, project.id, admin.id);
  const upload = await call(
    target,
    sessions.admin,
    'POST',
    `/api/v1/projects/${project.id}/imports`,
    SURVEY,
    {
      'content-type': 'text/csv',
    },
  );
  const boardId = await createBoard(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Haastattelujen synteesi',
  });
  const insightId = await createInsight(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: {
      statement: 'Lupa-asiointi on vaikea löytää verkosta.',
      hmw: '',
      evidenceIds: [research.evidenceId],
      boardId,
      groupId: null,
    },
  });
  const personaId = await createPersona(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: {
      kind: 'persona',
      name: 'Tapahtumajärjestäjä Tiina',
      avatar: { kind: 'initials' },
      segment: 'Tapahtumajärjestäjät',
      needs: ['Luvat yhdestä paikasta'],
      goals: [],
      frustrations: [],
      quote: '',
      story: '',
      language: 'fi',
      citations: { needs: [research.evidenceId] },
    },
  });
  const journeyId = await createJourney(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    title: 'Tapahtumaluvan polku',
    kind: 'as_is',
    personaId,
    language: 'fi',
    start: { template: 'permit_application' },
  });
  const [suggestion] = await target.database.db
    .insert(themeSuggestions)
    .values({ projectId: project.id, boardId, status: 'done', phase: 'labelling', progress: 1 })
    .returning({ id: themeSuggestions.id });
  return {
    orgId: org.id,
    ...research,
    importId: upload.json<{ id: string }>().id,
    boardId,
    insightId,
    personaId,
    journeyId,
    suggestionId: suggestion?.id ?? '',
    projectId: project.id,
    itemId: item?.id ?? '',
    targetUserId: targetUser.id,
    invitationId: invitation.row.id,
    invitationToken: invitation.token,
    outsiderSessionId: rows.rows[0]?.id ?? outsiderSecond.userId,
    sessions,
  };
}

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
// Admins and facilitators: archiving a project and taking someone off its team.
const projectLeads = (status: number): Expectation => ({
  ...projectEditors(status),
  teamMember: 403,
});

type Case = {
  path: (w: World) => string;
  body?: (w: World) => unknown;
  headers?: Record<string, string>;
  expect: Expectation;
};
const SURVEY = 'Vastaaja;Ikäryhmä;Mitä toivoisit palvelulta?\n1;18–29;Selkeämmät ohjeet verkkoon\n';

const p = (w: World) => `/api/v1/projects/${w.projectId}`;
const consent = {
  purpose: 'Haastattelu palvelun kehittämiseksi',
  givenOn: '2026-11-01',
  method: 'written',
};

const matrix: Record<string, Case> = {
  'GET /api/v1/projects/:projectId/participants': {
    path: (w) => `${p(w)}/participants`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/participants': {
    path: (w) => `${p(w)}/participants`,
    body: () => ({ kind: 'customer', consent }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId': {
    path: (w) => `${p(w)}/participants/${w.participantId}`,
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/participants/:participantId': {
    path: (w) => `${p(w)}/participants/${w.participantId}`,
    body: () => ({ segment: 'Nuoret' }),
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/consent': {
    path: (w) => `${p(w)}/participants/${w.participantId}/consent`,
    body: () => consent,
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/consent/withdraw': {
    path: (w) => `${p(w)}/participants/${w.participantId}/consent/withdraw`,
    body: () => ({ withdrawnOn: '2026-11-20' }),
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId/contact': {
    path: (w) => `${p(w)}/participants/${w.participantId}/contact`,
    expect: projectEditors(200),
  },
  'PUT /api/v1/projects/:projectId/participants/:participantId/contact': {
    path: (w) => `${p(w)}/participants/${w.participantId}/contact`,
    body: () => ({ name: 'Maija Meikäläinen', phone: '040 123 4567' }),
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId/export': {
    path: (w) => `${p(w)}/participants/${w.participantId}/export`,
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/erase': {
    path: (w) => `${p(w)}/participants/${w.participantId}/erase`,
    expect: projectEditors(200),
  },
  'GET /api/v1/projects/:projectId/sessions': {
    path: (w) => `${p(w)}/sessions`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/sessions': {
    path: (w) => `${p(w)}/sessions`,
    body: () => ({ kind: 'workshop', title: 'Tulevaisuustyöpaja', heldOn: '2026-11-10' }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/sessions/:sessionId': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}`,
    expect: projectViewers(200),
  },
  'PUT /api/v1/projects/:projectId/sessions/:sessionId': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}`,
    body: (w) => ({
      kind: 'interview',
      title: 'Haastattelu',
      heldOn: '2026-11-11',
      participantIds: [w.participantId],
    }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/sessions/:sessionId': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/sessions/:sessionId/notes': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}/notes`,
    expect: { ...projectViewers(200), customer: 404 },
  },
  'POST /api/v1/projects/:projectId/sessions/:sessionId/notes': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}/notes`,
    body: () => ({ body: 'Asiakas kertoi palvelupolusta.' }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/notes/:noteId': {
    path: (w) => `${p(w)}/notes/${w.noteId}`,
    expect: { ...projectViewers(200), customer: 404 },
  },
  'PUT /api/v1/projects/:projectId/notes/:noteId': {
    path: (w) => `${p(w)}/notes/${w.noteId}`,
    body: (w) => ({ body: 'Korjattu muistiinpano.', updatedAt: w.noteUpdatedAt }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/notes/:noteId': {
    path: (w) => `${p(w)}/notes/${w.noteId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/evidence': {
    path: (w) => `${p(w)}/evidence`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/evidence': {
    path: (w) => `${p(w)}/evidence`,
    body: (w) => ({ kind: 'quote', noteId: w.noteId, start: 0, end: 7 }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/evidence/:evidenceId': {
    path: (w) => `${p(w)}/evidence/${w.evidenceId}`,
    expect: projectViewers(200),
  },
  'PUT /api/v1/projects/:projectId/evidence/:evidenceId/tags': {
    path: (w) => `${p(w)}/evidence/${w.evidenceId}/tags`,
    body: (w) => ({ tagIds: [w.tagId] }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/evidence/:evidenceId': {
    path: (w) => `${p(w)}/evidence/${w.evidenceId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/sources': {
    path: (w) => `${p(w)}/sources`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/sources': {
    path: (w) => `${p(w)}/sources`,
    body: () => ({ kind: 'report', title: 'Kuntakokeilun loppuraportti' }),
    expect: projectEditors(201),
  },
  'PUT /api/v1/projects/:projectId/sources/:sourceId': {
    path: (w) => `${p(w)}/sources/${w.sourceId}`,
    body: () => ({ kind: 'statistic', title: 'Työllisyyskatsaus' }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/sources/:sourceId': {
    path: (w) => `${p(w)}/sources/${w.sourceId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/tags': {
    path: (w) => `${p(w)}/tags`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/tags': {
    path: (w) => `${p(w)}/tags`,
    body: () => ({ name: 'Saavutettavuus' }),
    expect: projectEditors(201),
  },
  'PATCH /api/v1/projects/:projectId/tags/:tagId': {
    path: (w) => `${p(w)}/tags/${w.tagId}`,
    body: () => ({ name: 'Asiointi' }),
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/tags/:tagId/merge': {
    path: (w) => `${p(w)}/tags/${w.tagId}/merge`,
    body: (w) => ({ intoTagId: w.otherTagId }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/tags/:tagId': {
    path: (w) => `${p(w)}/tags/${w.tagId}`,
    expect: projectEditors(204),
  },
  'POST /api/v1/projects/:projectId/imports': {
    path: (w) => `${p(w)}/imports`,
    body: () => SURVEY,
    headers: { 'content-type': 'text/csv' },
    expect: projectEditors(201),
  },
  'POST /api/v1/projects/:projectId/imports/:importId/commit': {
    path: (w) => `${p(w)}/imports/${w.importId}/commit`,
    body: () => ({
      columns: ['ignore', 'attribute', 'evidence'],
      session: { title: 'Asiakaskysely', heldOn: '2026-11-15' },
      consent,
    }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/imports/:importId': {
    path: (w) => `${p(w)}/imports/${w.importId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/search': {
    path: (w) => `${p(w)}/search?q=palvelu`,
    expect: projectViewers(200),
  },
  'GET /api/v1/projects/:projectId/boards': {
    path: (w) => `${p(w)}/boards`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/boards': {
    path: (w) => `${p(w)}/boards`,
    body: () => ({ title: 'Työpajan ryhmittely' }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/boards/:boardId': {
    path: (w) => `${p(w)}/boards/${w.boardId}`,
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/boards/:boardId': {
    path: (w) => `${p(w)}/boards/${w.boardId}`,
    body: () => ({ title: 'Uusi nimi', archived: true }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/boards/:boardId': {
    path: (w) => `${p(w)}/boards/${w.boardId}`,
    expect: projectEditors(204),
  },
  'POST /api/v1/projects/:projectId/boards/:boardId/theme-suggestions': {
    path: (w) => `${p(w)}/boards/${w.boardId}/theme-suggestions`,
    body: () => ({
      cards: [
        { cardId: randomUUID(), text: 'Jono oli pitkä.', language: 'fi' },
        { cardId: randomUUID(), text: 'Lomake oli vaikea.', language: 'fi' },
      ],
      themes: 2,
    }),
    expect: { ...projectEditors(202), customer: 202 },
  },
  'GET /api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId': {
    path: (w) => `${p(w)}/boards/${w.boardId}/theme-suggestions/${w.suggestionId}`,
    expect: projectViewers(200),
  },
  'DELETE /api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId': {
    path: (w) => `${p(w)}/boards/${w.boardId}/theme-suggestions/${w.suggestionId}`,
    expect: { ...projectEditors(204), customer: 204 },
  },
  'GET /api/v1/projects/:projectId/insights': {
    path: (w) => `${p(w)}/insights?boardId=${w.boardId}`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/insights': {
    path: (w) => `${p(w)}/insights`,
    body: (w) => ({ statement: 'Ohjeet eivät tavoita hakijaa.', evidenceIds: [w.evidenceId] }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/insights/:insightId': {
    path: (w) => `${p(w)}/insights/${w.insightId}`,
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/insights/:insightId': {
    path: (w) => `${p(w)}/insights/${w.insightId}`,
    body: () => ({ hmw: 'Miten voisimme koota luvat yhteen paikkaan?' }),
    expect: { ...projectEditors(200), customer: 200 },
  },
  'DELETE /api/v1/projects/:projectId/insights/:insightId': {
    path: (w) => `${p(w)}/insights/${w.insightId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/journeys': {
    path: (w) => `${p(w)}/journeys`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/journeys': {
    path: (w) => `${p(w)}/journeys`,
    body: (w) => ({ title: 'Tavoitetila', kind: 'to_be', start: { copyOf: w.journeyId } }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/journeys/:journeyId': {
    path: (w) => `${p(w)}/journeys/${w.journeyId}`,
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/journeys/:journeyId': {
    path: (w) => `${p(w)}/journeys/${w.journeyId}`,
    body: () => ({ title: 'Uusi nimi', archived: true }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/journeys/:journeyId': {
    path: (w) => `${p(w)}/journeys/${w.journeyId}`,
    expect: projectEditors(204),
  },
  'GET /api/v1/projects/:projectId/personas': {
    path: (w) => `${p(w)}/personas`,
    expect: projectViewers(200),
  },
  'POST /api/v1/projects/:projectId/personas': {
    path: (w) => `${p(w)}/personas`,
    body: (w) => ({ name: 'Rakentaja Risto', citations: { frustrations: [w.evidenceId] } }),
    expect: projectEditors(201),
  },
  'GET /api/v1/projects/:projectId/personas/:personaId': {
    path: (w) => `${p(w)}/personas/${w.personaId}`,
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId/personas/:personaId': {
    path: (w) => `${p(w)}/personas/${w.personaId}`,
    body: () => ({ quote: 'Haluan hoitaa luvat kerralla.' }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/personas/:personaId': {
    path: (w) => `${p(w)}/personas/${w.personaId}`,
    expect: projectEditors(204),
  },
  'GET /healthz': { path: () => '/healthz', expect: everyone(200) },
  'GET /readyz': { path: () => '/readyz', expect: everyone(200) },
  'GET /api/openapi.json': { path: () => '/api/openapi.json', expect: everyone(200) },
  'GET /api/docs': { path: () => '/api/docs', expect: everyone(200) },
  // The tests run without a web build: the asset routes are public and find nothing.
  'GET /assets/*': { path: () => '/assets/index.js', expect: everyone(404) },
  'GET /favicon.svg': { path: () => '/favicon.svg', expect: everyone(404) },
  'POST /api/v1/auth/login': {
    path: () => '/api/v1/auth/login',
    // An e-mail address of its own each time, so the matrix's failures never reach a sign-in limit.
    body: () => ({ email: `nobody-${randomUUID()}@test.example`, password: 'not-the-password' }),
    expect: everyone(401),
  },
  'POST /api/v1/auth/logout': { path: () => '/api/v1/auth/logout', expect: everyone(204) },
  'GET /api/v1/auth/me': { path: () => '/api/v1/auth/me', expect: signedIn(200) },
  'PATCH /api/v1/account': {
    path: () => '/api/v1/account',
    body: () => ({ locale: 'sv' }),
    expect: signedIn(200),
  },
  'POST /api/v1/account/password': {
    path: () => '/api/v1/account/password',
    body: () => ({ currentPassword: 'wrong-password-here', newPassword: 'uusi-pitkä-salasana-9' }),
    expect: signedIn(400),
  },
  'GET /api/v1/account/sessions': { path: () => '/api/v1/account/sessions', expect: signedIn(200) },
  // Another person's session is nobody else's to end: only its owner gets 204.
  'DELETE /api/v1/account/sessions/:sessionId': {
    path: (w) => `/api/v1/account/sessions/${w.outsiderSessionId}`,
    expect: { ...signedIn(404), outsider: 204 },
  },
  'POST /api/v1/account/sessions/revoke-others': {
    path: () => '/api/v1/account/sessions/revoke-others',
    expect: signedIn(204),
  },
  'GET /api/v1/invitations/:token': {
    path: (w) => `/api/v1/invitations/${w.invitationToken}`,
    expect: everyone(200),
  },
  // The invitation is for a new address: only an anonymous newcomer may take it.
  'POST /api/v1/invitations/:token/accept': {
    path: (w) => `/api/v1/invitations/${w.invitationToken}/accept`,
    body: () => ({ displayName: 'Uusi Jäsen', password: 'kutsun-hyväksyjän-salasana' }),
    expect: { ...everyone(403), anonymous: 200 },
  },
  'GET /api/v1/orgs/:orgId': {
    path: (w) => `/api/v1/orgs/${w.orgId}`,
    expect: inOrganisation(200),
  },
  'GET /api/v1/orgs/:orgId/members': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members`,
    expect: inOrganisation(200),
  },
  'PATCH /api/v1/orgs/:orgId/members/:userId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members/${w.targetUserId}`,
    body: () => ({ role: 'viewer' }),
    expect: adminsOnly(200),
  },
  'DELETE /api/v1/orgs/:orgId/members/:userId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members/${w.targetUserId}`,
    expect: adminsOnly(204),
  },
  'GET /api/v1/orgs/:orgId/invitations': {
    path: (w) => `/api/v1/orgs/${w.orgId}/invitations`,
    expect: adminsOnly(200),
  },
  'POST /api/v1/orgs/:orgId/invitations': {
    path: (w) => `/api/v1/orgs/${w.orgId}/invitations`,
    body: () => ({ email: 'uusi.henkilo@test.example', role: 'member' }),
    expect: adminsOnly(201),
  },
  'DELETE /api/v1/orgs/:orgId/invitations/:invitationId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/invitations/${w.invitationId}`,
    expect: adminsOnly(204),
  },
  'GET /api/v1/orgs/:orgId/projects': {
    path: (w) => `/api/v1/orgs/${w.orgId}/projects`,
    expect: inOrganisation(200),
  },
  'POST /api/v1/orgs/:orgId/projects': {
    path: (w) => `/api/v1/orgs/${w.orgId}/projects`,
    body: () => ({ name: 'Uusi projekti' }),
    expect: creators(201),
  },
  'GET /api/v1/projects/:projectId': {
    path: (w) => `/api/v1/projects/${w.projectId}`,
    expect: projectViewers(200),
  },
  'PATCH /api/v1/projects/:projectId': {
    path: (w) => `/api/v1/projects/${w.projectId}`,
    body: () => ({ challenge: 'Uusi haaste' }),
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/phase': {
    path: (w) => `/api/v1/projects/${w.projectId}/phase`,
    body: () => ({ phase: 'define' }),
    expect: projectEditors(200),
  },
  'POST /api/v1/projects/:projectId/archive': {
    path: (w) => `/api/v1/projects/${w.projectId}/archive`,
    expect: projectLeads(200),
  },
  'POST /api/v1/projects/:projectId/restore': {
    path: (w) => `/api/v1/projects/${w.projectId}/restore`,
    expect: projectLeads(200),
  },
  'PUT /api/v1/projects/:projectId/team/:userId': {
    path: (w) => `/api/v1/projects/${w.projectId}/team/${w.targetUserId}`,
    body: () => ({ perspectives: ['customer'] }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/team/:userId': {
    path: (w) => `/api/v1/projects/${w.projectId}/team/${w.targetUserId}`,
    expect: projectLeads(200),
  },
  'POST /api/v1/projects/:projectId/checklist': {
    path: (w) => `/api/v1/projects/${w.projectId}/checklist`,
    body: () => ({ phase: 'discover', label: 'Oma vaihe' }),
    expect: projectEditors(201),
  },
  'PATCH /api/v1/projects/:projectId/checklist/:itemId': {
    path: (w) => `/api/v1/projects/${w.projectId}/checklist/${w.itemId}`,
    body: () => ({ done: true }),
    expect: projectEditors(200),
  },
  'DELETE /api/v1/projects/:projectId/checklist/:itemId': {
    path: (w) => `/api/v1/projects/${w.projectId}/checklist/${w.itemId}`,
    expect: projectEditors(200),
  },
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
      'GET /api/v1/invitations/:token',
      'GET /assets/*',
      'GET /favicon.svg',
      'GET /healthz',
      'GET /readyz',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'POST /api/v1/invitations/:token/accept',
    ]);
  });

  for (const [key, spec] of Object.entries(matrix)) {
    const [method] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'];
    it(`${key}`, async () => {
      for (const actor of actors) {
        const world = await buildWorld(app);
        const session = actor === 'anonymous' ? null : world.sessions[actor];
        const response = await call(
          app,
          session,
          method,
          spec.path(world),
          spec.body?.(world),
          spec.headers,
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
