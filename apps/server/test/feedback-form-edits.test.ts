import type { FeedbackForm, FeedbackFormInput, FeedbackQuestion } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { adminOfNewOrganisation, buildProject, call, startTestApp } from './harness.ts';
import { FEEDBACK_FORM } from './route-cases.ts';

const app = await startTestApp();
const URLENCODED = { 'content-type': 'application/x-www-form-urlencoded' };
const questions = FEEDBACK_FORM.questions as FeedbackQuestion[];

async function newForm() {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const base = `/api/v1/projects/${project.id}/forms`;
  const created = await call(app, session, 'POST', base, FEEDBACK_FORM);
  expect(created.statusCode, created.body).toBe(201);
  const form = created.json<FeedbackForm>();
  return { session, base, url: `${base}/${form.id}`, form };
}

/** A published form with one response, answered in Swedish at its public link. */
async function answeredForm() {
  const { session, url, form } = await newForm();
  const published = await call(app, session, 'POST', `${url}/publish`, { version: form.version });
  expect(published.statusCode, published.body).toBe(200);
  const page = await app.app.inject({ method: 'GET', url: `/f/${form.code}?lang=sv` });
  const token = /name="token" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const answer = new URLSearchParams({
    token,
    lang: 'sv',
    'q.overall': '4',
    'q.consent': 'no',
  });
  const sent = await app.app.inject({
    method: 'POST',
    url: `/f/${form.code}`,
    payload: answer.toString(),
    headers: URLENCODED,
  });
  expect(sent.statusCode, sent.body).toBe(303);
  const stored = (await call(app, session, 'GET', url)).json<FeedbackForm>();
  expect(stored.responseCount).toBe(1);
  return { session, url, form: stored };
}

const edit = (form: FeedbackForm, changes: Partial<FeedbackFormInput> = {}) => ({
  languages: form.languages,
  title: form.title,
  intro: form.intro,
  questions: form.questions,
  opensAt: form.opensAt,
  closesAt: form.closesAt,
  version: form.version,
  ...changes,
});

const rating = questions[0] as Extract<FeedbackQuestion, { kind: 'rating' }>;
const channel = questions[1] as Extract<FeedbackQuestion, { kind: 'single' }>;
const [desk, kiosk] = channel.options as [
  (typeof channel.options)[number],
  (typeof channel.options)[number],
];
const replace = (index: number, question: FeedbackQuestion) =>
  questions.map((q, i) => (i === index ? question : q));
const extra: FeedbackQuestion = {
  id: 'more',
  kind: 'open',
  required: false,
  label: { fi: 'Muuta?', sv: 'Något annat?' },
};

describe('a form with answers', () => {
  it.each<[string, FeedbackQuestion[], string]>([
    ['removes a question', questions.slice(1), 'questions'],
    ['changes a kind', replace(1, { ...channel, kind: 'multiple' }), 'questions.1.kind'],
    ['changes a rating range', replace(0, { ...rating, scaleMax: 7 }), 'questions.0.scaleMax'],
    [
      'removes an option',
      replace(1, {
        ...channel,
        options: [desk, { id: 'web', label: { fi: 'Verkossa', sv: 'På webben' } }],
      }),
      'questions.1.options.1',
    ],
    [
      "changes an option's id",
      replace(1, {
        ...channel,
        options: [{ ...desk, id: 'counter' }, kiosk],
      }),
      'questions.1.options.0',
    ],
    [
      'appends a required question',
      [...questions, { ...extra, required: true }],
      'questions.6.required',
    ],
    ['inserts a question before answered ones', [extra, ...questions], 'questions.0'],
  ])('refuses an edit that %s and stores nothing', async (_what, changed, path) => {
    const { session, url, form } = await answeredForm();
    const refused = await call(
      app,
      session,
      'PATCH',
      url,
      edit(form, { questions: changed, title: { fi: 'Uusi otsikko', sv: 'Ny rubrik' } }),
    );
    expect(refused.statusCode, refused.body).toBe(409);
    const problem = refused.json<{ code: string; title: string; errors: { path: string }[] }>();
    expect(problem.code).toBe('answered_form_change');
    expect(problem.title).toMatch(/^Lomakkeeseen on jo vastattu/);
    expect(problem.errors.map((e) => e.path)).toContain(path);
    const after = (await call(app, session, 'GET', url)).json<FeedbackForm>();
    expect(after).toEqual(form);
  });

  it('takes corrected texts, a new closing time and an appended optional question', async () => {
    const { session, url, form } = await answeredForm();
    const closesAt = '2027-01-31T22:00:00.000Z';
    const changed = [
      { ...rating, label: { fi: 'Kuinka sujuvaa asiointi oli?', sv: 'Hur smidigt gick det?' } },
      ...questions.slice(1),
      extra,
    ];
    const saved = await call(
      app,
      session,
      'PATCH',
      url,
      edit(form, { questions: changed, closesAt, intro: { fi: 'Kiitos!', sv: 'Tack!' } }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json<FeedbackForm>();
    expect(after.questions).toEqual(changed);
    expect(after.closesAt).toBe(closesAt);
    expect(after.intro).toEqual({ fi: 'Kiitos!', sv: 'Tack!' });
    expect(after.version).toBe(form.version + 1);
  });

  it('answers an edit made on an old version as an edit conflict first', async () => {
    const { session, url, form } = await answeredForm();
    const stale = await call(
      app,
      session,
      'PATCH',
      url,
      edit({ ...form, version: form.version - 1 }, { questions: questions.slice(1) }),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('edit_conflict');
  });
});

describe('a draft form without answers', () => {
  it('is built, rebuilt freely and published through the API as the builder does', async () => {
    const { session, url, form } = await newForm();
    expect(form.status).toBe('draft');
    const rebuilt = [
      { ...channel, kind: 'multiple' as const, options: [...channel.options].reverse() },
      { ...rating, scaleMax: 10 },
      extra,
    ];
    const changes = {
      languages: ['sv', 'en'] as ('fi' | 'sv' | 'en')[],
      title: { sv: 'Servicepunkten', en: 'The service point' },
      intro: { sv: 'Berätta!', en: 'Tell us!' },
      questions: rebuilt.map((q) => ({
        ...q,
        label: { sv: q.label.sv ?? '', en: `${q.id}?` },
        ...('options' in q
          ? { options: q.options.map((o) => ({ ...o, label: { sv: o.label.sv ?? '', en: o.id } })) }
          : {}),
        ...(q.kind === 'rating'
          ? { minLabel: { sv: 'Svårt', en: 'Hard' }, maxLabel: { sv: 'Lätt', en: 'Easy' } }
          : {}),
      })) as FeedbackQuestion[],
      opensAt: '2026-12-31T22:00:00.000Z',
      closesAt: '2027-01-31T22:00:00.000Z',
    };
    const saved = await call(app, session, 'PATCH', url, edit(form, changes));
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = saved.json<FeedbackForm>();
    expect({ ...draft, version: 0 }).toMatchObject({ ...changes, version: 0 });

    const missing = await call(
      app,
      session,
      'PATCH',
      url,
      edit(draft, { title: { sv: 'Bara svenska' }, closesAt: '2026-12-01T10:00:00.000Z' }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: unknown[] }>().errors).toEqual([
      { path: 'title', message: 'Kirjoita teksti jokaisella lomakkeen kielellä.' },
      { path: 'closesAt', message: 'Sulkeutumisajan pitää olla avautumisajan jälkeen.' },
    ]);

    const published = await call(app, session, 'POST', `${url}/publish`, {
      version: draft.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<FeedbackForm>()).toMatchObject({ ...changes, status: 'published' });
  });
});
