import {
  BOARD_SCHEMA_VERSION,
  JOURNEY_SCHEMA_VERSION,
  addStickyNote,
  boardDocumentName,
  journeyDocumentName,
  readBoard,
  type Board,
  type Journey,
} from '@timantti/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';
import { openLiveDocument, type LiveClient } from '../support/live.ts';
import { signInAsDemo, waitUntil, type ApiSession } from '../support/server.ts';

const browser = await launchBrowser();

// A board open in Aino's page while a newer release (here a Node client announcing the next
// board schema) migrates it: the page, built with this schema, must stop writing.
let page: Page;
let api: ApiSession;
const newer: LiveClient[] = [];
let projectId = '';
let board = { projectId: '', id: '' };

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, baseUrl()), {
    method,
    headers: {
      cookie: api.cookie,
      'x-csrf-token': api.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The board as last stored: what a reader not on it live gets. */
const stored = async () => {
  const { groups, cards } = await request<Board>(
    'GET',
    `/api/v1/projects/${board.projectId}/boards/${board.id}`,
  );
  return {
    groups: groups.map((group) => group.title).sort(),
    cards: cards.map((card) => card.text).sort(),
  };
};

describe('a page older than its live document', () => {
  beforeAll(async () => {
    api = await signInAsDemo(baseUrl());
    const project = await request<{ id: string }>(
      'POST',
      `/api/v1/orgs/${api.organisationId}/projects`,
      { name: 'Versiopäivityksen koe' },
    );
    const created = await request<Board>('POST', `/api/v1/projects/${project.id}/boards`, {
      title: 'Päivittyvä taulu',
    });
    projectId = project.id;
    board = { projectId: project.id, id: created.id };
    page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    for (const client of newer) client.close();
    await page.context().close();
  });

  it('turns read-only with a notice to reload, and writes nothing more', async () => {
    await page.goto(`/o/lahti/projects/${board.projectId}/synthesis/boards/${board.id}`);
    await page.getByRole('heading', { level: 1, name: 'Päivittyvä taulu' }).waitFor();
    await page.getByText('Yhteys taululle on auki').waitFor();

    // An edit while the page is current, for its undo to try later; then a dialog left open.
    await page.getByRole('button', { name: 'Uusi ryhmä' }).press('Enter');
    await page.getByLabel('Ryhmän otsikko').fill('Ennen päivitystä');
    await page.keyboard.press('Enter');
    await page.locator('section.board-group h2', { hasText: 'Ennen päivitystä' }).waitFor();
    await page.getByRole('button', { name: 'Uusi ryhmä' }).press('Enter');
    await page.getByLabel('Ryhmän otsikko').fill('Päivityksen jälkeen');

    const release = await openLiveDocument(
      baseUrl(),
      api.cookie,
      boardDocumentName(board.id),
      BOARD_SCHEMA_VERSION + 1,
    );
    newer.push(release);
    const { doc } = release;
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', BOARD_SCHEMA_VERSION + 1);
      addStickyNote(doc, { text: 'Uuden version kortti', language: 'fi', createdBy: 'newer' });
    });
    await release.acknowledged();

    await page.getByText(/uudempi versio on päivittänyt tämän dokumentin/).waitFor();
    const reload = page.getByRole('button', { name: 'Lataa uudelleen' });
    await reload.waitFor();
    await page.getByText('Voit katsoa taulua mutta et muuttaa sitä.').waitFor();
    // It still shows what the newer release writes, but offers no way to edit it.
    await page.getByRole('group', { name: /Uuden version kortti/ }).waitFor();
    await expect.poll(() => page.getByLabel('Ryhmän otsikko').count()).toBe(0);
    for (const name of ['Uusi ryhmä', 'Uusi muistilappu', 'Tuo evidenssiä', 'Kumoa']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByRole('button', { name: /toiminnot$/ }).count()).toBe(0);
    expect(await page.locator('[draggable="true"]').count()).toBe(0);
    await expectAccessible(page, 'an outdated board');

    await waitUntil('the newer release’s edit to be stored', async () =>
      (await stored()).cards.includes('Uuden version kortti'),
    );
    const before = await stored();
    expect(before.groups).toEqual(['Ennen päivitystä']);

    // What would still write if anything were left: the dialog's Enter, and undo.
    await page.keyboard.press('Enter');
    await reload.focus();
    await page.keyboard.press('Control+z');
    // Stores follow an edit within 2 s: well past that, nothing has changed.
    const deadline = Date.now() + 4_000;
    while (Date.now() < deadline) {
      expect(await stored()).toEqual(before);
      expect(readBoard(doc).groups.map((group) => group.title)).toEqual(['Ennen päivitystä']);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await page.locator('section.board-group h2', { hasText: 'Ennen päivitystä' }).waitFor();
  });

  it('closes a journey cell being edited, unsaved, and stays read-only after a reload', async () => {
    const journey = await request<Journey>('POST', `/api/v1/projects/${projectId}/journeys`, {
      title: 'Päivittyvä polku',
      language: 'fi',
      start: { template: 'employment_path' },
    });
    const storedCells = async () =>
      (
        await request<Journey>('GET', `/api/v1/projects/${projectId}/journeys/${journey.id}`)
      ).cells.map((cell) => cell.text);
    await page.goto(`/o/lahti/projects/${projectId}/synthesis/journeys/${journey.id}`);
    const grid = page.getByRole('grid', { name: 'Päivittyvä polku' });
    await grid.waitFor();
    await page.getByText('Yhteys taululle on auki').waitFor();
    await grid.locator('td[tabindex="0"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kesken jäänyt teksti');

    const release = await openLiveDocument(
      baseUrl(),
      api.cookie,
      journeyDocumentName(journey.id),
      JOURNEY_SCHEMA_VERSION + 1,
    );
    newer.push(release);
    release.doc.getMap('meta').set('schemaVersion', JOURNEY_SCHEMA_VERSION + 1);
    await release.acknowledged();

    await page.getByText(/uudempi versio on päivittänyt tämän dokumentin/).waitFor();
    await expect.poll(() => grid.getByRole('textbox').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'an outdated journey map');
    const deadline = Date.now() + 4_000;
    while (Date.now() < deadline) {
      expect((await storedCells()).join('\n')).not.toContain('Kesken jäänyt');
      expect(JSON.stringify(release.doc.getMap('cells').toJSON())).not.toContain('Kesken jäänyt');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    // The same build again is no newer: the notice stays until the release's code is served.
    await page.getByRole('button', { name: 'Lataa uudelleen' }).press('Enter');
    await page.getByText(/uudempi versio on päivittänyt tämän dokumentin/).waitFor();
    await grid.waitFor();
    expect(await grid.getByRole('button', { name: /toiminnot$/ }).count()).toBe(0);
  });
});
