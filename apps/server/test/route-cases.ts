/*
 * The route examples shared by the authorization matrix and the bad-input walk: a world of
 * people in every relation to one project with research, a board, an insight, a persona, a
 * journey and a concept (linked to the insight, version 1 frozen, tested by a round with one
 * hypothesis and a finding), and for every route of the server a call that is valid in that world.
 */
import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { CommitImportInput, type Role } from '@timantti/contracts';
import { jobs, themeSuggestions } from '../src/db/schema.ts';
import { insertInvitation } from '../src/modules/invitations/invitations.repo.ts';
import { insertIdentity } from '../src/modules/oidc/oidc.repo.ts';
import { insertJob, moveJob } from '../src/platform/jobs/jobs.repo.ts';
import { startImportRow } from '../src/modules/research/imports/imports.repo.ts';
import { findChecklist } from '../src/modules/projects/projects.repo.ts';
import { createBoard } from '../src/modules/synthesis/commands/create-board.ts';
import { createInsight } from '../src/modules/synthesis/commands/create-insight.ts';
import { createPersona } from '../src/modules/personas/commands/create-persona.ts';
import { createJourney } from '../src/modules/journeys/commands/create-journey.ts';
import { createIdea } from '../src/modules/ideas/commands/create-idea.ts';
import { castVote } from '../src/modules/ideas/commands/cast-vote.ts';
import { openRound } from '../src/modules/ideas/commands/open-round.ts';
import { createConcept } from '../src/modules/concepts/commands/create-concept.ts';
import { freezeConcept } from '../src/modules/concepts/commands/freeze-concept.ts';
import { insertConceptLink } from '../src/modules/concepts/concepts.repo.ts';
import { createTestRound } from '../src/modules/concept-tests/commands/create-test-round.ts';
import { recordFinding } from '../src/modules/concept-tests/commands/record-finding.ts';
import { readHypotheses } from '../src/modules/concept-tests/concept-tests.repo.ts';
import { createFeedbackForm } from '../src/modules/feedback-forms/commands/create-feedback-form.ts';
import { publishFeedbackForm } from '../src/modules/feedback-forms/commands/update-feedback-form.ts';
import { findForm } from '../src/modules/feedback-forms/feedback-forms.repo.ts';
import { FormTokens } from '../src/modules/feedback-forms/public/form-tokens.ts';
import { addExercise } from '../src/modules/training/commands/add-exercise.ts';
import { completeExercise } from '../src/modules/training/commands/complete-exercise.ts';
import { enrolMember } from '../src/modules/training/commands/enrol-member.ts';
import { insertCourse } from '../src/modules/training/training.repo.ts';
import { createMethodCard } from '../src/modules/method-cards/commands/create-method-card.ts';
import { editMethodCard } from '../src/modules/method-cards/commands/edit-method-card.ts';
import { buildResearch } from './research-fixtures.ts';
import {
  addToTeam,
  buildOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  type Session,
  type TestApp,
} from './harness.ts';

export const actors = [
  'anonymous',
  'outsider',
  'admin',
  'facilitator',
  'member',
  'teamMember',
  'customer',
  'viewer',
] as const;
export type ActorName = (typeof actors)[number];

export type World = {
  orgId: string;
  otherOrgId: string;
  adminEmail: string;
  participantId: string;
  sessionId: string;
  noteId: string;
  evidenceId: string;
  sourceId: string;
  tagId: string;
  otherTagId: string;
  importId: string;
  startedImportId: string;
  boardId: string;
  insightId: string;
  personaId: string;
  journeyId: string;
  conceptId: string;
  testRoundId: string;
  hypothesisId: string;
  formId: string;
  formCode: string;
  formToken: string;
  suggestionId: string;
  /** Jobs of the organisation: one running, one dead. */
  jobId: string;
  deadJobId: string;
  /** A method card of the organisation's own. */
  methodCardId: string;
  ideaId: string;
  roundId: string;
  projectId: string;
  itemId: string;
  targetUserId: string;
  invitationId: string;
  invitationToken: string;
  identityId: string;
  outsiderSessionId: string;
  /** A draft article written by the member off the team, with one image. */
  articleId: string;
  articleImageId: string;
  /** A course with one reflection exercise, which its one participant (the team member) did. */
  courseId: string;
  exerciseId: string;
  enrolledUserId: string;
  sessions: Record<Exclude<ActorName, 'anonymous'>, Session>;
};

/**
 * A fresh organisation for every case: an admin, a facilitator, a member off the project's team,
 * and a member, a customer member and a viewer on it; plus an admin of another organisation.
 */
export async function buildWorld(target: TestApp): Promise<World> {
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
  // An import started and never handed to the queue: it stays queued, to be seen and cancelled.
  const started = await call(
    target,
    sessions.admin,
    'POST',
    `/api/v1/projects/${project.id}/imports`,
    SURVEY,
    { 'content-type': 'text/csv' },
  );
  const startedImportId = started.json<{ id: string }>().id;
  const importJob = await insertJob(target.database.db, {
    organisationId: org.id,
    kind: 'research-import',
    createdBy: admin.id,
  });
  await startImportRow(target.database.db, project.id, startedImportId, {
    jobId: importJob.id,
    settings: CommitImportInput.parse({
      columns: ['ignore', 'attribute', 'evidence'],
      session: { title: 'Asiakaskysely', heldOn: '2026-11-15' },
      consent,
    }),
  });
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
  const conceptId = await createConcept(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    name: 'Luvat yhdeltä luukulta',
    summary: 'Tapahtumajärjestäjä hakee kaikki luvat yhdellä hakemuksella.',
    language: 'fi',
  });
  await insertConceptLink(target.database.db, {
    conceptId,
    kind: 'insight',
    targetId: insightId,
    createdBy: admin.id,
  });
  await freezeConcept(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    conceptId,
    reason: 'Ensimmäinen versio työpajasta',
    findingIds: [],
  });
  const testRoundId = await createTestRound(target.database.db, {
    actorUserId: admin.id,
    organisationId: org.id,
    projectId: project.id,
    conceptId,
    today: '2026-12-01',
    values: {
      versionNumber: 1,
      title: 'Paperiprototyyppi',
      method: 'paper_prototype',
      description: '',
      learningGoals: '',
      place: '',
      startsOn: null,
      endsOn: null,
      hypotheses: [{ belief: 'Luvat yhdellä hakemuksella riittävät.', signal: 'Kukaan ei soita.' }],
      recruitTargets: [{ segment: 'Tapahtumajärjestäjät', count: 5 }],
    },
  });
  const [hypothesis] = await readHypotheses(target.database.db, [testRoundId]);
  await recordFinding(target.database.db, {
    projectId: project.id,
    roundId: testRoundId,
    hypothesisId: hypothesis?.id ?? '',
    values: { version: 1, result: 'confirmed', note: '', evidenceIds: [research.evidenceId] },
  });
  const formId = await createFeedbackForm(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: FEEDBACK_FORM,
  });
  await publishFeedbackForm(target.database.db, { projectId: project.id, formId, version: 1 });
  const form = await findForm(target.database.db, project.id, formId);
  const [suggestion] = await target.database.db
    .insert(themeSuggestions)
    .values({ projectId: project.id, boardId, status: 'done', phase: 'labelling', progress: 1 })
    .returning({ id: themeSuggestions.id });
  const job = await insertJob(target.database.db, {
    organisationId: org.id,
    kind: 'theme-suggestion',
    createdBy: admin.id,
  });
  await moveJob(target.database.db, job.id, ['queued'], 'running');
  const deadJob = await insertJob(target.database.db, {
    organisationId: org.id,
    kind: 'theme-suggestion',
    createdBy: admin.id,
  });
  await moveJob(target.database.db, deadJob.id, ['queued'], 'dead');
  // Dead long ago: its copy is gone, so a redrive does not wait for one being written.
  await target.database.db
    .update(jobs)
    .set({ updatedAt: sql`now() - interval '2 days'` })
    .where(eq(jobs.id, deadJob.id));
  const ideaId = await createIdea(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: { text: 'Lupien yhteinen hakusivu', insightId },
  });
  const sketch = await call(
    target,
    sessions.admin,
    'PUT',
    `/api/v1/projects/${project.id}/ideas/${ideaId}/sketch`,
    SKETCH,
    { 'content-type': 'image/png' },
  );
  if (sketch.statusCode !== 200) throw new Error(`sketch: ${sketch.body}`);
  const roundId = await openRound(target.database.db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: {
      title: 'Ideoiden äänestys',
      insightId: null,
      budget: 5,
      allowStacking: true,
      hideAuthors: false,
    },
  });
  // A dot of everyone who may vote, for the matrix to see each take their own back.
  for (const voter of [admin, facilitator, teamMember, customer]) {
    await castVote(target.database.db, {
      projectId: project.id,
      roundId,
      voterId: voter.id,
      ideaId,
    });
  }
  const article = await call(target, sessions.member, 'POST', `/api/v1/orgs/${org.id}/articles`, {
    title: 'Tapahtumaluvat yhdeltä luukulta',
  });
  const articleId = article.json<{ id: string }>().id;
  const image = await call(
    target,
    sessions.member,
    'POST',
    `/api/v1/articles/${articleId}/images?alt=Ty%C3%B6paja`,
    SKETCH,
    { 'content-type': 'image/png' },
  );
  if (image.statusCode !== 201) throw new Error(`article image: ${image.body}`);
  const courseId = await insertCourse(target.database.db, {
    organisationId: org.id,
    title: 'Palvelumuotoilun perusteet',
    description: '',
    createdBy: facilitator.id,
  });
  const exerciseId = await addExercise(target.database.db, {
    courseId,
    values: {
      cardKey: 'peer-feedback',
      title: 'Pohdi',
      instructions: '',
      kind: 'reflection',
      target: 1,
    },
  });
  await enrolMember(target.database.db, {
    courseId,
    organisationId: org.id,
    userId: teamMember.id,
  });
  await completeExercise(target.database.db, {
    courseId,
    exerciseId,
    userId: teamMember.id,
    reflection: 'Opin kuuntelemaan.',
  });
  // The organisation's own copy of a shipped card, for a restore to take back.
  await editMethodCard(target.database.db, {
    organisationId: org.id,
    key: 'persona',
    actorUserId: admin.id,
    values: { version: null, language: 'fi', content: { ...METHOD_CARD, title: 'Persona meillä' } },
  });
  return {
    orgId: org.id,
    otherOrgId: other.id,
    articleId,
    articleImageId: image.json<{ images: { id: string }[] }>().images[0]?.id ?? '',
    courseId,
    exerciseId,
    enrolledUserId: teamMember.id,
    adminEmail: admin.email,
    ...research,
    importId: upload.json<{ id: string }>().id,
    startedImportId,
    boardId,
    insightId,
    personaId,
    journeyId,
    conceptId,
    testRoundId,
    hypothesisId: hypothesis?.id ?? '',
    formId,
    formCode: form?.code ?? '',
    formToken: await new FormTokens(target.database.db).issue(formId),
    suggestionId: suggestion?.id ?? '',
    jobId: job.id,
    deadJobId: deadJob.id,
    methodCardId: await createMethodCard(target.database.db, {
      organisationId: org.id,
      actorUserId: admin.id,
      values: { language: 'fi', content: METHOD_CARD },
    }),
    ideaId,
    roundId,
    projectId: project.id,
    itemId: item?.id ?? '',
    targetUserId: targetUser.id,
    invitationId: invitation.row.id,
    invitationToken: invitation.token,
    identityId: await insertIdentity(target.database.db, {
      userId: targetUser.id,
      issuer: 'https://login.test.example',
      subject: randomUUID(),
      providerId: 'city',
    }),
    outsiderSessionId: rows.rows[0]?.id ?? outsiderSecond.userId,
    sessions,
  };
}

/** How to call a route in a world: its path with the world's ids, a valid body and headers. */
export type RouteCase = {
  path: (w: World) => string;
  body?: (w: World) => unknown;
  headers?: Record<string, string>;
};
// The smallest PNG there is: one transparent pixel, an idea's sketch.
export const SKETCH = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
/** A feedback form in Finnish and Swedish with a question of every kind. */
export const FEEDBACK_FORM = {
  languages: ['fi', 'sv'] as ('fi' | 'sv' | 'en')[],
  title: { fi: 'Kirjaston uusi palvelupiste', sv: 'Bibliotekets nya servicepunkt' },
  intro: { fi: 'Kerro, miten asiointi sujui.', sv: 'Berätta hur det gick.' },
  questions: [
    {
      id: 'overall',
      kind: 'rating' as const,
      required: true,
      label: { fi: 'Kuinka helppoa asiointi oli?', sv: 'Hur lätt var det?' },
      scaleMax: 5,
      minLabel: { fi: 'Vaikeaa', sv: 'Svårt' },
      maxLabel: { fi: 'Helppoa', sv: 'Lätt' },
    },
    {
      id: 'channel',
      kind: 'single' as const,
      required: false,
      label: { fi: 'Miten asioit?', sv: 'Hur uträttade du ärendet?' },
      options: [
        { id: 'desk', label: { fi: 'Palvelutiskillä', sv: 'Vid disken' } },
        { id: 'kiosk', label: { fi: 'Asiointipäätteellä', sv: 'Vid terminalen' } },
      ],
    },
    {
      id: 'liked',
      kind: 'multiple' as const,
      required: false,
      label: { fi: 'Mikä toimi?', sv: 'Vad fungerade?' },
      options: [
        { id: 'signs', label: { fi: 'Opasteet', sv: 'Skyltarna' } },
        { id: 'staff', label: { fi: 'Henkilökunta', sv: 'Personalen' } },
        { id: 'queue', label: { fi: 'Jonotus', sv: 'Kön' } },
      ],
    },
    {
      id: 'idea',
      kind: 'open' as const,
      required: false,
      label: { fi: 'Mitä parantaisit?', sv: 'Vad skulle du förbättra?' },
    },
    {
      id: 'age',
      kind: 'segment' as const,
      required: false,
      label: { fi: 'Ikäryhmä', sv: 'Åldersgrupp' },
      options: [
        { id: 'young', label: { fi: 'Alle 30', sv: 'Under 30' } },
        { id: 'older', label: { fi: '30 tai yli', sv: '30 eller över' } },
      ],
    },
    {
      id: 'consent',
      kind: 'consent' as const,
      required: true,
      label: { fi: 'Saako vastauksesi tallentaa?', sv: 'Får ditt svar sparas?' },
    },
  ],
  opensAt: null,
  closesAt: null,
};

/** A method card as an organisation writes one of its own. */
export const METHOD_CARD = {
  title: 'Asukasraati',
  purpose: 'Satunnaisesti valitut asukkaat perehtyvät kysymykseen ja antavat suosituksen.',
  phases: ['develop' as const],
  steps: ['Arvokaa osallistujat.', 'Kuulkaa asiantuntijoita.', 'Kirjoittakaa suositus.'],
  minutes: { min: 240, max: 960 },
  groupSize: { min: 12, max: 24 },
  materials: ['Taustamateriaali'],
  tips: ['Maksakaa osallistujille palkkio.'],
  pitfalls: ['Suositukselle ei luvata käsittelyä.'],
  example: 'Kaupunki kokosi raadin pohtimaan kirjastoverkkoa.',
  tool: 'ideas' as const,
};

const SURVEY = 'Vastaaja;Ikäryhmä;Mitä toivoisit palvelulta?\n1;18–29;Selkeämmät ohjeet verkkoon\n';

const p = (w: World) => `/api/v1/projects/${w.projectId}`;
// A note as the editor writes it: a heading, and a paragraph with marks and a link.
const NOTE = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Palvelupolku' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Asiakas kertoi ' },
        {
          type: 'text',
          text: 'lupapalvelusta',
          marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://lupapiste.fi/' } }],
        },
      ],
    },
  ],
};
const consent = {
  purpose: 'Haastattelu palvelun kehittämiseksi',
  givenOn: '2026-11-01',
  method: 'written',
};

/** Every route of the server, keyed `METHOD /url` as the route table names it. */
export const routeCases: Record<string, RouteCase> = {
  'GET /api/v1/projects/:projectId/participants': {
    path: (w) => `${p(w)}/participants`,
  },
  'POST /api/v1/projects/:projectId/participants': {
    path: (w) => `${p(w)}/participants`,
    body: () => ({
      kind: 'customer',
      segment: 'Nuoret aikuiset',
      attributes: { Ikäryhmä: '18–29' },
      consent,
      contact: { name: 'Maija Meikäläinen', phone: '040 123 4567', email: 'maija@example.fi' },
    }),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId': {
    path: (w) => `${p(w)}/participants/${w.participantId}`,
  },
  'PATCH /api/v1/projects/:projectId/participants/:participantId': {
    path: (w) => `${p(w)}/participants/${w.participantId}`,
    body: () => ({ version: 1, segment: 'Nuoret', attributes: { Kunta: 'Jyväskylä' } }),
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/consent': {
    path: (w) => `${p(w)}/participants/${w.participantId}/consent`,
    body: () => consent,
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/consent/withdraw': {
    path: (w) => `${p(w)}/participants/${w.participantId}/consent/withdraw`,
    body: () => ({ withdrawnOn: '2026-11-20' }),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId/contact': {
    path: (w) => `${p(w)}/participants/${w.participantId}/contact`,
  },
  'PUT /api/v1/projects/:projectId/participants/:participantId/contact': {
    path: (w) => `${p(w)}/participants/${w.participantId}/contact`,
    body: () => ({ name: 'Maija Meikäläinen', phone: '040 123 4567', email: 'maija@example.fi' }),
  },
  'GET /api/v1/projects/:projectId/participants/:participantId/export': {
    path: (w) => `${p(w)}/participants/${w.participantId}/export`,
  },
  'POST /api/v1/projects/:projectId/participants/:participantId/erase': {
    path: (w) => `${p(w)}/participants/${w.participantId}/erase`,
  },
  'GET /api/v1/projects/:projectId/sessions': {
    path: (w) => `${p(w)}/sessions`,
  },
  'POST /api/v1/projects/:projectId/sessions': {
    path: (w) => `${p(w)}/sessions`,
    body: () => ({
      kind: 'workshop',
      title: 'Tulevaisuustyöpaja',
      heldOn: '2026-11-10',
      place: 'Kirjaston monitoimitila',
      methodNotes: 'Kolme ryhmää, kortit ja äänestys.',
    }),
  },
  'GET /api/v1/projects/:projectId/sessions/:sessionId': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}`,
  },
  'PUT /api/v1/projects/:projectId/sessions/:sessionId': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}`,
    body: (w) => ({
      version: 1,
      kind: 'interview',
      title: 'Haastattelu',
      heldOn: '2026-11-11',
      participantIds: [w.participantId],
    }),
  },
  'DELETE /api/v1/projects/:projectId/sessions/:sessionId': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}`,
  },
  'GET /api/v1/projects/:projectId/sessions/:sessionId/notes': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}/notes`,
  },
  'POST /api/v1/projects/:projectId/sessions/:sessionId/notes': {
    path: (w) => `${p(w)}/sessions/${w.sessionId}/notes`,
    body: () => ({ title: 'Haastattelun muistiinpano', content: NOTE }),
  },
  'GET /api/v1/projects/:projectId/notes/:noteId': {
    path: (w) => `${p(w)}/notes/${w.noteId}`,
  },
  'PUT /api/v1/projects/:projectId/notes/:noteId': {
    path: (w) => `${p(w)}/notes/${w.noteId}`,
    body: () => ({
      title: 'Korjattu',
      body: 'Korjattu muistiinpano.',
      version: 1,
    }),
  },
  'DELETE /api/v1/projects/:projectId/notes/:noteId': {
    path: (w) => `${p(w)}/notes/${w.noteId}`,
  },
  'GET /api/v1/projects/:projectId/evidence': {
    path: (w) => `${p(w)}/evidence`,
  },
  'POST /api/v1/projects/:projectId/evidence': {
    path: (w) => `${p(w)}/evidence`,
    body: (w) => ({ kind: 'quote', noteId: w.noteId, start: 0, end: 7, text: 'Palvelu' }),
  },
  'GET /api/v1/projects/:projectId/evidence/:evidenceId': {
    path: (w) => `${p(w)}/evidence/${w.evidenceId}`,
  },
  'PUT /api/v1/projects/:projectId/evidence/:evidenceId/tags': {
    path: (w) => `${p(w)}/evidence/${w.evidenceId}/tags`,
    body: (w) => ({ version: 1, tagIds: [w.tagId] }),
  },
  'DELETE /api/v1/projects/:projectId/evidence/:evidenceId': {
    path: (w) => `${p(w)}/evidence/${w.evidenceId}`,
  },
  'GET /api/v1/projects/:projectId/sources': {
    path: (w) => `${p(w)}/sources`,
  },
  'POST /api/v1/projects/:projectId/sources': {
    path: (w) => `${p(w)}/sources`,
    body: () => ({
      kind: 'report',
      title: 'Kuntakokeilun loppuraportti',
      author: 'Valtiovarainministeriö',
      url: 'https://julkaisut.valtioneuvosto.fi/',
      citation: 'VM 2025:12',
      summary: 'Kokeilun tulokset kunnittain.',
      language: 'fi',
    }),
  },
  'PUT /api/v1/projects/:projectId/sources/:sourceId': {
    path: (w) => `${p(w)}/sources/${w.sourceId}`,
    body: () => ({ version: 1, kind: 'statistic', title: 'Työllisyyskatsaus' }),
  },
  'DELETE /api/v1/projects/:projectId/sources/:sourceId': {
    path: (w) => `${p(w)}/sources/${w.sourceId}`,
  },
  'GET /api/v1/projects/:projectId/tags': {
    path: (w) => `${p(w)}/tags`,
  },
  'POST /api/v1/projects/:projectId/tags': {
    path: (w) => `${p(w)}/tags`,
    body: () => ({ name: 'Saavutettavuus' }),
  },
  'PATCH /api/v1/projects/:projectId/tags/:tagId': {
    path: (w) => `${p(w)}/tags/${w.tagId}`,
    body: () => ({ version: 1, name: 'Asiointi' }),
  },
  'POST /api/v1/projects/:projectId/tags/:tagId/merge': {
    path: (w) => `${p(w)}/tags/${w.tagId}/merge`,
    body: (w) => ({ intoTagId: w.otherTagId }),
  },
  'DELETE /api/v1/projects/:projectId/tags/:tagId': {
    path: (w) => `${p(w)}/tags/${w.tagId}`,
  },
  'POST /api/v1/projects/:projectId/imports': {
    path: (w) => `${p(w)}/imports`,
    body: () => SURVEY,
    headers: { 'content-type': 'text/csv' },
  },
  'POST /api/v1/projects/:projectId/imports/:importId/commit': {
    path: (w) => `${p(w)}/imports/${w.importId}/commit`,
    body: () => ({
      columns: ['ignore', 'attribute', 'evidence'],
      session: { title: 'Asiakaskysely', heldOn: '2026-11-15' },
      consent,
    }),
  },
  'DELETE /api/v1/projects/:projectId/imports/:importId': {
    path: (w) => `${p(w)}/imports/${w.importId}`,
  },
  'GET /api/v1/projects/:projectId/imports': {
    path: (w) => `${p(w)}/imports`,
  },
  'GET /api/v1/projects/:projectId/imports/:importId': {
    path: (w) => `${p(w)}/imports/${w.startedImportId}`,
  },
  'POST /api/v1/projects/:projectId/imports/:importId/cancel': {
    path: (w) => `${p(w)}/imports/${w.startedImportId}/cancel`,
  },
  'GET /api/v1/projects/:projectId/search': {
    path: (w) => `${p(w)}/search?q=palvelu`,
  },
  'GET /api/v1/projects/:projectId/boards': {
    path: (w) => `${p(w)}/boards`,
  },
  'POST /api/v1/projects/:projectId/boards': {
    path: (w) => `${p(w)}/boards`,
    body: () => ({ title: 'Työpajan ryhmittely' }),
  },
  'GET /api/v1/projects/:projectId/boards/:boardId': {
    path: (w) => `${p(w)}/boards/${w.boardId}`,
  },
  'PATCH /api/v1/projects/:projectId/boards/:boardId': {
    path: (w) => `${p(w)}/boards/${w.boardId}`,
    body: () => ({ version: 1, title: 'Uusi nimi', archived: true }),
  },
  'DELETE /api/v1/projects/:projectId/boards/:boardId': {
    path: (w) => `${p(w)}/boards/${w.boardId}`,
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
  },
  'GET /api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId': {
    path: (w) => `${p(w)}/boards/${w.boardId}/theme-suggestions/${w.suggestionId}`,
  },
  'DELETE /api/v1/projects/:projectId/boards/:boardId/theme-suggestions/:suggestionId': {
    path: (w) => `${p(w)}/boards/${w.boardId}/theme-suggestions/${w.suggestionId}`,
  },
  'GET /api/v1/projects/:projectId/insights': {
    path: (w) => `${p(w)}/insights?boardId=${w.boardId}`,
  },
  'POST /api/v1/projects/:projectId/insights': {
    path: (w) => `${p(w)}/insights`,
    body: (w) => ({
      statement: 'Ohjeet eivät tavoita hakijaa.',
      hmw: 'Miten voisimme tuoda ohjeet hakijan luo?',
      evidenceIds: [w.evidenceId],
    }),
  },
  'GET /api/v1/projects/:projectId/insights/:insightId': {
    path: (w) => `${p(w)}/insights/${w.insightId}`,
  },
  'PATCH /api/v1/projects/:projectId/insights/:insightId': {
    path: (w) => `${p(w)}/insights/${w.insightId}`,
    // The question alone: a customer member may write it, and the matrix shows they may.
    body: () => ({ version: 1, hmw: 'Miten voisimme koota luvat yhteen paikkaan?' }),
  },
  'DELETE /api/v1/projects/:projectId/insights/:insightId': {
    path: (w) => `${p(w)}/insights/${w.insightId}`,
  },
  'GET /api/v1/projects/:projectId/journeys': {
    path: (w) => `${p(w)}/journeys`,
  },
  'POST /api/v1/projects/:projectId/journeys': {
    path: (w) => `${p(w)}/journeys`,
    body: (w) => ({ title: 'Tavoitetila', kind: 'to_be', start: { copyOf: w.journeyId } }),
  },
  'GET /api/v1/projects/:projectId/journeys/:journeyId': {
    path: (w) => `${p(w)}/journeys/${w.journeyId}`,
  },
  'PATCH /api/v1/projects/:projectId/journeys/:journeyId': {
    path: (w) => `${p(w)}/journeys/${w.journeyId}`,
    body: () => ({ version: 1, title: 'Uusi nimi', archived: true }),
  },
  'DELETE /api/v1/projects/:projectId/journeys/:journeyId': {
    path: (w) => `${p(w)}/journeys/${w.journeyId}`,
  },
  'GET /api/v1/projects/:projectId/personas': {
    path: (w) => `${p(w)}/personas`,
  },
  'POST /api/v1/projects/:projectId/personas': {
    path: (w) => `${p(w)}/personas`,
    body: (w) => ({
      name: 'Rakentaja Risto',
      segment: 'Omakotirakentajat',
      needs: ['Yksi yhteyshenkilö'],
      quote: 'Haluan tietää, missä hakemukseni menee.',
      story: 'Risto rakentaa ensimmäistä taloaan.',
      citations: { frustrations: [w.evidenceId] },
    }),
  },
  'GET /api/v1/projects/:projectId/personas/:personaId': {
    path: (w) => `${p(w)}/personas/${w.personaId}`,
  },
  'PATCH /api/v1/projects/:projectId/personas/:personaId': {
    path: (w) => `${p(w)}/personas/${w.personaId}`,
    body: () => ({
      version: 1,
      quote: 'Haluan hoitaa luvat kerralla.',
      goals: ['Luvat kerralla'],
    }),
  },
  'DELETE /api/v1/projects/:projectId/personas/:personaId': {
    path: (w) => `${p(w)}/personas/${w.personaId}`,
  },
  'GET /api/v1/projects/:projectId/ideas': {
    path: (w) => `${p(w)}/ideas?insightId=${w.insightId}`,
  },
  'POST /api/v1/projects/:projectId/ideas': {
    path: (w) => `${p(w)}/ideas`,
    body: (w) => ({ text: 'Lupaneuvonta kirjastossa', insightId: w.insightId }),
  },
  'GET /api/v1/projects/:projectId/ideas/:ideaId': {
    path: (w) => `${p(w)}/ideas/${w.ideaId}`,
  },
  'PATCH /api/v1/projects/:projectId/ideas/:ideaId': {
    path: (w) => `${p(w)}/ideas/${w.ideaId}`,
    body: () => ({ version: 1, text: 'Lupien hakusivu yhdessä paikassa', status: 'picked' }),
  },
  'DELETE /api/v1/projects/:projectId/ideas/:ideaId': {
    path: (w) => `${p(w)}/ideas/${w.ideaId}`,
  },
  'PUT /api/v1/projects/:projectId/ideas/:ideaId/sketch': {
    path: (w) => `${p(w)}/ideas/${w.ideaId}/sketch`,
    body: () => SKETCH,
    headers: { 'content-type': 'image/png' },
  },
  'GET /api/v1/projects/:projectId/ideas/:ideaId/sketch': {
    path: (w) => `${p(w)}/ideas/${w.ideaId}/sketch`,
  },
  'DELETE /api/v1/projects/:projectId/ideas/:ideaId/sketch': {
    path: (w) => `${p(w)}/ideas/${w.ideaId}/sketch`,
  },
  'GET /api/v1/projects/:projectId/voting-rounds': {
    path: (w) => `${p(w)}/voting-rounds`,
  },
  'POST /api/v1/projects/:projectId/voting-rounds': {
    path: (w) => `${p(w)}/voting-rounds`,
    body: (w) => ({
      title: 'Työpajan pisteäänestys',
      insightId: w.insightId,
      budget: 3,
      allowStacking: true,
      hideAuthors: true,
    }),
  },
  'GET /api/v1/projects/:projectId/voting-rounds/:roundId': {
    path: (w) => `${p(w)}/voting-rounds/${w.roundId}`,
  },
  'POST /api/v1/projects/:projectId/voting-rounds/:roundId/close': {
    path: (w) => `${p(w)}/voting-rounds/${w.roundId}/close`,
  },
  'POST /api/v1/projects/:projectId/voting-rounds/:roundId/votes': {
    path: (w) => `${p(w)}/voting-rounds/${w.roundId}/votes`,
    body: (w) => ({ ideaId: w.ideaId }),
  },
  'DELETE /api/v1/projects/:projectId/voting-rounds/:roundId/votes/:ideaId': {
    path: (w) => `${p(w)}/voting-rounds/${w.roundId}/votes/${w.ideaId}`,
  },
  'GET /api/v1/projects/:projectId/concepts': {
    path: (w) => `${p(w)}/concepts`,
  },
  'POST /api/v1/projects/:projectId/concepts': {
    path: (w) => `${p(w)}/concepts`,
    body: () => ({ name: 'Työkokeilu ilman jonoa', summary: 'Nuori pääsee kokeiluun viikossa.' }),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}`,
  },
  'PATCH /api/v1/projects/:projectId/concepts/:conceptId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}`,
    body: () => ({ version: 1, status: 'testing' }),
  },
  'DELETE /api/v1/projects/:projectId/concepts/:conceptId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}`,
  },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/links': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/links`,
    body: (w) => ({ kind: 'persona', targetId: w.personaId }),
  },
  'DELETE /api/v1/projects/:projectId/concepts/:conceptId/links/:kind/:targetId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/links/insight/${w.insightId}`,
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/versions': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/versions`,
  },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/versions': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/versions`,
    body: (w) => ({ reason: 'Testauksen havainnot', findingIds: [w.insightId] }),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/versions/:number': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/versions/1`,
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/diff': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/diff?from=1&to=draft`,
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/test-rounds': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds`,
  },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/test-rounds': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds`,
    body: () => ({
      versionNumber: 1,
      title: 'Roolileikki lupaneuvonnassa',
      method: 'role_play',
      description: 'Asiakas hakee tapahtumaluvan neuvojan kanssa.',
      learningGoals: 'Löytääkö asiakas kaikki luvat?',
      place: 'Kaupungintalo',
      startsOn: '2026-12-10',
      endsOn: '2026-12-11',
      hypotheses: [{ belief: 'Yksi hakemus riittää.', signal: 'Kaikki luvat löytyvät.' }],
      recruitTargets: [{ segment: 'Tapahtumajärjestäjät', count: 4 }],
    }),
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}`,
  },
  'PUT /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}`,
    body: (w) => ({
      version: 1,
      title: 'Paperiprototyyppi kirjastossa',
      method: 'paper_prototype',
      place: 'Pääkirjasto',
      hypotheses: [
        { id: w.hypothesisId, belief: 'Yksi hakemus riittää.', signal: 'Kukaan ei soita.' },
        { belief: 'Neuvontaa tarvitaan.', signal: 'Puolet kysyy neuvoa.' },
      ],
      recruitTargets: [{ segment: 'Yhdistykset', count: 3 }],
    }),
  },
  'DELETE /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}`,
  },
  'PUT /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId/hypotheses/:hypothesisId/finding':
    {
      path: (w) =>
        `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}/hypotheses/${w.hypothesisId}/finding`,
      body: (w) => ({
        version: 2,
        result: 'unclear',
        note: 'Vastaukset hajosivat.',
        evidenceIds: [w.evidenceId],
      }),
    },
  'POST /api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId/next-version': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/test-rounds/${w.testRoundId}/next-version`,
  },
  'GET /api/v1/projects/:projectId/concepts/:conceptId/history': {
    path: (w) => `${p(w)}/concepts/${w.conceptId}/history`,
  },
  'GET /api/v1/projects/:projectId/forms': {
    path: (w) => `${p(w)}/forms`,
  },
  'POST /api/v1/projects/:projectId/forms': {
    path: (w) => `${p(w)}/forms`,
    body: () => FEEDBACK_FORM,
  },
  'GET /api/v1/projects/:projectId/forms/:formId': {
    path: (w) => `${p(w)}/forms/${w.formId}`,
  },
  'PATCH /api/v1/projects/:projectId/forms/:formId': {
    path: (w) => `${p(w)}/forms/${w.formId}`,
    body: () => ({ ...FEEDBACK_FORM, version: 2, closesAt: '2027-01-31T22:00:00.000Z' }),
  },
  'POST /api/v1/projects/:projectId/forms/:formId/publish': {
    path: (w) => `${p(w)}/forms/${w.formId}/publish`,
    body: () => ({ version: 2 }),
  },
  'GET /api/v1/projects/:projectId/forms/:formId/summary': {
    path: (w) => `${p(w)}/forms/${w.formId}/summary?language=sv`,
  },
  'GET /api/v1/projects/:projectId/forms/:formId/responses': {
    path: (w) => `${p(w)}/forms/${w.formId}/responses?language=fi&limit=5`,
  },
  'POST /api/v1/projects/:projectId/forms/:formId/board': {
    path: (w) => `${p(w)}/forms/${w.formId}/board`,
  },
  'GET /api/v1/projects/:projectId/forms/:formId/responses.csv': {
    path: (w) => `${p(w)}/forms/${w.formId}/responses.csv?delimiter=semicolon`,
  },
  'GET /f/:code': { path: (w) => `/f/${w.formCode}` },
  'POST /f/:code': {
    path: (w) => `/f/${w.formCode}`,
    body: (w) =>
      new URLSearchParams({
        token: w.formToken,
        lang: 'fi',
        'q.overall': '4',
        'q.consent': 'no',
      }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  'GET /f/:code/thanks': { path: (w) => `/f/${w.formCode}/thanks` },
  'GET /f/:code/poster': { path: (w) => `/f/${w.formCode}/poster` },
  'GET /f/:code/qr.svg': { path: (w) => `/f/${w.formCode}/qr.svg` },
  'GET /f/:code/qr.png': { path: (w) => `/f/${w.formCode}/qr.png` },
  'GET /healthz': { path: () => '/healthz' },
  'GET /readyz': { path: () => '/readyz' },
  'GET /api/openapi.json': { path: () => '/api/openapi.json' },
  'GET /api/docs': { path: () => '/api/docs' },
  'GET /assets/*': { path: () => '/assets/index.js' },
  'GET /favicon.svg': { path: () => '/favicon.svg' },
  'POST /api/v1/auth/login': {
    path: () => '/api/v1/auth/login',
    // An e-mail address of its own each time, so the matrix's failures never reach a sign-in limit.
    body: () => ({ email: `nobody-${randomUUID()}@test.example`, password: 'not-the-password' }),
  },
  'POST /api/v1/auth/logout': { path: () => '/api/v1/auth/logout' },
  'GET /api/v1/auth/methods': { path: () => '/api/v1/auth/methods' },
  // The test app has no providers: starting answers the unknown provider's page.
  'GET /api/v1/auth/oidc/:providerId/start': { path: () => '/api/v1/auth/oidc/city/start' },
  // Without the browser's state cookie, a callback is refused before anything else.
  'GET /api/v1/auth/oidc/:providerId/callback': {
    path: () => '/api/v1/auth/oidc/city/callback?code=abc&state=def',
  },
  'DELETE /api/v1/orgs/:orgId/members/:userId/identities/:identityId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members/${w.targetUserId}/identities/${w.identityId}`,
  },
  'GET /api/v1/auth/me': { path: () => '/api/v1/auth/me' },
  'PATCH /api/v1/account': {
    path: () => '/api/v1/account',
    body: () => ({ displayName: 'Testi Henkilö', locale: 'sv' }),
  },
  'POST /api/v1/account/password': {
    path: () => '/api/v1/account/password',
    body: () => ({ currentPassword: 'wrong-password-here', newPassword: 'uusi-pitkä-salasana-9' }),
  },
  'GET /api/v1/account/sessions': { path: () => '/api/v1/account/sessions' },
  'DELETE /api/v1/account/sessions/:sessionId': {
    path: (w) => `/api/v1/account/sessions/${w.outsiderSessionId}`,
  },
  'POST /api/v1/account/sessions/revoke-others': {
    path: () => '/api/v1/account/sessions/revoke-others',
  },
  'GET /api/v1/invitations/:token': {
    path: (w) => `/api/v1/invitations/${w.invitationToken}`,
  },
  'POST /api/v1/invitations/:token/accept': {
    path: (w) => `/api/v1/invitations/${w.invitationToken}/accept`,
    body: () => ({ displayName: 'Uusi Jäsen', password: 'kutsun-hyväksyjän-salasana' }),
  },
  'GET /api/v1/orgs/:orgId': {
    path: (w) => `/api/v1/orgs/${w.orgId}`,
  },
  'GET /api/v1/orgs/:orgId/members': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members`,
  },
  'PATCH /api/v1/orgs/:orgId/members/:userId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members/${w.targetUserId}`,
    body: () => ({ role: 'viewer' }),
  },
  'DELETE /api/v1/orgs/:orgId/members/:userId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/members/${w.targetUserId}`,
  },
  'GET /api/v1/orgs/:orgId/invitations': {
    path: (w) => `/api/v1/orgs/${w.orgId}/invitations`,
  },
  'POST /api/v1/orgs/:orgId/invitations': {
    path: (w) => `/api/v1/orgs/${w.orgId}/invitations`,
    body: () => ({ email: 'uusi.henkilo@test.example', role: 'member' }),
  },
  'DELETE /api/v1/orgs/:orgId/invitations/:invitationId': {
    path: (w) => `/api/v1/orgs/${w.orgId}/invitations/${w.invitationId}`,
  },
  'GET /api/v1/orgs/:orgId/jobs': {
    path: (w) => `/api/v1/orgs/${w.orgId}/jobs`,
  },
  'POST /api/v1/orgs/:orgId/jobs/:jobId/cancel': {
    path: (w) => `/api/v1/orgs/${w.orgId}/jobs/${w.jobId}/cancel`,
  },
  'POST /api/v1/orgs/:orgId/jobs/:jobId/redrive': {
    path: (w) => `/api/v1/orgs/${w.orgId}/jobs/${w.deadJobId}/redrive`,
  },
  'GET /api/v1/orgs/:orgId/method-cards': {
    path: (w) => `/api/v1/orgs/${w.orgId}/method-cards?q=haastatteluissa&phase=discover`,
  },
  'POST /api/v1/orgs/:orgId/method-cards': {
    path: (w) => `/api/v1/orgs/${w.orgId}/method-cards`,
    body: () => ({ language: 'sv', content: { ...METHOD_CARD, title: 'Invånarpanel' } }),
  },
  'GET /api/v1/orgs/:orgId/method-cards/:key': {
    path: (w) => `/api/v1/orgs/${w.orgId}/method-cards/${w.methodCardId}`,
  },
  'PUT /api/v1/orgs/:orgId/method-cards/:key': {
    path: (w) => `/api/v1/orgs/${w.orgId}/method-cards/customer-interview`,
    body: () => ({
      version: null,
      language: 'fi',
      content: { ...METHOD_CARD, title: 'Asiakashaastattelu meillä', tool: 'sessions' },
    }),
  },
  'POST /api/v1/orgs/:orgId/method-cards/:key/restore': {
    path: (w) => `/api/v1/orgs/${w.orgId}/method-cards/persona/restore`,
    body: () => ({ version: 1, language: 'fi' }),
  },
  'DELETE /api/v1/orgs/:orgId/method-cards/:key': {
    path: (w) => `/api/v1/orgs/${w.orgId}/method-cards/${w.methodCardId}`,
  },
  'GET /api/v1/orgs/:orgId/projects': {
    path: (w) => `/api/v1/orgs/${w.orgId}/projects`,
  },
  'POST /api/v1/orgs/:orgId/projects': {
    path: (w) => `/api/v1/orgs/${w.orgId}/projects`,
    body: () => ({
      name: 'Uusi projekti',
      challenge: 'Miten voisimme sujuvoittaa lupa-asiointia?',
      goals: ['Hakemus kerralla valmiiksi'],
      targetGroup: 'Tapahtumajärjestäjät',
      indicators: ['Hakemusten käsittelyaika'],
    }),
  },
  'GET /api/v1/projects/:projectId': {
    path: (w) => `/api/v1/projects/${w.projectId}`,
  },
  'PATCH /api/v1/projects/:projectId': {
    path: (w) => `/api/v1/projects/${w.projectId}`,
    body: () => ({
      version: 1,
      name: 'Uusi nimi',
      challenge: 'Uusi haaste',
      goals: ['Uusi tavoite'],
    }),
  },
  'POST /api/v1/projects/:projectId/phase': {
    path: (w) => `/api/v1/projects/${w.projectId}/phase`,
    body: () => ({ phase: 'define' }),
  },
  'POST /api/v1/projects/:projectId/archive': {
    path: (w) => `/api/v1/projects/${w.projectId}/archive`,
  },
  'POST /api/v1/projects/:projectId/restore': {
    path: (w) => `/api/v1/projects/${w.projectId}/restore`,
  },
  'PUT /api/v1/projects/:projectId/team/:userId': {
    path: (w) => `/api/v1/projects/${w.projectId}/team/${w.targetUserId}`,
    body: () => ({ perspectives: ['customer'] }),
  },
  'DELETE /api/v1/projects/:projectId/team/:userId': {
    path: (w) => `/api/v1/projects/${w.projectId}/team/${w.targetUserId}`,
  },
  'POST /api/v1/projects/:projectId/checklist': {
    path: (w) => `/api/v1/projects/${w.projectId}/checklist`,
    body: () => ({ phase: 'discover', label: 'Oma vaihe' }),
  },
  'PATCH /api/v1/projects/:projectId/checklist/:itemId': {
    path: (w) => `/api/v1/projects/${w.projectId}/checklist/${w.itemId}`,
    body: () => ({ version: 1, label: 'Oma vaihe', done: true }),
  },
  'DELETE /api/v1/projects/:projectId/checklist/:itemId': {
    path: (w) => `/api/v1/projects/${w.projectId}/checklist/${w.itemId}`,
  },
  'GET /api/v1/articles': {
    path: (w) => `/api/v1/articles?organisationId=${w.orgId}`,
  },
  'GET /api/v1/orgs/:orgId/articles': {
    path: (w) => `/api/v1/orgs/${w.orgId}/articles`,
  },
  'POST /api/v1/orgs/:orgId/articles': {
    path: (w) => `/api/v1/orgs/${w.orgId}/articles`,
    body: (w) => ({
      title: 'Mitä opimme asiakkailta',
      summary: 'Lahden kokemuksia',
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kuuntele.' }] }],
      },
      projectIds: [w.projectId],
      cardKeys: ['customer-interview'],
    }),
  },
  'GET /api/v1/articles/:articleId': {
    path: (w) => `/api/v1/articles/${w.articleId}`,
  },
  'PATCH /api/v1/articles/:articleId': {
    path: (w) => `/api/v1/articles/${w.articleId}`,
    body: () => ({ version: 1, title: 'Luvat yhdeltä luukulta', cardKeys: ['service-path'] }),
  },
  'DELETE /api/v1/articles/:articleId': {
    path: (w) => `/api/v1/articles/${w.articleId}`,
  },
  'POST /api/v1/articles/:articleId/images': {
    path: (w) => `/api/v1/articles/${w.articleId}/images?decorative=true`,
    body: () => SKETCH,
    headers: { 'content-type': 'image/png' },
  },
  'GET /api/v1/articles/:articleId/images/:imageId': {
    path: (w) => `/api/v1/articles/${w.articleId}/images/${w.articleImageId}`,
  },
  'DELETE /api/v1/articles/:articleId/images/:imageId': {
    path: (w) => `/api/v1/articles/${w.articleId}/images/${w.articleImageId}`,
  },
  'GET /api/v1/orgs/:orgId/courses': {
    path: (w) => `/api/v1/orgs/${w.orgId}/courses`,
  },
  'POST /api/v1/orgs/:orgId/courses': {
    path: (w) => `/api/v1/orgs/${w.orgId}/courses`,
    body: () => ({ title: 'Asiakaslähtöisyyden kurssi', description: 'Kolme tapaamista' }),
  },
  'GET /api/v1/courses/:courseId': {
    path: (w) => `/api/v1/courses/${w.courseId}`,
  },
  'PATCH /api/v1/courses/:courseId': {
    path: (w) => `/api/v1/courses/${w.courseId}`,
    body: () => ({ version: 1, title: 'Palvelumuotoilu kaupungin työssä' }),
  },
  'DELETE /api/v1/courses/:courseId': {
    path: (w) => `/api/v1/courses/${w.courseId}`,
  },
  'POST /api/v1/courses/:courseId/exercises': {
    path: (w) => `/api/v1/courses/${w.courseId}/exercises`,
    body: () => ({
      cardKey: 'customer-interview',
      title: 'Haastattele kahta asiakasta ja tee viisi evidenssiä',
      instructions: 'Oman yksikkösi asiakkaita',
      kind: 'evidence_items',
      target: 5,
    }),
  },
  'DELETE /api/v1/courses/:courseId/exercises/:exerciseId': {
    path: (w) => `/api/v1/courses/${w.courseId}/exercises/${w.exerciseId}`,
  },
  'POST /api/v1/courses/:courseId/enrolments': {
    path: (w) => `/api/v1/courses/${w.courseId}/enrolments`,
    body: (w) => ({ userId: w.targetUserId }),
  },
  'DELETE /api/v1/courses/:courseId/enrolments/:userId': {
    path: (w) => `/api/v1/courses/${w.courseId}/enrolments/${w.enrolledUserId}`,
  },
  'PUT /api/v1/courses/:courseId/practice-project': {
    path: (w) => `/api/v1/courses/${w.courseId}/practice-project`,
    body: (w) => ({ projectId: w.projectId }),
  },
  'PUT /api/v1/courses/:courseId/exercises/:exerciseId/completion': {
    path: (w) => `/api/v1/courses/${w.courseId}/exercises/${w.exerciseId}/completion`,
    body: () => ({ reflection: 'Asiakkaan ääni yllätti.' }),
  },
  'GET /api/v1/courses/:courseId/certificate': {
    path: (w) => `/api/v1/courses/${w.courseId}/certificate`,
  },
};
