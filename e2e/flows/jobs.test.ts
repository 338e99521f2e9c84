import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';
import { signInAsDemo } from '../support/server.ts';

const browser = await launchBrowser();

/** Aino's REST API session, for what the test sets up around the page. */
let signedIn: ReturnType<typeof signInToApi> | undefined;
const api = () => (signedIn ??= signInToApi());
async function signInToApi() {
  const session = await signInAsDemo(baseUrl());
  const headers = {
    'content-type': 'application/json',
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
  };
  const get = async <T>(path: string) =>
    (await (await fetch(`${baseUrl()}/api/v1${path}`, { headers })).json()) as T;
  const post = (path: string, body?: unknown) =>
    fetch(`${baseUrl()}/api/v1${path}`, {
      method: 'POST',
      headers:
        body === undefined
          ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken }
          : headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { session, get, post };
}

/** Starts a theme suggestion run of `count` cards on a demo board, as Aino. */
async function suggestThemes(count: number) {
  const { session, get, post } = await api();
  const projects = await get<{ items: { id: string }[] }>(
    `/orgs/${session.organisationId}/projects`,
  );
  let projectId = '';
  let boardId = '';
  for (const project of projects.items) {
    const boards = await get<{ items: { id: string }[] }>(`/projects/${project.id}/boards`);
    if (boards.items[0]) [projectId, boardId] = [project.id, boards.items[0].id];
  }
  const topics = ['Jono on pitkä', 'Lomake on vaikea', 'Bussi on myöhässä'];
  const response = await post(`/projects/${projectId}/boards/${boardId}/theme-suggestions`, {
    cards: Array.from({ length: count }, (_, i) => ({
      cardId: randomUUID(),
      text: `${topics[i % topics.length]} ${i}`,
      language: 'fi',
    })),
  });
  if (response.status !== 202)
    throw new Error(`theme suggestion: ${response.status} ${await response.text()}`);
}

/**
 * Cancels this flow's theme suggestions still to finish, through the API; other flows' jobs of
 * the organisation (the research flow's imports) are theirs to finish.
 */
async function cancelUnfinished() {
  const { get, post, session } = await api();
  const base = `/orgs/${session.organisationId}/jobs`;
  const jobs = await get<{
    items: { id: string; kind: string; abilities: { cancel: boolean } }[];
  }>(base);
  for (const job of jobs.items.filter(
    (item) => item.kind === 'theme-suggestion' && item.abilities.cancel,
  ))
    await post(`${base}/${job.id}/cancel`);
}

describe('background jobs', () => {
  it("an administrator sees the organisation's jobs with their progress and cancels one", async () => {
    await suggestThemes(12);
    const admin = await newPage(browser);
    await signInWithKeyboard(admin, 'aino.virtanen@lahti.example');
    await admin.waitForURL(/\/o\/lahti\/projects/);
    await admin.getByRole('link', { name: 'Taustatyöt' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Taustatyöt' }).waitFor();
    const table = admin.getByRole('table', { name: 'Viimeisimmät työt' });
    await table.getByRole('row').filter({ hasText: 'Valmis' }).first().waitFor();
    await expectAccessible(admin, 'jobs');

    // Long runs, one at a time on the worker: the newest waits in the queue behind the others.
    for (let i = 0; i < 8; i++) await suggestThemes(5000);
    await admin.reload();
    await table.getByRole('cell', { name: 'Jonossa' }).first().waitFor();
    const cancel = table.getByRole('button', { name: /^Peru työ Teemaehdotus, aloitettu/ });
    await cancel.first().press('Enter');
    await admin.getByText('Työ Teemaehdotus on peruttu.').waitFor();
    await table.getByRole('cell', { name: 'Peruttu' }).first().waitFor();
    await expectAccessible(admin, 'jobs with one cancelled');

    // The others would keep the worker from the other flows' runs.
    await cancelUnfinished();
    await expect.poll(() => cancel.count(), { timeout: 10_000 }).toBe(0);
  });
});
