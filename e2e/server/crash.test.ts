// A crash (kill -9, the out-of-memory killer) must never need a person to clean up: the
// embedded PostgreSQL outlives the killed server, and the next start has to deal with it.
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  postmastersIn,
  signInAsDemo,
  startServer,
  stopPostmastersIn,
  tempDataDir,
  waitUntil,
  type ApiSession,
  type RunningServer,
} from '../support/server.ts';

const CYCLES = 5;
// Writes acknowledged per cycle before the kill; a handful of writers keeps more in flight.
const WRITES_BEFORE_KILL = 12;
const WRITERS = 4;

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) {
    await stopPostmastersIn(dir);
    await fs.rm(dir, { recursive: true, force: true });
  }
});

async function dataDirectory(): Promise<string> {
  const dir = await tempDataDir();
  dirs.push(dir);
  return dir;
}

const start = (dataDir: string, env: Record<string, string> = {}) =>
  startServer({ TIMANTTI_DATA_DIR: dataDir, TIMANTTI_DEMO: 'on', ...env });

/**
 * Writers creating projects back to back until stopped; a project counts as written once its
 * 201 has arrived. Anything without an answer may or may not be stored, and is not counted.
 */
function startWriters(server: RunningServer, session: ApiSession, cycle: number) {
  const acknowledged: string[] = [];
  let inFlight = 0;
  let stopped = false;
  const writer = async (index: number) => {
    for (let n = 0; !stopped; n++) {
      inFlight++;
      try {
        const response = await fetch(
          `${server.url}/api/v1/orgs/${session.organisationId}/projects`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: session.cookie,
              'x-csrf-token': session.csrfToken,
            },
            body: JSON.stringify({ name: `Kaatumistesti ${cycle}.${index}.${n}` }),
          },
        );
        if (response.status !== 201) throw new Error(`create answered ${response.status}`);
        acknowledged.push(((await response.json()) as { id: string }).id);
      } catch (error) {
        // Halted: the server is being killed under this request.
        if (!stopped) throw error;
      } finally {
        inFlight--;
      }
    }
  };
  const done = Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
  return {
    acknowledged,
    inFlight: () => inFlight,
    /** No new writes from now on; those in flight go on, and may fail: the server is killed. */
    halt: () => {
      stopped = true;
      return done;
    },
  };
}

async function missingProjects(url: string, session: ApiSession, ids: readonly string[]) {
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += 20) {
    const statuses = await Promise.all(
      ids.slice(i, i + 20).map(async (id) => {
        const response = await fetch(`${url}/api/v1/projects/${id}`, {
          headers: { cookie: session.cookie },
        });
        return { id, status: response.status };
      }),
    );
    missing.push(...statuses.filter((s) => s.status !== 200).map((s) => s.id));
  }
  return missing;
}

describe('restart after a crash', () => {
  it(`starts again after kill -9 mid-write, ${CYCLES} times, keeping every acknowledged write`, async () => {
    const dataDir = await dataDirectory();
    const acknowledged: string[] = [];
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const server = await start(dataDir);
      const session = await signInAsDemo(server.url);
      expect(await missingProjects(server.url, session, acknowledged)).toEqual([]);

      const writers = startWriters(server, session, cycle);
      await waitUntil(
        'enough writes are acknowledged',
        () => writers.acknowledged.length >= WRITES_BEFORE_KILL,
      );
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      const halted = writers.halt();
      expect(writers.inFlight()).toBeGreaterThan(0);
      server.process.kill('SIGKILL');
      await exited;
      await halted;
      acknowledged.push(...writers.acknowledged);
      // What a crash leaves: the database, orphaned, holding its lock file.
      expect(await postmastersIn(dataDir)).toHaveLength(1);
    }

    const last = await start(dataDir);
    const session = await signInAsDemo(last.url);
    expect(acknowledged.length).toBeGreaterThanOrEqual(CYCLES * WRITES_BEFORE_KILL);
    expect(await missingProjects(last.url, session, acknowledged)).toEqual([]);
    expect(last.output()).toContain('stopping the embedded PostgreSQL left running');
    expect(await last.stop('SIGTERM')).toBe(0);
    expect(await postmastersIn(dataDir)).toEqual([]);
  });

  it('leaves the database of a running server alone, and says why it cannot start', async () => {
    const dataDir = await dataDirectory();
    const running = await start(dataDir);
    const [postmaster] = await postmastersIn(dataDir);
    const second = await start(dataDir).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(second).toContain('in use by another running Timantti');
    expect(second).not.toContain('undefined');
    expect(await postmastersIn(dataDir)).toEqual([postmaster]);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    expect(await running.stop('SIGHUP')).toBe(0);
    expect(await postmastersIn(dataDir)).toEqual([]);
  });

  it('starts over a stale lock file whose process number now belongs to another program', async () => {
    const dataDir = await dataDirectory();
    const first = await start(dataDir, { TIMANTTI_DEMO: 'off' });
    expect(await first.stop()).toBe(0);
    // After a reboot, the number in the lock file can name any process: here, this test's.
    const lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    await fs.writeFile(lockFile, `${process.pid}\n${path.join(dataDir, 'postgres')}\n`);
    const again = await start(dataDir, { TIMANTTI_DEMO: 'off' });
    expect(again.output()).toContain('removed a stale PostgreSQL lock file');
    expect(await again.stop()).toBe(0);
  });

  it('stops the database when start-up fails after it started', async () => {
    const dataDir = await dataDirectory();
    const port = await freePort();
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const failed = await start(dataDir, { PORT: String(port), TIMANTTI_DEMO: 'off' }).then(
        () => 'started',
        (error: Error) => error.message,
      );
      expect(failed).toContain('Timantti could not start: listen EADDRINUSE');
      expect(await postmastersIn(dataDir)).toEqual([]);
    } finally {
      taken.close();
    }
  });
});
