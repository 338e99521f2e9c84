import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEMO_LOGIN,
  postmastersIn,
  signInAsDemo,
  startServer,
  tempDataDir,
} from '../support/server.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('start and stop', () => {
  it('starts with demo data, stops cleanly on Ctrl-C, and a second start keeps every write', async () => {
    const dataDir = await tempDataDir();
    dirs.push(dataDir);
    const first = await startServer({ TIMANTTI_DATA_DIR: dataDir, TIMANTTI_DEMO: 'on' });
    expect(first.output()).toContain('aino.virtanen@lahti.example');
    expect(first.output()).toMatch(/Timantti is running at http:\/\/127\.0\.0\.1:\d+/);
    // CI installs Voikko (libvoikko1, voikko-fi), and the banner says what search can do.
    expect(first.output()).toContain('Finnish search: Voikko morphology on');
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({
      status: 'ok',
      finnishMorphology: true,
      roles: ['api', 'collab', 'worker'],
    });

    const session = await signInAsDemo(first.url);
    const created = await fetch(`${first.url}/api/v1/orgs/${session.organisationId}/projects`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify({ name: 'Kirjaston palvelupolku' }),
    });
    expect(created.status).toBe(201);
    const projectId = ((await created.json()) as { id: string }).id;

    expect(await first.stop('SIGINT')).toBe(0);
    expect(await postmastersIn(dataDir)).toEqual([]);

    const second = await startServer({ TIMANTTI_DATA_DIR: dataDir, TIMANTTI_DEMO: 'on' });
    try {
      const again = await signInAsDemo(second.url);
      const project = await fetch(`${second.url}/api/v1/projects/${projectId}`, {
        headers: { cookie: again.cookie },
      });
      expect(project.status).toBe(200);
      const list = await fetch(`${second.url}/api/v1/orgs/${again.organisationId}/projects`, {
        headers: { cookie: again.cookie },
      });
      const names = ((await list.json()) as { items: { name: string }[] }).items.map((p) => p.name);
      // The demo data was seeded once, not again on the second start.
      expect(names.filter((name) => name === 'Tapahtumaluvat sujuviksi')).toHaveLength(1);
    } finally {
      expect(await second.stop('SIGTERM')).toBe(0);
    }
  });

  it('seeds nothing with TIMANTTI_DEMO=off', async () => {
    const dataDir = await tempDataDir();
    dirs.push(dataDir);
    const server = await startServer({ TIMANTTI_DATA_DIR: dataDir, TIMANTTI_DEMO: 'off' });
    try {
      expect(server.output()).not.toContain('Demo logins');
      const response = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(DEMO_LOGIN),
      });
      expect(response.status).toBe(401);
    } finally {
      await server.stop();
    }
  });
});
