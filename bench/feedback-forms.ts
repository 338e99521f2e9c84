// The public feedback form (/f/:code) under residents answering it: Timantti started as a child
// process with the demo data, answered on the KUNTO demo form.
//   (a) open loop: each resident GETs the page, reads the token and fields from the HTML and
//       POSTs one valid answer, start times spread evenly over --spread s; then a 10 s burst at
//       50 submissions/s. POST latency, errors and rows stored.
//   (b) saturation: --clients concurrent clients POST as fast as answered for --seconds, against
//       Timantti and a bare node:http + pg server doing the same work (feedback-forms-bare.ts),
//       interleaved A B A B for --rounds rounds each; the median of the per-round ratios.
// Rate limits are raised through FEEDBACK_RATE_PER_ADDRESS / FEEDBACK_RATE_PER_FORM: every
// resident here comes from 127.0.0.1.
//
//   npm run bench:forms -- [--residents 300] [--spread 60] [--clients 16] [--seconds 10] [--rounds 3]
// DATABASE_URL: a temporary database on that server (dropped afterwards) instead of an embedded
// PostgreSQL.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import { temporaryDatabase } from './database.ts';
import {
  fixed,
  freePort,
  onCleanup,
  percentile,
  requireNode24,
  runBenchmark,
  sleep,
  startNode,
  stopChild,
  summary,
  table,
  waitForOk,
  type Child,
} from './support.ts';

const { values: flags } = parseArgs({
  options: {
    residents: { type: 'string', default: '300' },
    spread: { type: 'string', default: '60' },
    'burst-seconds': { type: 'string', default: '10' },
    'burst-rate': { type: 'string', default: '50' },
    clients: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});

const positive = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be an integer ≥ 1`);
  return n;
};

const P99_GOAL_MS = 100;
const RATIO_GOAL = 0.7;
const RATE_LIMIT = '100000000';
const OPEN_ANSWERS = [
  'Ajanvaraus puhelimella oli hidasta, jonossa meni puoli tuntia.',
  'Chat auttoi nopeasti, kiitos! Tekstiviestimuistutus oli hyvä.',
  'Sivuilta oli vaikea löytää oikeaa lomaketta, liikaa linkkejä.',
  'Toivoisin iltavastaanottoja, koulun jälkeen ei ehdi.',
];

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

type Reply = { status: number; body: string; ms: number };
function request(
  url: string,
  options: { method: 'GET' | 'POST'; body?: string; origin?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers: http.OutgoingHttpHeaders = { 'accept-language': 'fi' };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(options.body);
    }
    if (options.origin) headers.origin = options.origin;
    const req = http.request(url, { method: options.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** A valid answer read from the page the way a resident fills it: every question answered. */
function answerFrom(html: string, pick: number): string {
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
  const lang = /name="lang" value="([^"]+)"/.exec(html)?.[1];
  if (!token || !lang) throw new Error(`no token in the form page:\n${html.slice(0, 500)}`);
  const radios = new Map<string, string[]>();
  const checkboxes = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
    const type = attribute(tag, 'type');
    const name = attribute(tag, 'name');
    const value = attribute(tag, 'value');
    if (!name?.startsWith('q.') || value === null) continue;
    const into = type === 'radio' ? radios : type === 'checkbox' ? checkboxes : null;
    into?.set(name, [...(into.get(name) ?? []), value]);
  }
  const fields = new URLSearchParams({ token, lang, website: '' });
  for (const [name, values] of radios) {
    // Consent given, so the heaviest path (participant, consent, evidence) is the one measured.
    const value = values.includes('yes') ? 'yes' : values[pick % values.length];
    if (value !== undefined) fields.append(name, value);
  }
  for (const [name, values] of checkboxes) {
    for (const value of values.filter((_, i) => (i + pick) % 2 === 0)) fields.append(name, value);
    if (!fields.has(name) && values[0] !== undefined) fields.append(name, values[0]);
  }
  for (const [, name] of html.matchAll(/<textarea[^>]*\sname="(q\.[^"]+)"/g)) {
    if (name) fields.append(name, OPEN_ANSWERS[pick % OPEN_ANSWERS.length] ?? '');
  }
  return fields.toString();
}

const isAnswered = (status: number) => status >= 200 && status < 400;

type OpenLoopPhase = { label: string; latencies: number[]; answered: number; errors: number };

async function resident(base: string, code: string, pick: number, phase: OpenLoopPhase) {
  try {
    const page = await request(`${base}/f/${code}`, { method: 'GET' });
    if (page.status !== 200) {
      phase.errors += 1;
      return;
    }
    const posted = await request(`${base}/f/${code}`, {
      method: 'POST',
      body: answerFrom(page.body, pick),
      origin: base,
    });
    phase.latencies.push(posted.ms);
    if (isAnswered(posted.status)) phase.answered += 1;
    else phase.errors += 1;
  } catch {
    phase.errors += 1;
  }
}

/** Starts `count` residents evenly over `seconds` and waits for the last answer. */
async function openLoop(
  base: string,
  code: string,
  phase: OpenLoopPhase,
  count: number,
  seconds: number,
) {
  const started = performance.now();
  const running: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * seconds * 1000) / count;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    running.push(resident(base, code, i, phase));
  }
  await Promise.all(running);
}

/** Timantti's token format, signed with the installation's secret, so (b) measures POSTs only. */
function mintToken(secret: Buffer, formId: string): string {
  const nonce = randomBytes(16).toString('base64url');
  const issuedAt = String(Date.now());
  const mac = createHmac('sha256', secret)
    .update(['form-token', formId, nonce, issuedAt].join('\0'))
    .digest('base64url');
  return `${nonce}.${issuedAt}.${mac}`;
}

/** `clients` loops each POSTing a fresh answer as soon as the last one is answered. */
async function closedLoop(options: {
  base: string;
  code: string;
  template: URLSearchParams;
  secret: Buffer;
  formId: string;
  clients: number;
  seconds: number;
}) {
  const end = performance.now() + options.seconds * 1000;
  let answered = 0;
  let failed = 0;
  const latencies: number[] = [];
  const client = async () => {
    while (performance.now() < end) {
      const fields = new URLSearchParams(options.template);
      fields.set('token', mintToken(options.secret, options.formId));
      const reply = await request(`${options.base}/f/${options.code}`, {
        method: 'POST',
        body: fields.toString(),
        origin: options.base,
      });
      latencies.push(reply.ms);
      if (isAnswered(reply.status)) answered += 1;
      else failed += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: answered / seconds, failed, p50: percentile(latencies, 50) };
}

runBenchmark(async () => {
  requireNode24();
  const residents = positive('residents', flags.residents);
  const spread = positive('spread', flags.spread);
  const burstSeconds = positive('burst-seconds', flags['burst-seconds']);
  const burstRate = positive('burst-rate', flags['burst-rate']);
  const clients = positive('clients', flags.clients);
  const seconds = positive('seconds', flags.seconds);
  const rounds = Math.max(3, positive('rounds', flags.rounds));

  const logger = createLogger('warn');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-forms-'));
  onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));

  const databaseUrl = await temporaryDatabase('forms', tmp, logger);

  const [oursPort, barePort] = [await freePort(), await freePort()];
  const env = (port: number, demo: 'on' | 'off'): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    TIMANTTI_DEMO: demo,
    TIMANTTI_DATA_DIR: path.join(tmp, 'unused-data-dir'),
    LOG_LEVEL: 'warn',
    FEEDBACK_RATE_PER_ADDRESS: RATE_LIMIT,
    FEEDBACK_RATE_PER_FORM: RATE_LIMIT,
  });
  const children: Child[] = [];
  const start = (name: string, args: string[], childEnv: NodeJS.ProcessEnv) => {
    const child = startNode(name, args, { env: childEnv });
    children.push(child);
    onCleanup(name, () => stopChild(child));
    return child;
  };
  // Timantti migrates and seeds the demo first; the bare server only reads what is there.
  const ours = start('timantti', ['apps/server/src/main.ts'], env(oursPort, 'on'));
  await waitForOk(`http://127.0.0.1:${oursPort}/readyz`, { child: ours, timeoutMs: 180_000 });
  const bare = start('bare node:http + pg', ['bench/feedback-forms-bare.ts'], env(barePort, 'off'));
  await waitForOk(`http://127.0.0.1:${barePort}/readyz`, { child: bare });

  const database = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  onCleanup('bench pool', () => database.end());
  const { rows: forms } = await database.query<{ id: string; code: string }>(
    `select id, code from feedback_forms where status = 'published' order by created_at limit 1`,
  );
  const form = forms[0];
  if (!form) throw new Error('the demo has no published feedback form');
  const ourBase = `http://127.0.0.1:${oursPort}`;
  const bareBase = `http://127.0.0.1:${barePort}`;
  const storedRows = async () =>
    Number(
      (
        await database.query<{ n: string }>(
          'select count(*) as n from feedback_responses where form_id = $1',
          [form.id],
        )
      ).rows[0]?.n ?? 0,
    );

  // The demo's own responses (some without consent) are left out of the check after (b).
  const benchStarted = (await database.query<{ now: Date }>('select now()')).rows[0]?.now;
  // One answer through each server first: both must take it, or nothing below means anything.
  const firstPage = await request(`${ourBase}/f/${form.code}`, { method: 'GET' });
  if (firstPage.status !== 200) throw new Error(`GET /f/${form.code}: ${firstPage.status}`);
  const template = new URLSearchParams(answerFrom(firstPage.body, 0));
  const { rows: secrets } = await database.query<{ value: Buffer }>(
    `select value from server_secrets where name = 'feedback-forms'`,
  );
  const secret = secrets[0]?.value;
  if (!secret) throw new Error('no feedback-forms secret after the first page');
  for (const base of [ourBase, bareBase]) {
    const fields = new URLSearchParams(template);
    fields.set('token', mintToken(secret, form.id));
    const reply = await request(`${base}/f/${form.code}`, {
      method: 'POST',
      body: fields.toString(),
      origin: base,
    });
    if (reply.status !== 303)
      throw new Error(`POST to ${base}: ${reply.status} ${reply.body.slice(0, 300)}`);
  }
  const { rows: versionRows } = await database.query<{ server_version: string }>(
    'show server_version',
  );

  console.log(
    [
      '',
      `feedback-forms: POST /f/:code on the KUNTO demo form (${template.getAll('q.improve').length > 0 ? 'with' : 'without'} an open answer, consent given)`,
      `  Node ${process.versions.node}, PostgreSQL ${versionRows[0]?.server_version ?? '?'} ` +
        `(${process.env.DATABASE_URL ? 'temporary database on DATABASE_URL' : 'embedded, temporary'}), ${os.cpus().length} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'}, ` +
        `load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}`,
      '',
    ].join('\n'),
  );

  // (a) Open loop.
  const before = await storedRows();
  const phases: OpenLoopPhase[] = [
    { label: `${residents} residents over ${spread} s`, latencies: [], answered: 0, errors: 0 },
    {
      label: `burst ${burstRate}/s for ${burstSeconds} s`,
      latencies: [],
      answered: 0,
      errors: 0,
    },
  ];
  const [spreadPhase, burstPhase] = phases as [OpenLoopPhase, OpenLoopPhase];
  await openLoop(ourBase, form.code, spreadPhase, residents, spread);
  await openLoop(ourBase, form.code, burstPhase, burstRate * burstSeconds, burstSeconds);
  const stored = (await storedRows()) - before;
  const all: OpenLoopPhase = {
    label: 'all',
    latencies: phases.flatMap((p) => p.latencies),
    answered: phases.reduce((sum, p) => sum + p.answered, 0),
    errors: phases.reduce((sum, p) => sum + p.errors, 0),
  };
  console.log('(a) open loop, Timantti, POST latency (GET page → parse → POST)\n');
  console.log(
    table(
      ['phase', 'POSTs', 'p50 ms', 'p95 ms', 'p99 ms', 'goal p99', 'errors', '2xx/3xx'],
      [...phases, all].map((phase) => {
        const sorted = [...phase.latencies].sort((a, b) => a - b);
        return [
          phase.label,
          String(phase.latencies.length),
          fixed(percentile(sorted, 50), 1),
          fixed(percentile(sorted, 95), 1),
          fixed(percentile(sorted, 99), 1),
          `≤ ${P99_GOAL_MS}`,
          String(phase.errors),
          String(phase.answered),
        ];
      }),
    ),
  );
  const allSorted = [...all.latencies].sort((a, b) => a - b);
  console.log(
    `\n  rows stored ${stored} (answered ${all.answered}: ${stored === all.answered ? 'equal' : 'DIFFERENT'}), ` +
      `errors ${all.errors} (goal 0), p99 ${fixed(percentile(allSorted, 99), 1)} ms ` +
      `(${percentile(allSorted, 99) <= P99_GOAL_MS ? 'meets' : 'misses'} the goal ≤ ${P99_GOAL_MS} ms)\n`,
  );

  // (b) Saturation, interleaved.
  const results: { server: string; perSecond: number; failed: number; p50: number }[] = [];
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const pair: number[] = [];
    for (const [name, base] of [
      ['timantti', ourBase],
      ['bare node:http + pg', bareBase],
    ] as const) {
      const result = await closedLoop({
        base,
        code: form.code,
        template,
        secret,
        formId: form.id,
        clients,
        seconds,
      });
      results.push({ server: `${name} (round ${round})`, ...result });
      pair.push(result.perSecond);
    }
    ratios.push((pair[0] ?? 0) / (pair[1] ?? 1));
    for (const child of children)
      if (child.hasExited()) throw new Error(`${child.name} exited:\n${child.output()}`);
  }
  console.log(
    `(b) saturation: ${clients} clients, ${seconds} s per run, ${rounds} rounds A B A B\n`,
  );
  console.log(
    table(
      ['server', 'answers/s', 'p50 ms', 'failed'],
      results.map((r) => [r.server, fixed(r.perSecond, 0), fixed(r.p50, 1), String(r.failed)]),
    ),
  );
  // Both servers stored the whole answer, or the bare one was let off work.
  const { rows: gaps } = await database.query<{ missing: string }>(
    `select count(*) as missing from feedback_responses r
      where r.form_id = $1 and r.created_at >= $2 and (r.participant_id is null
        or not exists (select 1 from evidence e where e.participant_id = r.participant_id)
        or not exists (select 1 from consents c where c.participant_id = r.participant_id))`,
    [form.id, benchStarted],
  );
  const missing = Number(gaps[0]?.missing ?? 0);
  if (missing > 0)
    throw new Error(`${missing} responses lack their participant, consent or evidence`);
  const ratio = summary(ratios);
  console.log(
    `\n  timantti/bare throughput: median ${fixed(ratio.median)}× (min ${fixed(ratio.min)}×, max ${fixed(ratio.max)}×), ` +
      `goal ≥ ${RATIO_GOAL}× — ${ratio.median >= RATIO_GOAL ? 'meets' : 'misses'} it\n`,
  );
  agent.destroy();
});
