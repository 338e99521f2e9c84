import type { Page } from 'playwright-core';
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
const STATEMENT = 'Nuori uupuu, kun palvelut ovat pirstaleisia eikä kukaan kanna kokonaisuutta.';
const EDITED = 'Nuori uupuu, kun kukaan ei kanna hänen polkuaan kokonaisuutena.';
const QUESTION = 'Miten voisimme antaa nuorelle ohjaajan, joka soittaa itse?';

const focusedText = (page: Page) =>
  page.evaluate<string>("document.activeElement?.textContent?.trim() ?? ''");

// One signed-in page walks through the insights of the demo project, step by step.
let page: Page;

describe('insights', () => {
  beforeAll(async () => {
    page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('writes an insight from evidence of several interviews and a workshop, by keyboard', async () => {
    await page.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await page.getByRole('link', { name: 'Oivallukset' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oivallukset' }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Oivallukset – KUNTO/);
    await expectAccessible(page, 'insights list');

    await page.getByRole('button', { name: 'Kirjoita oivallus' }).press('Enter');
    const writing = page.getByRole('region', { name: 'Kirjoita oivallus' });
    await writing.getByText('Evidenssiä ei ole valittu.').waitFor();
    for (const passage of [STORY, QUEUE, FIRST_CONTACT]) {
      await writing.getByRole('checkbox', { name: new RegExp(passage) }).focus();
      await page.keyboard.press('Space');
    }
    await writing.getByText('3 evidenssiä valittu').waitFor();
    await writing.getByText('Oivallus perustuu 3 evidenssiin.').waitFor();

    // Saving without a statement names the missing field and keeps focus in the form.
    await writing.getByRole('button', { name: 'Tallenna oivallus' }).press('Enter');
    await writing.getByText('Pakollinen tieto puuttuu').waitFor();
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.getAttribute('name') ?? ''"))
      .toBe('statement');
    await expectAccessible(page, 'writing an insight, with an error');

    await page.keyboard.type(STATEMENT);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Miten voisimme antaa nuorelle yhden ohjaajan koko polulle?');
    await writing.getByRole('button', { name: 'Tallenna oivallus' }).press('Enter');

    await page.getByRole('heading', { level: 1, name: STATEMENT }).waitFor();
    await page
      .getByText('2 osallistujaa ja 3 tutkimustilannetta tämän oivalluksen takana.')
      .waitFor();
    await page.getByText('Miten voisimme antaa nuorelle yhden ohjaajan koko polulle?').waitFor();
  });

  it('shows the evidence behind the insight with its sessions and participants', async () => {
    const evidence = page.getByRole('region', { name: /Evidenssi, johon oivallus perustuu \(3\)/ });
    await evidence.waitFor();
    const items = evidence.getByRole('article');
    await expect.poll(() => items.count()).toBe(3);
    const story = items.filter({ hasText: STORY });
    await story.getByRole('link', { name: 'H-001' }).waitFor();
    await story
      .getByRole('link', { name: 'Nuoren asiakkaan haastattelu: palvelupolku työkykyyn' })
      .waitFor();
    await expect.poll(() => story.textContent()).toContain('Sitaatti');
    const workshop = items.filter({ hasText: FIRST_CONTACT });
    await workshop
      .getByRole('link', { name: 'Yhteiskehittämisen työpaja kokemusasiantuntijoiden kanssa' })
      .waitFor();
    await expect.poll(() => workshop.getByRole('link', { name: /^H-/ }).count()).toBe(0);
    await expectAccessible(page, 'insight page');
  });

  it('edits the insight and takes an evidence item out of it, by keyboard', async () => {
    await page.getByRole('button', { name: 'Muokkaa oivallusta' }).press('Enter');
    const edit = page.getByRole('form', { name: 'Muokkaa oivallusta' });
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.getAttribute('name') ?? ''"))
      .toBe('statement');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(EDITED);
    await expectAccessible(page, 'editing an insight');
    await edit.getByRole('button', { name: 'Tallenna muutokset' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: EDITED }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Muokkaa oivallusta');

    const workshop = page.getByRole('article').filter({ hasText: FIRST_CONTACT });
    await workshop.getByRole('button', { name: 'Poista oivalluksesta' }).press('Enter');
    await page.getByRole('heading', { name: /Evidenssi, johon oivallus perustuu \(2\)/ }).waitFor();
    await page
      .getByText('2 osallistujaa ja 2 tutkimustilannetta tämän oivalluksen takana.')
      .waitFor();
    await expect.poll(() => focusedText(page)).toMatch(/^Evidenssi, johon oivallus perustuu/);
    await expectAccessible(page, 'insight after removing evidence');
  });

  it('lets the customer member write the question, and only that, by keyboard', async () => {
    // Sami is a customer member (kokemusasiantuntija) on the KUNTO team.
    const sami = await newPage(browser);
    await signInWithKeyboard(sami, 'sami.nieminen@lahti.example');
    await sami.waitForURL(/\/o\/lahti\/projects/);
    await sami.goto(page.url());
    await sami.getByRole('heading', { level: 1, name: EDITED }).waitFor();
    await sami.getByRole('article').filter({ hasText: STORY }).waitFor();
    expect(await sami.getByRole('button', { name: 'Poista oivallus' }).count()).toBe(0);
    expect(await sami.getByRole('button', { name: 'Poista oivalluksesta' }).count()).toBe(0);

    await sami.getByRole('button', { name: 'Muokkaa Miten voisimme…? -kysymystä' }).press('Enter');
    const edit = sami.getByRole('form', { name: 'Muokkaa Miten voisimme…? -kysymystä' });
    await expect
      .poll(() => sami.evaluate<string>("document.activeElement?.getAttribute('name') ?? ''"))
      .toBe('hmw');
    expect(await edit.getByRole('textbox').count()).toBe(1);
    await sami.keyboard.press('Control+a');
    await sami.keyboard.type(QUESTION);
    await expectAccessible(sami, 'writing the question as a customer member');
    await edit.getByRole('button', { name: 'Tallenna muutokset' }).press('Enter');
    await sami.getByText('Kysymys on tallennettu.').waitFor();
    await sami.getByText(QUESTION).waitFor();
    await sami.context().close();
  });

  it('lists the insight with its counts, and deletes it after asking', async () => {
    await page.getByRole('link', { name: 'Kaikki oivallukset' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oivallukset' }).waitFor();
    const card = page.getByRole('article', { name: EDITED });
    await card.waitFor();
    await expect
      .poll(() => card.locator('dl').innerText())
      .toMatch(/Evidenssiä\s+2\s+Osallistujia\s+2\s+Tutkimustilanteita\s+2/);
    await card.getByText(QUESTION).waitFor();
    await expectAccessible(page, 'insights list with an insight');

    await card.getByRole('link', { name: EDITED }).press('Enter');
    await page.getByRole('heading', { level: 1, name: EDITED }).waitFor();
    await page.getByRole('button', { name: 'Poista oivallus' }).press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Poistetaanko oivallus?' });
    await dialog.getByText('Evidenssi, johon se perustuu, säilyy tutkimusaineistossa.').waitFor();
    await expectAccessible(page, 'delete insight dialog');
    await dialog.getByRole('button', { name: 'Poista oivallus' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oivallukset' }).waitFor();
    await expect.poll(() => page.getByRole('article', { name: EDITED }).count()).toBe(0);
  });
});
