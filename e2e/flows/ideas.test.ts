import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

const IDEA = 'Nuoren oma polkukartta, jonka hän näyttää jokaiselle työntekijälle';
const SECOND = 'Ohjaaja soittaa itse viikon kuluttua tapaamisesta';
const ROUND = 'Kehittämistyöpajan äänestys';
// The smallest PNG there is: one transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const focused = (page: Page) => page.locator(':focus');
const live = (page: Page) => page.locator('[role="status"][aria-live="polite"]');

let page: Page;

// One signed-in page: ideas from the KUNTO demo project, a dot-voting round from open to results.
describe('ideas and dot voting', () => {
  beforeAll(async () => {
    page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('shows the demo ideas and the results of their closed round', async () => {
    await page.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await page.getByRole('link', { name: 'Ideat', exact: true }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ideat' }).waitFor();
    const results = page.getByRole('region', { name: 'Tulokset: Työpajan pisteäänestys' });
    await results.getByText('3 henkilöä äänesti.').waitFor();
    await expect
      .poll(() => results.getByRole('listitem').first().innerText())
      .toMatch(/^Oma ohjaaja.*4 pistettä/);
    await page.getByText('Valittu kehitettäväksi').first().waitFor();
    await expectAccessible(page, 'ideas page with demo results');
  });

  it('adds ideas by keyboard, one with a sketch image', async () => {
    await page.getByRole('textbox', { name: /^Idea/ }).focus();
    await page.keyboard.type(IDEA);
    await page.getByLabel('Luonnoskuva (valinnainen)').setInputFiles({
      name: 'luonnos.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page.getByRole('button', { name: 'Lisää idea' }).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Idea lisätty.');
    await page.getByRole('heading', { level: 3, name: IDEA }).waitFor();
    const sketch = page.getByRole('img', { name: /^Luonnoskuva idealle: Nuoren oma polkukartta/ });
    await expect
      .poll(() =>
        sketch.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBe(1);

    await page.getByRole('textbox', { name: /^Idea/ }).focus();
    await page.keyboard.type(SECOND);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Lisää idea' }).press('Enter');
    await page.getByRole('heading', { level: 3, name: SECOND }).waitFor();
    await expectAccessible(page, 'ideas page with new ideas');

    // Its writer rewrites it in a dialog; focus goes back to the button that opened it.
    const edit = page.getByRole('button', { name: /^Muokkaa ideaa: Ohjaaja soittaa/ });
    await edit.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Muokkaa ideaa' });
    await dialog.getByRole('textbox', { name: /^Idea/ }).press('End');
    await page.keyboard.type(' ja kysyy kuulumiset');
    await expectAccessible(page, 'editing an idea');
    await dialog.getByRole('button', { name: 'Tallenna' }).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Idea tallennettu.');
    await page.getByRole('heading', { level: 3, name: `${SECOND} ja kysyy kuulumiset` }).waitFor();
    await expect
      .poll(async () => (await focused(page).getAttribute('aria-label')) ?? '')
      .toMatch(/^Muokkaa ideaa: Ohjaaja soittaa/);
  });

  it('opens a round, votes within the budget by keyboard, closes it and shows the results', async () => {
    const name = page.getByRole('textbox', { name: /^Äänestyksen nimi/ });
    await name.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ROUND);
    const budget = page.getByRole('textbox', { name: /^Pisteitä kullekin äänestäjälle/ });
    await budget.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    for (const rule of [
      'Samalle idealle saa antaa useita pisteitä',
      'Piilota ideoiden kirjoittajat äänestäjiltä',
    ]) {
      await page.getByRole('checkbox', { name: rule }).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Avaa äänestys' }).press('Enter');
    await page.getByRole('heading', { name: `Käynnissä: ${ROUND}` }).waitFor();
    await page.getByText('2 pistettä jäljellä').waitFor();
    await expectAccessible(page, 'round under way');

    const add = (on: Page, text: string) =>
      on.getByRole('button', { name: new RegExp(`^Anna piste: ${text.slice(0, 20)}`) });

    // Sami, a customer member on the team, votes too, not seeing who wrote the ideas.
    const sami = await newPage(browser);
    try {
      await signInWithKeyboard(sami, 'sami.nieminen@lahti.example');
      await sami.waitForURL(/\/o\/lahti\/projects/);
      await sami.getByRole('link', { name: /^KUNTO/ }).press('Enter');
      await sami.getByRole('link', { name: 'Ideat', exact: true }).press('Enter');
      await sami.getByRole('heading', { name: `Käynnissä: ${ROUND}` }).waitFor();
      const card = sami.getByRole('article', { name: IDEA });
      await card.getByRole('button', { name: /^Anna piste: / }).waitFor();
      expect(await card.getByText('Kirjoittaja').count()).toBe(0);
      expect(await sami.getByRole('button', { name: /^Sulje äänestys/ }).count()).toBe(0);
      await add(sami, SECOND).press('Enter');
      await expect.poll(() => live(sami).innerText()).toBe('Piste annettu. 1 piste jäljellä');
      await expectAccessible(sami, 'round under way, as a customer member');
    } finally {
      await sami.context().close();
    }
    await page.reload();
    await page.getByRole('heading', { name: `Käynnissä: ${ROUND}` }).waitFor();
    await page.getByRole('article', { name: IDEA }).getByText('Kirjoittaja').waitFor();
    await add(page, IDEA).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Piste annettu. 1 piste jäljellä');
    await expect
      .poll(async () => (await focused(page).getAttribute('id')) ?? '')
      .toMatch(/^add-dot-/);
    await add(page, SECOND).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Piste annettu. 0 pistettä jäljellä');
    // Past the budget the server refuses, and the page says why.
    await add(page, IDEA).press('Enter');
    await page.getByText(/Olet jo käyttänyt kaikki pisteesi \(2 pistettä\)/).waitFor();
    await expectAccessible(page, 'round with the budget spent');

    // A dot taken back can go elsewhere, here on top of another; no results while it is open.
    await page.getByRole('button', { name: /^Poista piste: Ohjaaja soittaa/ }).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Piste poistettu. 1 piste jäljellä');
    await expect
      .poll(async () => (await focused(page).getAttribute('id')) ?? '')
      .toMatch(/^add-dot-/);
    await add(page, IDEA).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Piste annettu. 0 pistettä jäljellä');
    expect(await page.getByRole('region', { name: `Tulokset: ${ROUND}` }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sulje äänestys ja näytä tulokset' }).press('Enter');
    await expect
      .poll(() => live(page).innerText())
      .toBe('Äänestys suljettu. Tulokset näkyvät alla.');
    const results = page.getByRole('region', { name: `Tulokset: ${ROUND}` });
    await results.getByText('2 henkilöä äänesti.').waitFor();
    await expect
      .poll(() => results.getByRole('listitem').first().innerText())
      .toMatch(/^Nuoren oma polkukartta.*2 pistettä/);
    await page.getByRole('heading', { name: 'Avaa pisteäänestys' }).waitFor();
    await expectAccessible(page, 'round results');
  });

  it('picks the winning idea to develop into a concept', async () => {
    await page
      .getByRole('button', { name: /^Valitse kehitettäväksi: Nuoren oma polkukartta/ })
      .press('Enter');
    await expect
      .poll(() => live(page).innerText())
      .toBe('Idea valittu kehitettäväksi palvelukonseptiksi.');
    const card = page.getByRole('article', { name: IDEA });
    await card.getByText('Valittu kehitettäväksi').waitFor();
    await card.getByRole('button', { name: /^Peru valinta: / }).waitFor();
    await expectAccessible(page, 'idea picked');
  });

  it('removes a sketch, focus staying on its idea', async () => {
    await page
      .getByRole('button', { name: /^Poista luonnoskuva: Nuoren oma polkukartta/ })
      .press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Luonnoskuva poistettu.');
    await expect.poll(() => focused(page).innerText()).toBe(IDEA);
    // The list follows the removal once refetched: wait for it rather than look once.
    await expect
      .poll(() => page.getByRole('img', { name: /^Luonnoskuva idealle/ }).count())
      .toBe(0);
  });

  it('brings an idea onto the live board as an idea card', async () => {
    await page.getByRole('link', { name: 'Affiniteettitaulut' }).press('Enter');
    await page.getByRole('link', { name: 'Haastattelujen ja työpajan synteesi' }).press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Haastattelujen ja työpajan synteesi' })
      .waitFor();
    await page.getByText('Yhteys taululle on auki').waitFor();
    await page.getByRole('button', { name: 'Tuo ideoita' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Tuo ideoita taululle' });
    await dialog.getByRole('checkbox', { name: IDEA }).focus();
    await page.keyboard.press('Space');
    await expectAccessible(page, 'bringing ideas to a board');
    await dialog.getByRole('button', { name: 'Tuo valitut (1)' }).press('Enter');
    await page.getByText(/1 kortti lisättiin taululle/).waitFor();
    await page.getByRole('group', { name: `Idea: ${IDEA.slice(0, 59)}…` }).waitFor();
    await expectAccessible(page, 'board with an idea card');
  });

  it('develops the picked idea into a service concept that answers its insight', async () => {
    await page.getByRole('link', { name: 'Ideat', exact: true }).press('Enter');
    await page
      .getByRole('button', { name: /^Kehitä palvelukonseptiksi: Nuoren oma polkukartta/ })
      .press('Enter');
    await page.getByRole('heading', { level: 1, name: IDEA }).waitFor();
    await page.getByText('Kehitetty ideasta').waitFor();
    await page.getByRole('link', { name: IDEA }).waitFor();
    await expectAccessible(page, 'concept developed from an idea');
  });
});
