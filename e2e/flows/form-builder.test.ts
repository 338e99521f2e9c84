import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsDemo } from '../support/server.ts';
import {
  baseUrl,
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// Mikko, a member of the KUNTO team, builds a form in Finnish and Swedish from the keyboard
// alone: a rating and a choice, moved into order, a scale the server refuses and he fixes,
// a saved draft, then published at its short link.
let mikko: Page;

const focused = (page: Page) => page.locator(':focus');

/** Types into a field the way a keyboard user does: focus it, then type. */
async function type(field: Locator, text: string) {
  await field.focus();
  await field.page().keyboard.type(text);
}

/** Chooses an option of a React Aria select by keyboard: open it, walk to the option, take it. */
async function choose(page: Page, trigger: RegExp, option: RegExp) {
  await page.getByRole('button', { name: trigger }).focus();
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

const question = (page: Page, name: RegExp) => page.getByRole('region', { name });

describe('building a feedback form', () => {
  beforeAll(async () => {
    mikko = await newPage(browser);
    await signInWithKeyboard(mikko, 'mikko.laine@lahti.example');
    await mikko.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await mikko.context().close();
  });

  it('builds a two-language form by keyboard, fixes a refused field and publishes it', async () => {
    await mikko.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await mikko.waitForURL(/\/projects\/[^/]+$/);
    await mikko.goto(`${new URL(mikko.url()).pathname}/research/forms`);
    await mikko.getByRole('link', { name: 'Uusi palautelomake' }).press('Enter');
    await mikko.getByRole('heading', { level: 1, name: 'Uusi palautelomake' }).waitFor();
    await expectAccessible(mikko, 'a new form in the builder');

    await mikko.getByRole('checkbox', { name: 'Svenska' }).focus();
    await mikko.keyboard.press('Space');
    await type(mikko.getByLabel('Otsikko (Suomi)'), 'Ohjaamon ajanvaraus');
    await type(mikko.getByLabel('Otsikko (Svenska)'), 'Ohjaamos tidsbokning');

    const rating = question(mikko, /^Kysymys 1: Arvoasteikko/);
    await type(rating.getByLabel('Kysymys (Suomi)'), 'Kuinka helppoa ajan varaaminen oli?');
    await type(rating.getByLabel('Kysymys (Svenska)'), 'Hur lätt var det att boka tid?');
    await rating.getByLabel(/^Asteikko 1–/).focus();
    await mikko.keyboard.press('ControlOrMeta+A');
    await mikko.keyboard.type('11');
    await type(rating.getByLabel('Asteikon alapää (Suomi)'), 'Vaikeaa');
    await type(rating.getByLabel('Asteikon alapää (Svenska)'), 'Svårt');
    await type(rating.getByLabel('Asteikon yläpää (Suomi)'), 'Helppoa');
    await type(rating.getByLabel('Asteikon yläpää (Svenska)'), 'Lätt');

    await choose(mikko, /Uuden kysymyksen tyyppi/, /^Yksi vaihtoehto/);
    await mikko.getByRole('button', { name: 'Lisää kysymys' }).press('Enter');
    // Focus goes to the new question's heading, which names it.
    await expect.poll(() => focused(mikko).textContent()).toBe('Kysymys 2: Yksi vaihtoehto');
    const choice = question(mikko, /^Kysymys 2: Yksi vaihtoehto/);
    await type(choice.getByLabel('Kysymys (Suomi)'), 'Miten varasit ajan?');
    await type(choice.getByLabel('Kysymys (Svenska)'), 'Hur bokade du tiden?');
    await type(choice.getByLabel('Vaihtoehto 1 (Suomi)'), 'Verkossa');
    await type(choice.getByLabel('Vaihtoehto 1 (Svenska)'), 'På webben');
    await type(choice.getByLabel('Vaihtoehto 2 (Suomi)'), 'Puhelimella');
    await type(choice.getByLabel('Vaihtoehto 2 (Svenska)'), 'Per telefon');

    await choice.getByRole('button', { name: 'Siirrä kysymys 2 ylös' }).press('Enter');
    // At the top it cannot go further up: focus stays with the question, on its other move.
    await expect.poll(() => focused(mikko).textContent()).toBe('Siirrä kysymys 1 alas');
    await question(mikko, /^Kysymys 1: Yksi vaihtoehto/).waitFor();
    await expectAccessible(mikko, 'a filled-in form in the builder');

    await mikko.getByRole('button', { name: 'Tallenna luonnos' }).press('Enter');
    const scale = question(mikko, /^Kysymys 2: Arvoasteikko/).getByLabel(/^Asteikko 1–/);
    await expect.poll(() => scale.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focused(mikko).getAttribute('name')).toBe('questions.1.scaleMax');
    await question(mikko, /^Kysymys 2: Arvoasteikko/)
      .getByText('Arvo on liian suuri (enintään 10).')
      .waitFor();
    await expectAccessible(mikko, 'the builder with a field error');

    await mikko.keyboard.press('ControlOrMeta+A');
    await mikko.keyboard.type('7');
    await expect.poll(() => scale.getAttribute('aria-invalid')).toBeNull();
    await mikko.getByRole('button', { name: 'Tallenna luonnos' }).press('Enter');
    await mikko
      .getByRole('heading', { level: 1, name: 'Muokkaa lomaketta: Ohjaamon ajanvaraus' })
      .waitFor();
    await expect(
      question(mikko, /^Kysymys 2: Arvoasteikko/)
        .getByLabel(/^Asteikko 1–/)
        .inputValue(),
    ).resolves.toBe('7');
    await expectAccessible(mikko, 'a saved draft in the builder');

    await mikko.getByRole('button', { name: 'Tallenna ja julkaise' }).press('Enter');
    await mikko.getByRole('heading', { level: 1, name: 'Palautelomakkeet' }).waitFor();
    const card = mikko.getByRole('article', { name: 'Ohjaamon ajanvaraus' });
    await card.getByText('Julkaistu').waitFor();
    const path = (await card.getByRole('link', { name: /\/f\// }).getAttribute('href')) ?? '';
    expect(path).toMatch(/^\/f\/[a-z2-9]{8}$/);

    const resident = await newPage(browser, 'sv-SE');
    await resident.goto(`${path}?lang=sv`);
    await resident.getByRole('heading', { level: 1, name: 'Ohjaamos tidsbokning' }).waitFor();
    const legends = await resident.locator('legend').allInnerTexts();
    expect(legends).toHaveLength(2);
    expect(legends[0]).toMatch(/^Hur bokade du tiden\?/);
    expect(legends[1]).toMatch(/^Hur lätt var det att boka tid\?/);
    await resident.getByRole('radio', { name: 'På webben' }).check();
    await resident.getByRole('radio', { name: '6 / 7' }).check();
    await resident.getByRole('button', { name: 'Skicka svaret' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
    await resident.context().close();
  });

  it('keeps what the answers mean once there are some, and says so', async () => {
    await mikko.reload();
    await mikko.getByRole('link', { name: 'Muokkaa lomaketta Ohjaamon ajanvaraus' }).press('Enter');
    await mikko.getByText(/^Lomakkeella on jo 1 vastaus\./).waitFor();
    const choice = question(mikko, /^Kysymys 1: Yksi vaihtoehto/);
    await choice.getByText(/^Tähän kysymykseen on vastattu/).waitFor();
    for (const name of [/Kysymyksen tyyppi$/, 'Poista kysymys 1', 'Siirrä kysymys 1 alas'])
      await expect(choice.getByRole('button', { name }).isDisabled()).resolves.toBe(true);
    await expect(
      choice.getByRole('button', { name: 'Poista vaihtoehto 1.1' }).isDisabled(),
    ).resolves.toBe(true);
    await mikko.getByRole('button', { name: 'Lisää kysymys' }).press('Enter');
    const added = question(mikko, /^Kysymys 3: /);
    await expect(
      added.getByRole('checkbox', { name: 'Vastaus on pakollinen' }).isDisabled(),
    ).resolves.toBe(true);
    await expect(
      added.getByRole('button', { name: 'Poista kysymys 3' }).isDisabled(),
    ).resolves.toBe(false);
    await expectAccessible(mikko, 'the builder of an answered form');
  });

  it('tells of a save someone made meanwhile and keeps his edit on request', async () => {
    await mikko.getByRole('button', { name: 'Poista kysymys 3' }).press('Enter');
    const formUrl = `${baseUrl()}/api/v1${new URL(mikko.url()).pathname
      .replace(/^.*?\/projects/, '/projects')
      .replace('/research', '')
      .replace(/\/edit$/, '')}`;
    const aino = await signInAsDemo(baseUrl());
    const headers = {
      cookie: aino.cookie,
      'content-type': 'application/json',
      'x-csrf-token': aino.csrfToken,
    };
    const current = (await (await fetch(formUrl, { headers })).json()) as Record<string, unknown>;
    const { languages, intro, questions, opensAt, closesAt, version } = current;
    const theirs = await fetch(formUrl, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({
        languages,
        title: { fi: 'Ajanvaraus Ohjaamoon', sv: 'Tidsbokning till Ohjaamo' },
        intro,
        questions,
        opensAt,
        closesAt,
        version,
      }),
    });
    expect(theirs.status).toBe(200);

    await type(mikko.getByLabel('Johdanto (Suomi)'), 'Vastaaminen vie minuutin.');
    await mikko.getByRole('button', { name: 'Tallenna muutokset' }).press('Enter');
    const dialog = mikko.getByRole('alertdialog', { name: 'Joku muu tallensi tämän sillä välin' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Vertaa' }).press('Enter');
    await dialog
      .getByRole('row', { name: /^Otsikot/ })
      .getByText('Ajanvaraus Ohjaamoon / Tidsbokning till Ohjaamo')
      .waitFor();
    await expectAccessible(mikko, 'an edit conflict in the builder');
    await dialog.getByRole('button', { name: 'Pidä omat muutokseni' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(
        async () =>
          ((await (await fetch(formUrl, { headers })).json()) as { intro: unknown }).intro,
      )
      .toEqual({ fi: 'Vastaaminen vie minuutin.', sv: '' });
  });

  it("makes a test round's own form from the round's page", async () => {
    const projectPath = new URL(mikko.url()).pathname.replace(/\/research\/.*$/, '');
    const api = `${baseUrl()}/api/v1${projectPath.replace(/^.*?\/projects/, '/projects')}`;
    const aino = await signInAsDemo(baseUrl());
    const headers = {
      cookie: aino.cookie,
      'content-type': 'application/json',
      'x-csrf-token': aino.csrfToken,
    };
    // A concept of its own, so the demo concept's history stays as the other flows read it.
    const made = await fetch(`${api}/concepts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Ajanvaraus puhelimella', language: 'fi' }),
    });
    expect(made.status, await made.clone().text()).toBe(201);
    const concept = (await made.json()) as { id: string };
    const frozen = await fetch(`${api}/concepts/${concept.id}/versions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ reason: 'Testattava versio' }),
    });
    expect(frozen.status, await frozen.clone().text()).toBe(201);
    const created = await fetch(`${api}/concepts/${concept.id}/test-rounds`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        versionNumber: 1,
        title: 'Ajanvaraus puhelimella',
        method: 'paper_prototype',
        hypotheses: [],
        recruitTargets: [],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const round = (await created.json()) as { id: string };

    await mikko.goto(`${projectPath}/synthesis/concepts/${concept.id}/tests/${round.id}`);
    await mikko.getByRole('heading', { level: 1, name: 'Ajanvaraus puhelimella' }).waitFor();
    await mikko
      .getByRole('link', { name: 'Tee palautelomake, johon asukkaat vastaavat' })
      .press('Enter');
    await mikko.getByRole('heading', { level: 1, name: 'Uusi palautelomake' }).waitFor();
    await type(mikko.getByLabel('Otsikko (Suomi)'), 'Puhelinvarauksen kokeilu');
    const rating = question(mikko, /^Kysymys 1: Arvoasteikko/);
    await type(rating.getByLabel('Kysymys (Suomi)'), 'Kuinka helppoa varaaminen oli?');
    await type(rating.getByLabel('Asteikon alapää (Suomi)'), 'Vaikeaa');
    await type(rating.getByLabel('Asteikon yläpää (Suomi)'), 'Helppoa');
    await mikko.getByRole('button', { name: 'Tallenna luonnos' }).press('Enter');
    await mikko
      .getByRole('heading', { level: 1, name: 'Muokkaa lomaketta: Puhelinvarauksen kokeilu' })
      .waitFor();

    // Back on the round's page, the round has its form.
    await mikko.goBack();
    await mikko
      .getByRole('link', { name: 'Kierroksen palautelomake: Puhelinvarauksen kokeilu' })
      .waitFor();
  });
});
