import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeQr, matrixOfSvg } from '@timantti/contracts/qr-decode';
import { adminOfNewOrganisation, buildProject, call, startTestApp } from './harness.ts';
import { FEEDBACK_FORM } from './route-cases.ts';

const app = await startTestApp({
  feedbackLimits: { perAddressPerMinute: 4, perFormPerMinute: 50 },
});
const { pool } = app.database;
// A second instance on the same database, as behind a load balancer.
const second = await startTestApp();
const URLENCODED = { 'content-type': 'application/x-www-form-urlencoded' };

type Form = {
  id: string;
  code: string;
  path: string;
  projectId: string;
  sessionId: string;
  version: number;
};

async function publishedForm(values: Record<string, unknown> = {}) {
  const { org, admin, session } = await adminOfNewOrganisation(app);
  const project = await buildProject(app, { organisationId: org.id, creatorId: admin.id });
  const created = await call(app, session, 'POST', `/api/v1/projects/${project.id}/forms`, {
    ...FEEDBACK_FORM,
    ...values,
  });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json<Form>();
  const published = await call(
    app,
    session,
    'POST',
    `/api/v1/projects/${project.id}/forms/${draft.id}/publish`,
    { version: draft.version },
  );
  expect(published.statusCode, published.body).toBe(200);
  return { form: published.json<Form>(), session, project };
}

const tokenOf = (page: string) => /name="token" value="([^"]+)"/.exec(page)?.[1] ?? '';

async function open(code: string, lang = 'sv', address = '127.0.0.1') {
  const page = await app.app.inject({
    method: 'GET',
    url: `/f/${code}?lang=${lang}`,
    remoteAddress: address,
  });
  return { page, token: tokenOf(page.body) };
}

function post(code: string, fields: Record<string, string | string[]>, address = '127.0.0.1') {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  return app.app.inject({
    method: 'POST',
    url: `/f/${code}`,
    payload: body.toString(),
    headers: URLENCODED,
    remoteAddress: address,
  });
}

const responseCount = async (formId: string) =>
  (
    await pool.query('select count(*)::int as n from feedback_responses where form_id = $1', [
      formId,
    ])
  ).rows[0].n as number;

const answer = (token: string, extra: Record<string, string | string[]> = {}) => ({
  token,
  lang: 'sv',
  'q.overall': '4',
  'q.consent': 'yes',
  'q.age': 'young',
  'q.idea': 'Fler skyltar vid ingången',
  ...extra,
});

describe('public feedback form', () => {
  it('stores one response for a token posted twice, as a participant with evidence', async () => {
    const { form, session, project } = await publishedForm();
    const { page, token } = await open(form.code);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="sv">');
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.body).toContain('<legend>Hur lätt var det?');
    const first = await post(form.code, answer(token));
    expect(first.statusCode, first.body).toBe(303);
    expect(first.headers.location).toBe(`/f/${form.code}/thanks?lang=sv`);
    const again = await post(form.code, answer(token));
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Svaret har redan sparats');
    expect(await responseCount(form.id)).toBe(1);

    const participants = await pool.query(
      'select code, kind, segment from participants where project_id = $1',
      [project.id],
    );
    expect(participants.rows).toEqual([{ code: 'V1-001', kind: 'customer', segment: 'Alle 30' }]);
    const search = await call(
      app,
      session,
      'GET',
      `/api/v1/projects/${project.id}/search?q=${encodeURIComponent('skyltar')}`,
    );
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain('Fler');
    const sessionRow = await pool.query('select kind from research_sessions where id = $1', [
      form.sessionId,
    ]);
    expect(sessionRow.rows[0].kind).toBe('prototype_test');
  });

  it('holds a token across instances: issued by one, used once on either', async () => {
    const { form } = await publishedForm();
    const { token } = await open(form.code);
    const payload = new URLSearchParams(answer(token)).toString();
    const sent = await Promise.all(
      [app, second, second].map((target) =>
        target.app.inject({ method: 'POST', url: `/f/${form.code}`, payload, headers: URLENCODED }),
      ),
    );
    expect(sent.map((r) => r.statusCode).sort()).toEqual([303, 409, 409]);
    expect(await responseCount(form.id)).toBe(1);
  });

  it('keeps only counts of a response without consent, never its open text', async () => {
    const { form, session, project } = await publishedForm();
    const { token } = await open(form.code);
    const sent = await post(
      form.code,
      answer(token, { 'q.consent': 'no', 'q.idea': 'Hemlig idé' }),
    );
    expect(sent.statusCode).toBe(303);
    const evidence = await pool.query(
      'select count(*)::int as n from evidence where project_id = $1',
      [project.id],
    );
    expect(evidence.rows[0].n).toBe(0);
    const stored = await pool.query(
      'select answers::text as a from feedback_responses where form_id = $1',
      [form.id],
    );
    expect(stored.rows[0].a).not.toContain('Hemlig');
    const summary = await call(
      app,
      session,
      'GET',
      `/api/v1/projects/${project.id}/forms/${form.id}/summary`,
    );
    const overall = summary
      .json<{ questions: { questionId: string; counts: { id: string; count: number }[] }[] }>()
      .questions.find((q) => q.questionId === 'overall');
    expect(overall?.counts.find((c) => c.id === '4')?.count).toBe(1);
  });

  it('shows an error summary for a missing required answer and keeps the token', async () => {
    const { form } = await publishedForm();
    const { token } = await open(form.code);
    const missing = await post(form.code, { token, lang: 'sv', 'q.consent': 'no' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('id="error-summary"');
    expect(missing.body).toContain('href="#q-overall-0"');
    expect(missing.body).toContain('aria-describedby="q-overall-error"');
    expect(tokenOf(missing.body)).toBe(token);
    expect(await responseCount(form.id)).toBe(0);
    const fixed = await post(form.code, { token, lang: 'sv', 'q.consent': 'no', 'q.overall': '2' });
    expect(fixed.statusCode).toBe(303);
    expect(await responseCount(form.id)).toBe(1);
  });

  it('stores nothing for oversized, malformed and honeypot-filled posts', async () => {
    const { form } = await publishedForm();
    const addresses = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5', '10.0.0.6'];
    const { token } = await open(form.code);
    const cases = [
      post(form.code, answer(token, { 'q.idea': 'x'.repeat(70_000) }), addresses[0]),
      post(form.code, answer(token, { 'q.overall': '9' }), addresses[1]),
      post(form.code, answer(`${token}x`), addresses[2]),
      post(form.code, answer(token, { website: 'http://spam.example' }), addresses[3]),
      post(form.code, answer(token, { 'q.overall': ['1', '2'] }), addresses[4]),
      app.app.inject({
        method: 'POST',
        url: `/f/${form.code}`,
        payload: { token },
        remoteAddress: addresses[5],
      }),
    ];
    const answers = await Promise.all(cases);
    expect(answers.map((a) => a.statusCode)).toEqual([413, 400, 400, 400, 400, 415]);
    for (const a of answers) {
      expect(a.headers['content-type']).toMatch(/^text\/html/);
      expect(a.body).toMatch(/<h1>/);
      expect(a.body).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await responseCount(form.id)).toBe(0);
  });

  it('answers a closed form with 410 and a form not yet open with 404, storing nothing', async () => {
    const closed = await publishedForm({ closesAt: '2020-01-31T10:00:00.000Z' });
    const { page } = await open(closed.form.code);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Formuläret är stängt');
    expect(page.body).toContain('31 januari 2020');
    const sent = await post(closed.form.code, answer('whatever'));
    expect(sent.statusCode).toBe(410);
    expect(await responseCount(closed.form.id)).toBe(0);

    const early = await publishedForm({ opensAt: '2099-06-01T09:00:00.000Z' });
    const soon = await open(early.form.code, 'fi');
    expect(soon.page.statusCode).toBe(404);
    expect(soon.page.body).toContain('Lomake avautuu 1. kesäkuuta 2099 klo 12.00');
    // The poster may go up early.
    const poster = await app.app.inject({
      method: 'GET',
      url: `/f/${early.form.code}/poster?lang=fi`,
    });
    expect(poster.statusCode).toBe(200);
  });

  it('answers 429 with a readable page past the per-address limit', async () => {
    const { form } = await publishedForm();
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i < 5; i++) {
      const { token } = await open(form.code, 'fi', '10.9.9.9');
      const sent = await post(form.code, { ...answer(token), lang: 'fi' }, '10.9.9.9');
      statuses.push(sent.statusCode);
      last = sent.body;
      if (sent.statusCode === 429) expect(sent.headers['retry-after']).toBe('60');
    }
    expect(statuses).toEqual([303, 303, 303, 303, 429]);
    expect(last).toContain('Liian monta vastausta');
    expect(await responseCount(form.id)).toBe(4);
    const addresses = await pool.query('select key from feedback_rate_limits');
    expect(JSON.stringify(addresses.rows)).not.toContain('10.9.9.9');
  });

  it('shows another organisation no form, and the public page nothing of the project', async () => {
    const { form, project } = await publishedForm();
    const other = await adminOfNewOrganisation(app);
    const seen = await call(
      app,
      other.session,
      'GET',
      `/api/v1/projects/${project.id}/forms/${form.id}`,
    );
    expect(seen.statusCode).toBe(404);
    const summary = await call(
      app,
      other.session,
      'GET',
      `/api/v1/projects/${project.id}/forms/${form.id}/summary`,
    );
    expect(summary.statusCode).toBe(404);
    const projectRow = await pool.query('select name from projects where id = $1', [project.id]);
    const { page } = await open(form.code);
    expect(page.body).not.toContain(projectRow.rows[0].name);
    expect(page.body).not.toContain(project.id);
    expect(page.body).not.toContain(form.id);
    const unknown = await app.app.inject({ method: 'GET', url: '/f/zzzzzzzz?lang=en' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Form not found');
  });

  it('erasing a respondent removes their answers from summary, evidence and CSV', async () => {
    const { form, session, project } = await publishedForm();
    const one = await open(form.code);
    await post(
      form.code,
      answer(one.token, { 'q.idea': '=HYPERLINK("x") kiosken', 'q.overall': '1' }),
    );
    const two = await open(form.code);
    await post(
      form.code,
      answer(two.token, { 'q.idea': 'Bättre ljus', 'q.overall': '5', 'q.age': 'older' }),
    );
    const csv = await call(
      app,
      session,
      'GET',
      `/api/v1/projects/${project.id}/forms/${form.id}/responses.csv?delimiter=semicolon`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain(`'=HYPERLINK(""x"") kiosken`);
    expect(csv.body).toContain('V1-002;sv;30 tai yli;1;');

    const participant = await pool.query(
      "select id from participants where project_id = $1 and code = 'V1-001'",
      [project.id],
    );
    const erased = await call(
      app,
      session,
      'POST',
      `/api/v1/projects/${project.id}/participants/${participant.rows[0].id}/erase`,
    );
    expect(erased.statusCode, erased.body).toBe(200);
    const after = await call(
      app,
      session,
      'GET',
      `/api/v1/projects/${project.id}/forms/${form.id}/responses.csv`,
    );
    expect(after.body).not.toContain('HYPERLINK');
    expect(after.body).toContain('Bättre ljus');
    const summary = await call(
      app,
      session,
      'GET',
      `/api/v1/projects/${project.id}/forms/${form.id}/summary`,
    );
    const body = summary.json<{
      responseCount: number;
      questions: { questionId: string; counts: { id: string; count: number }[] }[];
    }>();
    expect(body.responseCount).toBe(1);
    expect(
      body.questions.find((q) => q.questionId === 'overall')?.counts.find((c) => c.id === '1')
        ?.count,
    ).toBe(0);
    const texts = await pool.query('select text from evidence where project_id = $1', [project.id]);
    expect(JSON.stringify(texts.rows)).not.toContain('HYPERLINK');
  });

  it('places the open answers on a new board in one step', async () => {
    const { form, session, project } = await publishedForm();
    const one = await open(form.code);
    await post(form.code, answer(one.token, { 'q.idea': 'Större skyltar' }));
    const two = await open(form.code);
    await post(form.code, answer(two.token, { 'q.consent': 'no', 'q.idea': 'Utan samtycke' }));
    const placed = await call(
      app,
      session,
      'POST',
      `/api/v1/projects/${project.id}/forms/${form.id}/board`,
    );
    expect(placed.statusCode, placed.body).toBe(201);
    const { boardId } = placed.json<{ boardId: string }>();
    const board = await call(
      app,
      session,
      'GET',
      `/api/v1/projects/${project.id}/boards/${boardId}`,
    );
    expect(board.json<{ cardCount: number }>().cardCount).toBe(1);
    const cards = await pool.query('select text from board_cards where board_id = $1', [boardId]);
    expect(cards.rows.map((r) => r.text)).toEqual(['Större skyltar']);
  });

  it('filters the summary by segment and language', async () => {
    const { form, session, project } = await publishedForm();
    const a = await open(form.code, 'fi');
    await post(form.code, { ...answer(a.token), lang: 'fi' });
    const b = await open(form.code, 'sv');
    await post(form.code, answer(b.token, { 'q.age': 'older' }));
    const base = `/api/v1/projects/${project.id}/forms/${form.id}/summary`;
    const bySegment = await call(
      app,
      session,
      'GET',
      `${base}?segment=${encodeURIComponent('30 tai yli')}`,
    );
    expect(bySegment.json<{ responseCount: number }>().responseCount).toBe(1);
    const byLanguage = await call(app, session, 'GET', `${base}?language=fi`);
    expect(byLanguage.json<{ responseCount: number; segments: string[] }>()).toMatchObject({
      responseCount: 1,
      segments: ['30 tai yli', 'Alle 30'],
    });
  });

  it('draws a QR code, as SVG and PNG, that reads as the form link', async () => {
    const { form } = await publishedForm();
    const svg = await app.app.inject({ method: 'GET', url: `/f/${form.code}/qr.svg` });
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const link = `http://localhost:80/f/${form.code}`;
    expect(decodeQr(matrixOfSvg(svg.body))).toBe(link);
    const png = await app.app.inject({ method: 'GET', url: `/f/${form.code}/qr.png` });
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodeQr(matrixOfPng(png.rawPayload))).toBe(link);
    const poster = await app.app.inject({ method: 'GET', url: `/f/${form.code}/poster?lang=sv` });
    expect(poster.body).toContain(link);
    expect(poster.body).toContain(`src="/f/${form.code}/qr.svg"`);
  });
});

/** Reads the modules back from the PNG: 10 pixels a module, a quiet zone of four. */
function matrixOfPng(png: Buffer) {
  const side = png.readUInt32BE(16);
  let offset = 8;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const modules = side / 10 - 8;
  return Array.from({ length: modules }, (_, y) =>
    Array.from({ length: modules }, (_, x) => {
      const py = (y + 4) * 10 + 5;
      const px = (x + 4) * 10 + 5;
      return raw[py * (side + 1) + 1 + px] === 0;
    }),
  );
}
