// Several instances behind a load balancer, as compose.yaml runs them: two `api,collab`
// instances and one `worker`, each started by scripts/serve.sh (the container's command),
// behind nginx (Debian's package) configured from deploy/nginx/timantti.conf.template, the
// file compose.yaml ships. Round-robin, no sticky sessions: live documents meet through Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addStickyNote, readBoard } from '@timantti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { freePort, repoRoot } from '../../../e2e/support/server.ts';
import { connectDatabase } from '../src/db/client.ts';
import { createLogger } from '../src/platform/logger.ts';
import { connect, sameUpdates, waitFor, type Client } from './collab-support.ts';
import { buildProject, buildUser, TEST_PASSWORD } from './harness.ts';
import { NGINX_TEMPLATE, renderTemplate, SERVE_SCRIPT } from './scale-out.ts';
import { scratchDatabase } from './scratch-database.ts';

const INSTANCE = 'x-timantti-instance';
const CONVERGE_MS = 10_000;

// A database of its own: the worker must take only this file's jobs.
const databaseUrl = await scratchDatabase();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'timantti-lb-'));
const redisPrefix = `timantti-lb-${randomBytes(4).toString('hex')}`;

type Child = { name: string; process: ChildProcess; output: () => string; port: number };
const children: Child[] = [];
const clients: Client[] = [];
const database = connectDatabase(databaseUrl, createLogger('silent'), 2);

// A test run that ends without its teardown (killed, crashed) must not leave these running.
const killAll = () => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
};
process.once('exit', killAll);

function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  logFile?: string,
) {
  let output = '';
  const logged = () => (logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const entry = {
    name,
    process: child,
    output: () => output + logged(),
    port: Number(env.PORT ?? 0),
  };
  children.push(entry);
  return entry;
}

async function untilAnswers(child: Child, url: string) {
  await waitFor(
    async () => {
      if (child.process.exitCode !== null)
        throw new Error(`${child.name} exited early:\n${child.output()}`);
      return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => r.ok,
        () => false,
      );
    },
    `${child.name} to answer at ${url}`,
    45_000,
  );
}

/** One instance, started as the container starts it. */
function startInstance(name: string, roles: string, port: number) {
  return start(name, 'sh', [SERVE_SCRIPT], {
    // The test's own Node (the project's pinned one) is the `node` the script runs.
    PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    HOME: temp,
    HOST: '127.0.0.1',
    PORT: String(port),
    TIMANTTI_ROLES: roles,
    TIMANTTI_INSTANCE_ID: name,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    TIMANTTI_REDIS_PREFIX: redisPrefix,
    TRUST_PROXY: '1',
    TIMANTTI_DATA_DIR: path.join(temp, 'data'),
    TIMANTTI_DEMO: 'off',
    LOG_LEVEL: 'info',
  });
}

function nginxBinary(): string {
  const found = ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((d) => `${d}/nginx`)]
    .filter(Boolean)
    .find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  return found;
}

/** nginx in the foreground, its files in the temp directory, serving the shipped template. */
function startNginx(port: number, upstreams: number[]) {
  const dir = path.join(temp, 'nginx');
  fs.mkdirSync(dir, { recursive: true });
  const site = renderTemplate(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), {
    TIMANTTI_UPSTREAM_SERVERS: upstreams.map((p) => `server 127.0.0.1:${p};`).join(' '),
    TIMANTTI_LISTEN: `127.0.0.1:${port}`,
  });
  fs.writeFileSync(path.join(dir, 'timantti.conf'), site);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`)
    .join('\n');
  // The image's nginx.conf around the site, with every path in the temp directory; one
  // process, so no worker runs as another user who could not reach it.
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
${temps}
  include ${dir}/timantti.conf;
}
`,
  );
  return start(
    'nginx',
    nginxBinary(),
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')],
    { PATH: process.env.PATH ?? '', PORT: String(port) },
    path.join(dir, 'error.log'),
  );
}

const ports = {
  one: await freePort(),
  two: await freePort(),
  worker: await freePort(),
  nginx: await freePort(),
};
const balancer = `http://127.0.0.1:${ports.nginx}`;
const live = { url: `ws://127.0.0.1:${ports.nginx}/collab`, origin: balancer };
let session: { cookie: string; csrfToken: string };

beforeAll(async () => {
  const started = Date.now();
  const instances = [
    startInstance('api-1', 'api,collab', ports.one),
    startInstance('api-2', 'api,collab', ports.two),
    startInstance('worker', 'worker', ports.worker),
  ];
  const nginx = startNginx(ports.nginx, [ports.one, ports.two]);
  await Promise.all(
    instances.map((child) => untilAnswers(child, `http://127.0.0.1:${child.port}/readyz`)),
  );
  await untilAnswers(nginx, `${balancer}/healthz`);
  process.stdout.write(
    `load balancer test: 3 instances and nginx ready in ${Date.now() - started} ms\n`,
  );
}, 90_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(
    children.map(async (child) => {
      if (child.process.exitCode !== null || child.process.signalCode !== null) return;
      const exited = new Promise((resolve) => child.process.once('exit', resolve));
      child.process.kill('SIGTERM');
      const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
  process.off('exit', killAll);
  await database.pool.end();
  fs.rmSync(temp, { recursive: true, force: true });
}, 30_000);

async function rest(method: string, url: string, body?: unknown) {
  const response = await fetch(`${balancer}${url}`, {
    method,
    headers: {
      // As a browser sends it: writes pass the Origin check only if the instance sees the host
      // and scheme the browser used, which nginx passes on.
      origin: balancer,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    instance: response.headers.get(INSTANCE),
    body: await response.json(),
  };
}

const open = (boardId: string) => {
  const client = connect(live, { ...session, userId: '' }, boardId);
  clients.push(client);
  return client;
};
const texts = (doc: Y.Doc) => readBoard(doc).cards.map((card) => card.text);
const note = (client: Client, text: string) =>
  addStickyNote(client.doc, { text, language: 'fi', createdBy: randomUUID() });
const unacknowledged = (client: Client) =>
  !client.provider.isSynced || client.provider.hasUnsyncedChanges;

async function storedTexts(projectId: string, boardId: string): Promise<string[]> {
  const board = await rest('GET', `/api/v1/projects/${projectId}/boards/${boardId}`);
  return (board.body as { cards: { text: string }[] }).cards.map((card) => card.text);
}

let projectId: string;

describe('several instances behind nginx', () => {
  it('spreads REST calls and live clients over both api,collab instances', async () => {
    const fixtures = { database };
    const project = await buildProject(fixtures);
    projectId = project.id;
    const person = await buildUser(fixtures, {
      organisationId: project.organisationId,
      role: 'admin',
    });
    const login = await fetch(`${balancer}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: person.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('timantti_session='));
    session = {
      cookie: cookie ?? '',
      csrfToken: ((await login.json()) as { csrfToken: string }).csrfToken,
    };

    const answered = [];
    for (let i = 0; i < 6; i++) {
      const me = await rest('GET', '/api/v1/auth/me');
      expect(me.status).toBe(200);
      answered.push(me.instance);
    }
    expect(new Set(answered)).toEqual(new Set(['api-1', 'api-2']));

    const board = await rest('POST', `/api/v1/projects/${projectId}/boards`, { title: 'Jaettu' });
    expect(board.status).toBe(201);
    const spread = Array.from({ length: 4 }, () => open((board.body as { id: string }).id));
    await waitFor(() => spread.every((c) => c.provider.isSynced), 'the first syncs');
    expect(new Set(spread.map((c) => c.instances[0]))).toEqual(new Set(['api-1', 'api-2']));
    for (const client of spread) client.destroy();
  });

  it('a REST write served by one instance is read on the other', async () => {
    const created = await rest('POST', `/api/v1/projects/${projectId}/boards`, {
      title: 'Kirjoitettu toisaalla',
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    let read = await rest('GET', `/api/v1/projects/${projectId}/boards/${id}`);
    // Round-robin: the next request goes to the other instance, or the one after it.
    if (read.instance === created.instance)
      read = await rest('GET', `/api/v1/projects/${projectId}/boards/${id}`);
    expect(read.instance).not.toBe(created.instance);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, title: 'Kirjoitettu toisaalla' });
  });

  it('keeps every edit when an instance is killed: its clients reconnect to the other and converge', async () => {
    const newBoard = async (title: string) =>
      (
        (await rest('POST', `/api/v1/projects/${projectId}/boards`, { title })).body as {
          id: string;
        }
      ).id;
    // A board open on both instances, and one open only on the instance to be killed.
    const shared = await newBoard('Työpaja');
    const lonely = await newBoard('Vain yhdellä');
    const lone = open(lonely);
    await waitFor(() => lone.provider.isSynced, 'the lone client to sync');
    const victim = lone.instances[0];
    const editors = Array.from({ length: 4 }, () => open(shared));
    await waitFor(() => editors.every((c) => c.provider.isSynced), 'the editors to sync');
    const [first] = editors;
    if (!first) throw new Error('no editors');
    const onVictim = editors.filter((c) => c.instances[0] === victim);
    const onSurvivor = editors.filter((c) => c.instances[0] !== victim);
    expect(onVictim.length).toBeGreaterThan(0);
    expect(onSurvivor.length).toBeGreaterThan(0);

    const made = { shared: [] as string[], lonely: [] as string[] };
    // Everyone edits; both instances store what their clients sent.
    editors.forEach((client, index) => {
      for (let n = 0; n < 3; n++) {
        note(client, `Ennen ${index}.${n}`);
        made.shared.push(`Ennen ${index}.${n}`);
      }
    });
    await waitFor(
      async () => (await storedTexts(projectId, shared)).length === made.shared.length,
      'the first edits to be stored',
      15_000,
    );

    // Edits the doomed instance acknowledges and passes on to the other through Redis, and
    // edits on a board only it has open; killed before its store debounce (2 s) runs.
    onVictim.forEach((client, index) => {
      for (let n = 0; n < 3; n++) {
        note(client, `Kuittattu ${index}.${n}`);
        made.shared.push(`Kuittattu ${index}.${n}`);
      }
    });
    await waitFor(
      () =>
        onVictim.every((c) => !unacknowledged(c)) &&
        onSurvivor.every((c) => texts(c.doc).length === made.shared.length),
      'the edits to be acknowledged and reach the other instance',
    );
    // Last, so that the kill comes well within the debounce whatever the machine's load.
    for (let n = 0; n < 3; n++) {
      note(lone, `Yksin ${n}`);
      made.lonely.push(`Yksin ${n}`);
    }
    await waitFor(() => !unacknowledged(lone), 'the lone edits to be acknowledged');
    const doomed = children.find((child) => child.name === victim);
    const killedAt = Date.now();
    doomed?.process.kill('SIGKILL');
    // Not stored when the instance died: only its clients hold these now.
    expect(await storedTexts(projectId, lonely)).toEqual([]);
    // And one made while its connection is down, sent on reconnecting.
    note(lone, 'Katkon aikana');
    made.lonely.push('Katkon aikana');

    const everyone = [...editors, lone];
    await waitFor(
      () =>
        everyone.every((c) => c.provider.isSynced && c.instances.at(-1) !== victim) &&
        editors.every((c) => sameUpdates(c.doc, first.doc)) &&
        editors.every((c) => texts(c.doc).length === made.shared.length),
      'the clients to reconnect to the survivor and converge',
      CONVERGE_MS,
    );
    process.stdout.write(
      `load balancer test: converged ${Date.now() - killedAt} ms after kill -9\n`,
    );
    for (const client of editors) expect(texts(client.doc).sort()).toEqual([...made.shared].sort());
    expect(texts(lone.doc).sort()).toEqual([...made.lonely].sort());
    expect(onVictim.every((c) => c.instances.length === 2)).toBe(true);

    // And stored by the survivor, with nobody editing any more: its debounce, at most 10 s.
    await waitFor(
      async () =>
        (await storedTexts(projectId, shared)).length === made.shared.length &&
        (await storedTexts(projectId, lonely)).length === made.lonely.length,
      'the survivor to store every edit',
      15_000,
    );
    expect((await storedTexts(projectId, shared)).sort()).toEqual([...made.shared].sort());
    expect((await storedTexts(projectId, lonely)).sort()).toEqual([...made.lonely].sort());
  }, 60_000);

  it('runs jobs on the worker instance only', async () => {
    const board = (
      (await rest('POST', `/api/v1/projects/${projectId}/boards`, { title: 'Teemat' })).body as {
        id: string;
      }
    ).id;
    const base = `/api/v1/projects/${projectId}/boards/${board}/theme-suggestions`;
    const cards = ['Bussi myöhästyi', 'Bussit kulkevat harvoin', 'Kirjasto on kiinni'].map(
      (text) => ({ cardId: randomUUID(), text, language: 'fi' as const }),
    );
    const started = await rest('POST', base, { cards, themes: 2 });
    expect(started.status).toBe(202);
    const id = (started.body as { id: string }).id;
    await waitFor(
      async () =>
        ((await rest('GET', `${base}/${id}`)).body as { status: string }).status === 'done',
      'the theme suggestion to be done',
      20_000,
    );
    const { rows } = await database.pool.query<{ job_id: string }>(
      'select job_id from theme_suggestions where id = $1',
      [id],
    );
    const jobId = rows[0]?.job_id ?? 'none';
    const startedBy = children
      .filter((child) => child.output().includes('"msg":"job started"'))
      .map((child) => child.name);
    expect(startedBy).toEqual(['worker']);
    expect(children.find((c) => c.name === 'worker')?.output()).toContain(jobId);
  });
});
