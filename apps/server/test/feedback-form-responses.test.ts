import { randomBytes } from 'node:crypto';
import type {
  FeedbackForm,
  FeedbackResponse,
  FeedbackResponsePage,
  TestRound,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { createTestRound } from '../src/modules/concept-tests/commands/create-test-round.ts';
import { createConcept } from '../src/modules/concepts/commands/create-concept.ts';
import { freezeConcept } from '../src/modules/concepts/commands/freeze-concept.ts';
import { createFeedbackForm } from '../src/modules/feedback-forms/commands/create-feedback-form.ts';
import { submitFeedbackResponse } from '../src/modules/feedback-forms/commands/submit-feedback-response.ts';
import { publishFeedbackForm } from '../src/modules/feedback-forms/commands/update-feedback-form.ts';
import { findForm } from '../src/modules/feedback-forms/feedback-forms.repo.ts';
import { insertParticipants } from '../src/modules/research/participants/participants.repo.ts';
import { insertSessionParticipants } from '../src/modules/research/sessions/sessions.repo.ts';
import {
  addToTeam,
  adminOfNewOrganisation,
  buildProject,
  buildUser,
  call,
  sessionFor,
  startTestApp,
} from './harness.ts';
import { FEEDBACK_FORM } from './route-cases.ts';

const app = await startTestApp();
const { db, pool } = app.database;

/** A concept with version 1 frozen and a test round of it. */
async function roundOfNewConcept(
  actorUserId: string,
  project: { id: string; organisationId: string },
) {
  const conceptId = await createConcept(db, {
    actorUserId,
    projectId: project.id,
    name: 'Ajanvaraus ilman jonoa',
    summary: '',
    language: 'fi',
  });
  await freezeConcept(db, {
    actorUserId,
    projectId: project.id,
    conceptId,
    reason: 'Testattava versio',
    findingIds: [],
  });
  const roundId = await createTestRound(db, {
    actorUserId,
    organisationId: project.organisationId,
    projectId: project.id,
    conceptId,
    today: '2026-12-01',
    values: {
      versionNumber: 1,
      title: 'Kirjaston kokeilu',
      method: 'pilot',
      description: '',
      learningGoals: '',
      place: '',
      startsOn: null,
      endsOn: null,
      hypotheses: [],
      recruitTargets: [],
    },
  });
  return { conceptId, roundId };
}

/**
 * A published form in a new organisation, with a customer member and a viewer on its team;
 * `forRound` makes it the form of a test round.
 */
async function formWorld(options: { forRound?: boolean } = {}) {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const customer = await buildUser(app, { organisationId: org.id, role: 'customer_member' });
  const viewer = await buildUser(app, { organisationId: org.id, role: 'viewer' });
  for (const user of [customer, viewer]) await addToTeam(app, project.id, user.id);
  const round = options.forRound ? await roundOfNewConcept(admin.id, project) : null;
  const formId = await createFeedbackForm(db, {
    actorUserId: admin.id,
    projectId: project.id,
    values: { ...FEEDBACK_FORM, ...(round ? { testRoundId: round.roundId } : {}) },
  });
  await publishFeedbackForm(db, { projectId: project.id, formId, version: 1 });
  const form = await findForm(db, project.id, formId);
  if (!form) throw new Error('form missing');
  const respond = (values: {
    consent: boolean;
    language?: 'fi' | 'sv';
    age?: 'young' | 'older';
    idea?: string;
    overall?: number;
  }) =>
    submitFeedbackResponse(db, {
      form,
      nonce: randomBytes(16).toString('base64url'),
      language: values.language ?? 'fi',
      answers: {
        overall: values.overall ?? 4,
        liked: ['signs', 'staff'],
        ...(values.age ? { age: values.age } : {}),
        consent: values.consent,
      },
      openTexts: { idea: values.idea ?? '' },
    });
  return {
    admin,
    project,
    form,
    round,
    respond,
    sessions: {
      admin: session,
      customer: await sessionFor(app, customer.id),
      viewer: await sessionFor(app, viewer.id),
    },
    url: `/api/v1/projects/${project.id}/forms/${formId}/responses`,
  };
}

type Session = Awaited<ReturnType<typeof formWorld>>['sessions']['admin'];

async function page(session: Session, url: string) {
  const response = await call(app, session, 'GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<FeedbackResponsePage>();
}

const openText = (response: FeedbackResponse | undefined) =>
  response?.answers.find((a) => a.questionId === 'idea');

describe('a feedback form’s responses one by one', () => {
  it('pages newest first with a cursor until every response has been read once', async () => {
    const w = await formWorld();
    for (let i = 1; i <= 7; i++) await w.respond({ consent: i % 2 === 0, overall: 1 + (i % 5) });
    const first = await page(w.sessions.admin, `${w.url}?limit=3`);
    expect(first.total).toBe(7);
    expect(first.items).toHaveLength(3);
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await page(w.sessions.admin, `${w.url}?limit=3&cursor=${cursor}`);
      expect(next.total).toBeNull();
      seen.push(...next.items);
      cursor = next.nextCursor;
    }
    expect(seen).toHaveLength(7);
    // A forged cursor starts from the first page; a page of none is bad input.
    const forged = Buffer.from(JSON.stringify({ at: 'eilen', id: seen[0]?.id })).toString(
      'base64url',
    );
    const again = await page(w.sessions.admin, `${w.url}?limit=3&cursor=${forged}`);
    expect(again.items).toEqual(first.items);
    const none = await call(app, w.sessions.admin, 'GET', `${w.url}?limit=0`);
    expect(none.statusCode).toBe(400);
    expect(new Set(seen.map((r) => r.id)).size).toBe(7);
    const times = seen.map((r) => r.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    // Consenting respondents 2, 4 and 6 became V1-001…V1-003; the newest of them is shown first.
    expect(seen.filter((r) => r.code !== null).map((r) => r.code)).toEqual([
      'V1-003',
      'V1-002',
      'V1-001',
    ]);
    expect(seen[0]).toMatchObject({
      language: 'fi',
      consent: false,
      code: null,
      answers: [
        { questionId: 'overall', kind: 'rating', rating: 3, optionIds: [], consent: null },
        { questionId: 'liked', kind: 'multiple', rating: null, optionIds: ['signs', 'staff'] },
        { questionId: 'consent', kind: 'consent', consent: false },
      ],
    });
  });

  it('filters by segment and by language, counting what matches', async () => {
    const w = await formWorld();
    await w.respond({ consent: true, age: 'young', language: 'fi' });
    await w.respond({ consent: false, age: 'older', language: 'sv' });
    await w.respond({ consent: false, age: 'older', language: 'fi' });
    await w.respond({ consent: true, language: 'sv' });
    const older = await page(
      w.sessions.admin,
      `${w.url}?segment=${encodeURIComponent('30 tai yli')}`,
    );
    expect(older.total).toBe(2);
    expect(older.items.map((r) => r.segment)).toEqual(['30 tai yli', '30 tai yli']);
    const swedish = await page(w.sessions.admin, `${w.url}?language=sv`);
    expect(swedish.items.map((r) => [r.language, r.segment])).toEqual([
      ['sv', ''],
      ['sv', '30 tai yli'],
    ]);
    const both = await page(
      w.sessions.admin,
      `${w.url}?language=fi&segment=${encodeURIComponent('30 tai yli')}`,
    );
    expect(both.total).toBe(1);
  });

  it('gives open text only of consenting respondents, and not to a customer member', async () => {
    const w = await formWorld();
    await w.respond({ consent: true, idea: 'Isommat opasteet ovelle' });
    await w.respond({ consent: false, idea: 'Salainen ajatus' });
    const [anonymous, consented] = (await page(w.sessions.admin, w.url)).items;
    expect(openText(consented)?.text).toBe('Isommat opasteet ovelle');
    // Without consent the text was never stored: the answer is not there at all.
    expect(openText(anonymous)).toBeUndefined();
    // The viewer reads raw research (as the CSV export), the customer member does not.
    const seenByViewer = (await page(w.sessions.viewer, w.url)).items;
    expect(openText(seenByViewer[1])?.text).toBe('Isommat opasteet ovelle');
    const customer = await call(app, w.sessions.customer, 'GET', w.url);
    expect(customer.statusCode).toBe(200);
    expect(customer.body).not.toContain('Isommat');
    expect(customer.body).not.toContain('Salainen');
    const seenByCustomer = customer.json<FeedbackResponsePage>().items;
    expect(openText(seenByCustomer[1])).toMatchObject({ kind: 'open', text: null });
    expect(seenByCustomer[1]?.code).toBe('V1-001');
  });

  it('leaves out an erased respondent', async () => {
    const w = await formWorld();
    await w.respond({ consent: true, idea: 'Poistettava vastaus' });
    await w.respond({ consent: true, idea: 'Jäävä vastaus' });
    const participant = await pool.query(
      "select id from participants where project_id = $1 and code = 'V1-001'",
      [w.project.id],
    );
    const erased = await call(
      app,
      w.sessions.admin,
      'POST',
      `/api/v1/projects/${w.project.id}/participants/${participant.rows[0].id}/erase`,
    );
    expect(erased.statusCode, erased.body).toBe(200);
    const after = await page(w.sessions.admin, w.url);
    expect(after.total).toBe(1);
    expect(after.items.map((r) => r.code)).toEqual(['V1-002']);
    expect(JSON.stringify(after)).not.toContain('Poistettava');
  });

  it('is a 404 for another organisation and for a form of another project', async () => {
    const w = await formWorld();
    await w.respond({ consent: true, idea: 'Oma vastaus' });
    const other = await adminOfNewOrganisation(app);
    const outsider = await call(app, other.session, 'GET', w.url);
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain('Oma vastaus');
    const elsewhere = await buildProject(app, {
      organisationId: w.project.organisationId,
      creatorId: w.admin.id,
    });
    const wrongProject = await call(
      app,
      w.sessions.admin,
      'GET',
      `/api/v1/projects/${elsewhere.id}/forms/${w.form.id}/responses`,
    );
    expect(wrongProject.statusCode).toBe(404);
  });
});

describe('a test round’s respondents', () => {
  it('counts its session’s participants and its form’s responses, anonymous ones too, once each', async () => {
    const w = await formWorld({ forRound: true });
    if (!w.round) throw new Error('round missing');
    const { conceptId, roundId } = w.round;
    await w.respond({ consent: true, age: 'young' });
    await w.respond({ consent: true, age: 'older' });
    await w.respond({ consent: false, age: 'young' });
    await w.respond({ consent: false });
    const round = await pool.query('select session_id from test_rounds where id = $1', [roundId]);
    const sessionId = round.rows[0].session_id as string;
    // Met in person too: the consenting V1-001 joins the round's session; so does someone else.
    const respondent = await pool.query(
      "select id from participants where project_id = $1 and code = 'V1-001'",
      [w.project.id],
    );
    const [inPerson] = await insertParticipants(db, [
      { projectId: w.project.id, code: 'K-001', kind: 'customer', segment: 'Alle 30' },
    ]);
    await insertSessionParticipants(db, sessionId, [respondent.rows[0].id, inPerson?.id ?? '']);

    const concept = `/api/v1/projects/${w.project.id}/concepts/${conceptId}`;
    const expected = {
      total: 5,
      bySegment: [
        { segment: 'Alle 30', count: 3 },
        { segment: '', count: 1 },
        { segment: '30 tai yli', count: 1 },
      ],
    };
    const read = await call(app, w.sessions.admin, 'GET', `${concept}/test-rounds/${roundId}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<TestRound>().respondents).toEqual(expected);
    const list = await call(app, w.sessions.customer, 'GET', `${concept}/test-rounds`);
    expect(list.json<{ items: TestRound[] }>().items[0]?.respondents).toEqual(expected);
    const history = await call(app, w.sessions.viewer, 'GET', `${concept}/history`);
    expect(
      history.json<{ items: { kind: string; respondents?: unknown }[] }>().items,
    ).toContainEqual(expect.objectContaining({ kind: 'test_round', respondents: expected }));
  });
});

describe('a test round’s form', () => {
  it('is made for the round: each shows the other, and a round keeps its one form', async () => {
    const w = await formWorld();
    const { conceptId, roundId } = await roundOfNewConcept(w.admin.id, w.project);
    const forms = `/api/v1/projects/${w.project.id}/forms`;
    const formCount = async (projectId: string) =>
      (
        await pool.query('select count(*)::int as n from feedback_forms where project_id = $1', [
          projectId,
        ])
      ).rows[0].n as number;

    const made = await call(app, w.sessions.admin, 'POST', forms, {
      ...FEEDBACK_FORM,
      testRoundId: roundId,
    });
    expect(made.statusCode, made.body).toBe(201);
    const form = made.json<FeedbackForm>();
    expect(form.testRound).toEqual({ id: roundId, conceptId, title: 'Kirjaston kokeilu' });
    const round = await call(
      app,
      w.sessions.viewer,
      'GET',
      `/api/v1/projects/${w.project.id}/concepts/${conceptId}/test-rounds/${roundId}`,
    );
    expect(round.json<TestRound>().form).toEqual({
      id: form.id,
      title: FEEDBACK_FORM.title,
      languages: FEEDBACK_FORM.languages,
      status: 'draft',
      path: form.path,
    });
    const listed = await call(app, w.sessions.viewer, 'GET', forms);
    expect(
      listed.json<{ items: FeedbackForm[] }>().items.find((item) => item.id === form.id)?.testRound
        ?.id,
    ).toBe(roundId);

    const before = await formCount(w.project.id);
    const second = await call(app, w.sessions.admin, 'POST', forms, {
      ...FEEDBACK_FORM,
      testRoundId: roundId,
      title: { fi: 'Toinen lomake', sv: 'Ett annat formulär' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('test_round_has_form');
    expect(await formCount(w.project.id)).toBe(before);

    // A round of another organisation's project is not there for this one.
    const other = await adminOfNewOrganisation(app);
    const project = await buildProject(app, {
      organisationId: other.org.id,
      creatorId: other.admin.id,
    });
    const foreign = await call(app, other.session, 'POST', `/api/v1/projects/${project.id}/forms`, {
      ...FEEDBACK_FORM,
      testRoundId: roundId,
    });
    expect(foreign.statusCode).toBe(404);
    expect(await formCount(project.id)).toBe(0);
  });
});
