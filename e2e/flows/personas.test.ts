import fs from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// Passages of the KUNTO demo research: a young customer's interview (H-001), a counsellor's
// interview (H-003), and the co-design workshop's shared notes (no single participant).
const STORY = 'Jouduin kertomaan saman tarinan neljälle eri ihmiselle';
const QUEUE = 'Nuori jää helposti väliin';
const FIRST_CONTACT = 'Ensimmäinen yhteydenotto ratkaisee';
const NAME = 'Niko Mäkelä-Öhman, 24';
const SEGMENT = 'Alle 30-vuotiaat työnhakijat';
const NEEDS = ['Yksi ohjaaja koko palvelupolulle', 'Tieto seuraavasta askeleesta'];
const FRUSTRATION = 'Saman tarinan kertominen monelle ihmiselle';
const QUOTE = 'Haluan tietää, kuka hoitaa asiaani.';

const focused = (page: Page) => page.locator(':focus');

/** Chooses an option of a React Aria select by keyboard: open it, walk to the option, take it. */
async function choose(page: Page, trigger: string, option: RegExp) {
  await page.getByRole('button', { name: new RegExp(trigger) }).focus();
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  for (let step = 0; step < 10; step += 1) {
    const name = (await focused(page).textContent()) ?? '';
    if (option.test(name)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await listbox.waitFor({ state: 'detached' });
}

/** Presses a download button and waits for the file the page makes. */
async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).press('Enter'),
  ]);
  const path = await file.path();
  return { file, bytes: await fs.readFile(path) };
}

// One signed-in page walks through the personas of the demo project, step by step.
let page: Page;

describe('personas', () => {
  beforeAll(async () => {
    page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('writes a persona whose fields cite evidence of interviews and a workshop, by keyboard', async () => {
    await page.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await page.getByRole('link', { name: 'Personat ja asiakastarinat' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Personat ja asiakastarinat' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Personat ja asiakastarinat – KUNTO/);
    await page.getByText('Personoja tai asiakastarinoita ei ole vielä.').waitFor();
    await expectAccessible(page, 'personas list, none yet');

    await page.getByRole('link', { name: 'Uusi persona tai asiakastarina' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uusi persona tai asiakastarina' }).waitFor();

    // Saving without a name names the missing field and moves focus to it.
    await page.getByRole('button', { name: 'Tallenna' }).press('Enter');
    await page.getByText('Pakollinen tieto puuttuu').waitFor();
    await expect.poll(() => focused(page).getAttribute('name')).toBe('name');
    await expectAccessible(page, 'persona form, with an error');

    await page.keyboard.type(NAME);
    await choose(page, 'Kuva', /Kuvake: nuori/);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page).getAttribute('name')).toBe('segment');
    await page.keyboard.type(SEGMENT);
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEEDS.join('\n'));
    await page.keyboard.press('Tab');
    await page.keyboard.type('Työ tai opiskelupaikka vuoden sisällä');
    await page.keyboard.press('Tab');
    await page.keyboard.type(FRUSTRATION);
    await page.keyboard.press('Tab');
    await page.keyboard.type(QUOTE);

    // Needs rest on two interviews; frustrations on one of them and on the workshop.
    const citing = page.getByRole('group', { name: 'Evidenssi, johon kentät perustuvat' });
    const cite = async (passage: string) => {
      await citing.getByRole('checkbox', { name: new RegExp(passage) }).focus();
      await page.keyboard.press('Space');
    };
    await citing.getByText('Evidenssiä ei ole valittu.').waitFor();
    await cite(STORY);
    await cite(QUEUE);
    await citing.getByText('2 evidenssiä valittu').waitFor();
    await choose(page, 'Kenttä', /^Turhautumiset/);
    await citing.getByText('Evidenssiä ei ole valittu.').waitFor();
    await cite(STORY);
    await cite(FIRST_CONTACT);
    const summary = citing.getByRole('list', { name: 'Evidenssiä kentittäin' });
    await expect
      .poll(() => summary.innerText())
      .toMatch(/Tarpeet: 2\s+Tavoitteet: 0\s+Turhautumiset: 2/);
    await expectAccessible(page, 'persona form, filled in');

    await page.getByRole('button', { name: 'Tallenna' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page
      .getByText('2 osallistujaa ja 3 tutkimustilannetta tämän kuvauksen takana.')
      .waitFor();
  });

  it('shows every field with the evidence behind it, by participant and session', async () => {
    const needs = page.getByRole('region', { name: 'Tarpeet' });
    for (const need of NEEDS) await needs.getByText(need).waitFor();
    await needs
      .getByRole('link', { name: 'H-001, Nuoren asiakkaan haastattelu: palvelupolku työkykyyn' })
      .waitFor();
    await needs.getByRole('link', { name: /^H-003, / }).waitFor();
    const frustrations = page.getByRole('region', { name: 'Turhautumiset' });
    await frustrations
      .getByRole('link', { name: /Yhteiskehittämisen työpaja kokemusasiantuntijoiden kanssa/ })
      .waitFor();
    await page.getByRole('region', { name: 'Tavoitteet' }).getByText('Ei evidenssiä.').waitFor();

    const evidence = page.getByRole('region', { name: /Evidenssi, johon kuvaus perustuu \(3\)/ });
    await expect.poll(() => evidence.getByRole('article').count()).toBe(3);
    // A field's citation leads to the evidence item itself.
    await needs.getByRole('link', { name: /^H-003, / }).press('Enter');
    await expect.poll(() => page.url()).toMatch(/#evidence-/);
    await expectAccessible(page, 'persona page');
  });

  it('exports the persona as an SVG with its Finnish words as text, and as a PNG', async () => {
    const svg = await download(page, 'Lataa SVG');
    expect(svg.file.suggestedFilename()).toBe('niko-makela-ohman-24.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    for (const words of [NAME, SEGMENT, 'Turhautumiset', 'asiaani.”']) {
      expect(text).toContain(words);
    }
    expect(text.replace(/<\/tspan><tspan[^>]*>/g, ' ')).toContain(NEEDS[0]);
    // The browser's own XML parser reads it without error.
    const errors = await page.evaluate<number>(
      `new DOMParser().parseFromString(${JSON.stringify(text)}, 'image/svg+xml').getElementsByTagName('parsererror').length`,
    );
    expect(errors).toBe(0);

    const png = await download(page, 'Lataa PNG');
    expect(png.file.suggestedFilename()).toBe('niko-makela-ohman-24.png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: twice the card's 1600 × 900, for a sharp slide.
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([3200, 1800]);
    expect(png.bytes.length).toBeGreaterThan(20_000);
  });

  it('is found by the project search through a Finnish compound, and leads back', async () => {
    const search = page.url().replace(/\/synthesis\/personas\/.*$/, '/research/search');
    await page.goto(`${search}?q=${encodeURIComponent('polkua')}&type=persona`);
    await page.getByRole('heading', { level: 1, name: 'Haku' }).waitFor();
    const hit = page.getByRole('listitem').filter({ hasText: 'Persona tai asiakastarina' });
    await expect.poll(() => hit.count()).toBe(1);
    await expect.poll(() => hit.locator('mark').first().textContent()).toBe('palvelupolulle');
    await expectAccessible(page, 'search with a persona hit');
    await hit.getByRole('link', { name: NAME }).press('Enter');
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  });

  it('lists the persona with its counts, edits it, and deletes it after asking', async () => {
    await page.getByRole('link', { name: 'Kaikki personat ja asiakastarinat' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Personat ja asiakastarinat' }).waitFor();
    const card = page.getByRole('article', { name: NAME });
    await expect
      .poll(() => card.locator('dl').innerText())
      .toMatch(/Evidenssiä\s+3\s+Osallistujia\s+2/);
    await card.getByText(QUOTE).waitFor();
    await expectAccessible(page, 'personas list with a persona');

    await card.getByRole('link', { name: NAME }).press('Enter');
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByRole('link', { name: 'Muokkaa' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: `Muokkaa: ${NAME}` }).waitFor();
    await page.getByRole('textbox', { name: /^Sitaatti/ }).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Kuka minua oikein auttaa?');
    await expectAccessible(page, 'editing a persona');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page
      .getByRole('region', { name: 'Sitaatti' })
      .getByText('Kuka minua oikein auttaa?')
      .waitFor();
    await page
      .getByText('2 osallistujaa ja 3 tutkimustilannetta tämän kuvauksen takana.')
      .waitFor();

    await page.getByRole('button', { name: 'Poista' }).press('Enter');
    const dialog = page.getByRole('alertdialog', { name: `Poistetaanko ${NAME}?` });
    await dialog.getByText('Evidenssi, johon se perustuu, säilyy tutkimusaineistossa.').waitFor();
    await expectAccessible(page, 'delete persona dialog');
    await dialog.getByRole('button', { name: 'Poista' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Personat ja asiakastarinat' }).waitFor();
    await expect.poll(() => page.getByRole('article', { name: NAME }).count()).toBe(0);
  });
});
