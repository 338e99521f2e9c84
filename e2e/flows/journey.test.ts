import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// Aino and Mikko map a young person's way to work on the KUNTO demo project, each in a
// browser context of their own.
let aino: Page;
let mikko: Page;
let journeyUrl = '';

const grid = (page: Page) => page.getByRole('grid', { name: 'Nuoren polku työhön' });
const stageTitles = (page: Page) =>
  grid(page).locator('thead th .journey-grid__stage-title').allTextContents();
const focusedLabel = (page: Page) => page.locator(':focus').getAttribute('aria-label');

describe('a live service journey map', () => {
  beforeAll(async () => {
    aino = await newPage(browser);
    mikko = await newPage(browser);
    await signInWithKeyboard(aino, 'aino.virtanen@lahti.example');
    await signInWithKeyboard(mikko, 'mikko.laine@lahti.example');
    await aino.waitForURL(/\/o\/lahti\/projects/);
    await mikko.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await aino.context().close();
    await mikko.context().close();
  });

  it('starts a journey from a template', async () => {
    await aino.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await aino.getByRole('link', { name: 'Palvelupolut', exact: true }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Palvelupolut' }).waitFor();
    await aino.getByLabel('Palvelupolun nimi').fill('Nuoren polku työhön');
    await aino.getByRole('button', { name: /^Lupahakemus/ }).press('Enter');
    await aino.getByRole('option', { name: 'Työllisyyspalvelujen polku' }).press('Enter');
    await expectAccessible(aino, 'journeys, none yet');
    await aino.getByRole('button', { name: 'Luo palvelupolku' }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Nuoren polku työhön' }).waitFor();
    await aino.getByText('Yhteys taululle on auki').waitFor();
    expect(await stageTitles(aino)).toContain('Ensitapaaminen');
    journeyUrl = aino.url();
    await mikko.goto(journeyUrl);
    await grid(mikko).waitFor();
    await expectAccessible(aino, 'journey map');
  });

  it('edits a cell and reorders a stage by keyboard, live for both', async () => {
    // The first cell is the grid's one tab stop: customer actions at the first stage.
    await grid(aino).locator('td[tabindex="0"]').focus();
    await aino.keyboard.press('ArrowRight');
    await expect.poll(() => focusedLabel(aino)).toMatch(/^Asiakkaan toiminta, Ensitapaaminen/);
    await aino.keyboard.press('Enter');
    await aino.keyboard.type('Kertoo tarinansa taas alusta');
    await aino.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(aino)).toContain('Kertoo tarinansa taas alusta');
    const cell = grid(mikko).getByRole('gridcell', {
      name: /^Asiakkaan toiminta, Ensitapaaminen: Kertoo tarinansa/,
    });
    await cell.waitFor();
    // Mikko sees where Aino is.
    await grid(mikko)
      .getByRole('gridcell', { name: /Ensitapaaminen.*Aino Virtanen on tässä solussa/ })
      .waitFor();

    // Mikko moves the stage to the right from its header menu; the text goes with it.
    await mikko.getByRole('button', { name: 'Vaiheen Ensitapaaminen toiminnot' }).press('Enter');
    await mikko.getByRole('menuitem', { name: 'Siirrä oikealle' }).press('Enter');
    await expect
      .poll(() => stageTitles(aino))
      .toEqual(expect.arrayContaining(['Tilanteen kartoitus']));
    const titles = await stageTitles(aino);
    expect(titles.indexOf('Ensitapaaminen')).toBe(titles.indexOf('Tilanteen kartoitus') + 1);
    await grid(aino)
      .getByRole('gridcell', { name: /^Asiakkaan toiminta, Ensitapaaminen: Kertoo tarinansa/ })
      .waitFor();
    await expectAccessible(mikko, 'journey map, edited');
  });

  it('cites evidence in a cell, and shows what the cell rests on', async () => {
    await grid(aino)
      .getByRole('gridcell', { name: /^Asiakkaan toiminta, Ensitapaaminen: Kertoo tarinansa/ })
      .focus();
    const panel = aino.getByRole('region', { name: /^Valittu solu: Asiakkaan toiminta/ });
    await panel.getByText('Solu ei vielä viittaa evidenssiin eikä oivalluksiin.').waitFor();
    await panel.getByRole('button', { name: 'Viittaa evidenssiin' }).press('Enter');
    const dialog = aino.getByRole('dialog', { name: 'Viittaa evidenssiin' });
    await dialog.getByRole('checkbox', { name: /Jouduin kertomaan saman tarinan/ }).focus();
    await aino.keyboard.press('Space');
    await expectAccessible(aino, 'citing evidence in a cell');
    await dialog.getByRole('button', { name: 'Lisää viittaus' }).press('Enter');
    await panel.getByText(/Jouduin kertomaan saman tarinan/).waitFor();
    await grid(mikko)
      .getByRole('gridcell', { name: /^Asiakkaan toiminta, Ensitapaaminen: Kertoo tarinansa/ })
      .getByText('1 lähde')
      .waitFor();
    await expectAccessible(mikko, 'journey map with a cited cell and someone in it');
  });

  it('draws the emotion curve from the values, with a text alternative', async () => {
    const curve = grid(aino).locator('.emotion-curve__line');
    expect(await curve.count()).toBe(0);
    for (const [stage, steps] of [
      ['Ohjautuminen palveluun', 1],
      ['Tilanteen kartoitus', 4],
    ] as const) {
      await grid(aino)
        .getByRole('gridcell', { name: new RegExp(`^Tunnekäyrä, ${stage}`) })
        .focus();
      await aino.keyboard.press('Enter');
      for (let i = 0; i < steps; i++) await aino.keyboard.press('ArrowDown');
      await aino.keyboard.press('Enter');
    }
    await curve.waitFor();
    const before = await curve.getAttribute('points');
    await grid(aino)
      .getByText(/Ohjautuminen palveluun: \+2 erittäin hyvä/)
      .waitFor({
        state: 'attached',
      });
    await grid(mikko).locator('.emotion-curve__line').waitFor();

    await grid(aino)
      .getByRole('gridcell', { name: /^Tunnekäyrä, Tilanteen kartoitus/ })
      .focus();
    await aino.keyboard.press('Enter');
    await aino.keyboard.press('ArrowUp');
    await aino.keyboard.press('Enter');
    await expect.poll(() => curve.getAttribute('points')).not.toBe(before);
  });

  it('reads as a table, and exports an SVG with the stage names', async () => {
    await aino.getByRole('button', { name: 'Taulukkonäkymä' }).press('Enter');
    const table = aino.getByRole('table', { name: /Nuoren polku työhön taulukkona/ });
    await table.getByRole('rowheader', { name: /Ensitapaaminen/ }).waitFor();
    await expectAccessible(aino, 'journey as a table');

    const [download] = await Promise.all([
      aino.waitForEvent('download'),
      aino.getByRole('button', { name: 'Lataa SVG' }).press('Enter'),
    ]);
    const svg = await fs.readFile((await download.path()) ?? '', 'utf8');
    for (const stage of ['Ohjautuminen palveluun', 'Ensitapaaminen', 'Työ tai opiskelu']) {
      expect(svg).toContain(stage);
    }
    expect(svg).toContain('>Kertoo tarinansa taas</text>');
    expect(svg).toContain('class="emotion-curve"');
  });
});
