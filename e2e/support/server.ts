import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** A temporary data directory the embedded database's `postgres` user can reach. */
export async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-e2e-'));
  await fs.chmod(dir, 0o755);
  return dir;
}

export type RunningServer = {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/**
 * Starts Timantti exactly as `npm start` does (without the build step), with `args` such as
 * `--roles=api`, and waits until ready. PORT may be chosen first, when the address must be known
 * before (a provider's redirect URI).
 */
export async function startServer(
  env: Record<string, string>,
  args: string[] = [],
): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let output = '';
  const child = spawn(process.execPath, ['apps/server/src/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    // Bounded, so a port something else holds open (and never answers) cannot hang the wait
    // past the server's own exit.
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The postmasters (main PostgreSQL processes) running on the data directory's cluster. */
export async function postmastersIn(dataDir: string): Promise<number[]> {
  const cluster = path.join(dataDir, 'postgres');
  const pids: number[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const argv = await fs
      .readFile(`/proc/${entry}/cmdline`, 'utf8')
      .then((text) => text.split('\0'))
      .catch((): string[] => []);
    const dir = argv[argv.indexOf('-D') + 1];
    if (path.basename(argv[0] ?? '') === 'postgres' && argv.includes('-D') && dir === cluster)
      pids.push(Number(entry));
  }
  return pids;
}

/** Polls until `check` holds, or fails with `what` at the deadline. */
export async function waitUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Teardown for tests that kill servers: stops any PostgreSQL still running on the data
 * directory (fast shutdown, then SIGKILL), so no test leaves one behind.
 */
export async function stopPostmastersIn(dataDir: string): Promise<void> {
  const signal = (pids: number[], name: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // Gone meanwhile.
      }
    }
  };
  signal(await postmastersIn(dataDir), 'SIGINT');
  try {
    await waitUntil('PostgreSQL stopped', async () => (await postmastersIn(dataDir)).length === 0);
  } catch {
    signal(await postmastersIn(dataDir), 'SIGKILL');
  }
}

export const DEMO_LOGIN = {
  email: 'aino.virtanen@lahti.example',
  password: 'timantti-demo-salasana',
};

export type ApiSession = { cookie: string; csrfToken: string; organisationId: string };

/** Signs in as a demo person over HTTP, as the web app does. */
export async function signInAsDemo(url: string): Promise<ApiSession> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_LOGIN),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  // Sign-in sets the device cookie too; the session is the one the API reads.
  const cookie =
    response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('timantti_session=')) ?? '';
  const me = (await response.json()) as { csrfToken: string; organisations: { id: string }[] };
  return { cookie, csrfToken: me.csrfToken, organisationId: me.organisations[0]?.id ?? '' };
}

/**
 * The KUNTO project and the public path of its demo form (the one its test round is answered
 * by), found by the form's title: other flows add forms of their own to the project.
 */
export async function demoForm(url: string): Promise<{ projectId: string; path: string }> {
  const session = await signInAsDemo(url);
  const headers = { cookie: session.cookie };
  const projects = (await (
    await fetch(`${url}/api/v1/orgs/${session.organisationId}/projects`, { headers })
  ).json()) as { items: { id: string; name: string }[] };
  const kunto = projects.items.find((p) => p.name.startsWith('KUNTO'));
  if (!kunto) throw new Error('the KUNTO demo project is missing');
  const forms = (await (
    await fetch(`${url}/api/v1/projects/${kunto.id}/forms`, { headers })
  ).json()) as { items: { path: string; title: { fi?: string } }[] };
  const form = forms.items.find((f) => f.title.fi?.startsWith('Ohjaamon uusi ajanvaraus'));
  if (!form) throw new Error('the KUNTO demo form is missing');
  return { projectId: kunto.id, path: form.path };
}
