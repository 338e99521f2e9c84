// The baseline for feedback-forms.ts: POST /f/:code on bare node:http + pg, doing the same work
// as Timantti's route and nothing else: the published form by code, the keyed address hash and
// both rate-limit counters, the signed one-time token, the honeypot, the urlencoded answers read
// against the questions, then in one transaction the response, and with consent the respondent
// number, participant, consent, session participant, one evidence item per open answer (its
// search vector by to_tsvector) and the answers pointing at them; then the stale counters go and
// the answer is a 303 to the thanks page. No framework, no helmet, no logging, no pages: a
// refusal is a bare status code. Env: DATABASE_URL, PORT, HOST (default 127.0.0.1),
// FEEDBACK_RATE_PER_ADDRESS, FEEDBACK_RATE_PER_FORM.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 3002);
const host = process.env.HOST ?? '127.0.0.1';
const perAddress = Number(process.env.FEEDBACK_RATE_PER_ADDRESS ?? 20);
const perForm = Number(process.env.FEEDBACK_RATE_PER_FORM ?? 600);

// The same pool size as apps/server/src/db/client.ts.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
pool.on('error', (error) => console.error('database connection lost:', error.message));

const BODY_LIMIT = 64 * 1024;
const WINDOW_MS = 60_000;
const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_OPEN_ANSWER = 4000;
const ROUTE = /^\/f\/([^/?]+)(?:\?.*)?$/;
const CODE = /^[a-z2-9]{8}$/;
const TS_CONFIG = { fi: 'finnish', sv: 'swedish', en: 'english' } as const;
type Lang = keyof typeof TS_CONFIG;

type Option = { id: string; label: Record<string, string> };
type Question =
  | { id: string; kind: 'rating'; required: boolean; scaleMax: number }
  | { id: string; kind: 'single' | 'segment' | 'multiple'; required: boolean; options: Option[] }
  | { id: string; kind: 'consent' | 'open'; required: boolean };
type Form = {
  id: string;
  project_id: string;
  code: string;
  languages: string[];
  title: Record<string, string>;
  questions: Question[];
  opens_at: Date | null;
  closes_at: Date | null;
  session_id: string;
  respondent_prefix: string;
};

let secret: Buffer | undefined;
async function mac(...parts: string[]): Promise<Buffer> {
  if (!secret) {
    const { rows } = await pool.query<{ value: Buffer }>(
      `select value from server_secrets where name = 'feedback-forms'`,
    );
    if (!rows[0]) throw new Error('feedback-forms secret missing');
    secret = rows[0].value;
  }
  return createHmac('sha256', secret).update(parts.join('\0')).digest();
}

async function verify(formId: string, token: string, now: number): Promise<string | null> {
  const [nonce, issuedAt, sent, ...rest] = token.split('.');
  if (!nonce || !issuedAt || !sent || rest.length > 0) return null;
  if (!/^[A-Za-z0-9_-]{22}$/.test(nonce) || !/^\d{1,15}$/.test(issuedAt)) return null;
  const age = now - Number(issuedAt);
  if (age < -60_000 || age > TOKEN_LIFETIME_MS) return null;
  const expected = await mac('form-token', formId, nonce, issuedAt);
  const given = Buffer.from(sent, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

const COUNT_SQL = `insert into feedback_rate_limits (key, window_start, count) values ($1, $2, 1)
  on conflict (key) do update set
    count = case when feedback_rate_limits.window_start <= $3::timestamptz then 1 else feedback_rate_limits.count + 1 end,
    window_start = case when feedback_rate_limits.window_start <= $3::timestamptz then $2::timestamptz else feedback_rate_limits.window_start end
  returning count`;

async function countSubmission(key: string, now: number): Promise<number> {
  const { rows } = await pool.query<{ count: number }>(COUNT_SQL, [
    key,
    new Date(now).toISOString(),
    new Date(now - WINDOW_MS).toISOString(),
  ]);
  return rows[0]?.count ?? 1;
}

type Parsed = { answers: Record<string, unknown>; openTexts: [string, string][] } | null;

/** The answers as Timantti's parseAnswers reads them; null for anything it would refuse. */
function parseAnswers(questions: Question[], fields: URLSearchParams): Parsed {
  const answers: Record<string, unknown> = {};
  const openTexts: [string, string][] = [];
  for (const q of questions) {
    const sent = fields.getAll(`q.${q.id}`);
    if (sent.some((v) => v.includes('\u0000') || !v.isWellFormed())) return null;
    const one = sent.length === 1 ? (sent[0] ?? '').trim() : sent.length === 0 ? '' : null;
    if (q.kind !== 'multiple' && one === null) return null;
    if (q.kind === 'multiple' ? sent.length === 0 : one === '') {
      if (q.required) return null;
      continue;
    }
    switch (q.kind) {
      case 'rating': {
        const n = Number(one);
        if (!Number.isInteger(n) || n < 1 || n > q.scaleMax) return null;
        answers[q.id] = n;
        break;
      }
      case 'single':
      case 'segment':
        if (!q.options.some((o) => o.id === one)) return null;
        answers[q.id] = one;
        break;
      case 'multiple': {
        const ids = new Set(sent);
        if (ids.size !== sent.length || sent.some((v) => !q.options.some((o) => o.id === v)))
          return null;
        answers[q.id] = q.options.filter((o) => ids.has(o.id)).map((o) => o.id);
        break;
      }
      case 'consent':
        if (one !== 'yes' && one !== 'no') return null;
        answers[q.id] = one === 'yes';
        break;
      case 'open':
        if ((one ?? '').length > MAX_OPEN_ANSWER) return null;
        openTexts.push([q.id, one ?? '']);
        break;
    }
  }
  return { answers, openTexts };
}

async function store(form: Form, nonce: string, lang: Lang, parsed: NonNullable<Parsed>) {
  const consentQuestion = form.questions.find((q) => q.kind === 'consent');
  const consent = consentQuestion !== undefined && parsed.answers[consentQuestion.id] === true;
  const segmentQuestion = form.questions.find((q) => q.kind === 'segment');
  const firstLanguage = form.languages[0] ?? 'fi';
  const segment =
    segmentQuestion && 'options' in segmentQuestion
      ? (segmentQuestion.options.find((o) => o.id === parsed.answers[segmentQuestion.id])?.label[
          firstLanguage
        ] ?? '')
      : '';
  const client = await pool.connect();
  try {
    await client.query('begin');
    const inserted = await client.query<{ id: string }>(
      `insert into feedback_responses (form_id, nonce, language, segment, consent, answers)
       values ($1, $2, $3, $4, $5, $6) on conflict (form_id, nonce) do nothing returning id`,
      [form.id, nonce, lang, segment, consent, JSON.stringify(parsed.answers)],
    );
    const responseId = inserted.rows[0]?.id;
    if (responseId && consent) {
      const counted = await client.query<{ n: number }>(
        `update feedback_forms set respondent_count = respondent_count + 1 where id = $1 returning respondent_count as n`,
        [form.id],
      );
      const n = counted.rows[0]?.n ?? 0;
      const participant = await client.query<{ id: string }>(
        `insert into participants (project_id, code, kind, segment) values ($1, $2, 'customer', $3) returning id`,
        [form.project_id, `${form.respondent_prefix}-${String(n).padStart(3, '0')}`, segment],
      );
      const participantId = participant.rows[0]?.id;
      if (!participantId) throw new Error('participant insert returned nothing');
      await client.query(
        `insert into consents (participant_id, purpose, given_on, method) values ($1, $2, $3, 'electronic')`,
        [
          participantId,
          form.title[firstLanguage] ?? form.respondent_prefix,
          new Date().toISOString().slice(0, 10),
        ],
      );
      await client.query(
        `insert into research_session_participants (session_id, participant_id) values ($1, $2)`,
        [form.session_id, participantId],
      );
      const answers: Record<string, unknown> = { ...parsed.answers };
      for (const [questionId, text] of parsed.openTexts) {
        if (text === '') continue;
        const evidence = await client.query<{ id: string }>(
          `insert into evidence (project_id, kind, text, session_id, participant_id, language, search)
           values ($1, 'quote', $2, $3, $4, $5, setweight(to_tsvector($6::regconfig, $2), 'A'))
           returning id`,
          [form.project_id, text, form.session_id, participantId, lang, TS_CONFIG[lang]],
        );
        answers[questionId] = { evidenceId: evidence.rows[0]?.id };
      }
      await client.query(
        `update feedback_responses set participant_id = $1, answers = $2 where id = $3`,
        [participantId, JSON.stringify(answers), responseId],
      );
    }
    await client.query('commit');
    return responseId !== undefined;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

function status(res: http.ServerResponse, code: number, headers: http.OutgoingHttpHeaders = {}) {
  res.writeHead(code, { 'content-length': 0, ...headers });
  res.end();
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function submit(req: http.IncomingMessage, res: http.ServerResponse, code: string) {
  const body = await readBody(req);
  if (body === null) return status(res, 413);
  if (!CODE.test(code)) return status(res, 404);
  const { rows } = await pool.query<Form>(
    `select * from feedback_forms where code = $1 and status = 'published'`,
    [code],
  );
  const form = rows[0];
  if (!form) return status(res, 404);
  const now = Date.now();
  if (form.opens_at && now < form.opens_at.getTime()) return status(res, 404);
  if (form.closes_at && now >= form.closes_at.getTime()) return status(res, 410);
  const fields = req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
    ? new URLSearchParams(body)
    : null;
  const asked = fields?.get('lang');
  const lang: Lang =
    asked && asked in TS_CONFIG && form.languages.includes(asked)
      ? (asked as Lang)
      : ((form.languages[0] as Lang | undefined) ?? 'fi');

  const addressKey = (await mac('form-address', form.id, req.socket.remoteAddress ?? '')).toString(
    'base64url',
  );
  const fromAddress = await countSubmission(`a:${form.id}:${addressKey}`, now);
  const toForm = await countSubmission(`f:${form.id}`, now);
  if (fromAddress > perAddress || toForm > perForm)
    return status(res, 429, { 'retry-after': String(WINDOW_MS / 1000) });
  if (!fields) return status(res, 415);
  const nonce = await verify(form.id, fields.get('token') ?? '', now);
  if (!nonce || (fields.get('website') ?? '') !== '') return status(res, 400);
  const parsed = parseAnswers(form.questions, fields);
  if (!parsed) return status(res, 400);
  if (!(await store(form, nonce, lang, parsed))) return status(res, 409);
  await pool.query(`delete from feedback_rate_limits where window_start < $1`, [
    new Date(now - WINDOW_MS).toISOString(),
  ]);
  return status(res, 303, { location: `/f/${form.code}/thanks?lang=${lang}` });
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const handle = async () => {
    if (req.method === 'GET' && url === '/readyz') {
      await pool.query('select 1');
      return status(res, 200);
    }
    const match = req.method === 'POST' ? ROUTE.exec(url) : null;
    if (!match?.[1]) return status(res, 404);
    return submit(req, res, match[1]);
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) status(res, 500);
  });
});

server.listen(port, host);

const shutdown = () => {
  server.close();
  server.closeIdleConnections();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
