import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// The smallest PNG there is: one pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
// Flows share one demo server: this one makes a course and an article of its own.
const RUN = Math.random().toString(36).slice(2, 8);
const COURSE = `Asiakkaan kuunteleminen ${RUN}`;
const ARTICLE = `Mitä opimme kuuntelemalla ${RUN}`;
const ALT = 'Tiimi kiinnittää haastattelujen lappuja seinälle';

const live = (page: Page) => page.locator('[role="status"][aria-live="polite"]');
const focused = (page: Page) => page.locator(':focus');

/** Chooses an option of a React Aria select by keyboard: open it, walk to the option, take it. */
async function choose(page: Page, trigger: RegExp, option: RegExp) {
  await page.getByRole('button', { name: trigger }).focus();
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  // The list opens on the chosen option; the walk starts from the first.
  await page.keyboard.press('Home');
  for (let step = 0; step < 30; step += 1) {
    const name = (await focused(page).textContent()) ?? '';
    if (option.test(name)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await listbox.waitFor({ state: 'detached' });
}

async function typeInto(page: Page, name: RegExp, text: string) {
  await page.getByRole('textbox', { name }).focus();
  await page.keyboard.type(text);
}

// Aino (Lahti's admin) runs the course; Mikko, a member of staff, does it.
let facilitator: Page;
let staff: Page;

describe('staff-training path and article collection', () => {
  beforeAll(async () => {
    facilitator = await newPage(browser);
    await signInWithKeyboard(facilitator, 'aino.virtanen@lahti.example');
    await facilitator.waitForURL(/\/o\/lahti\/projects/);
    staff = await newPage(browser);
    await signInWithKeyboard(staff, 'mikko.laine@lahti.example');
    await staff.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await facilitator.context().close();
    await staff.context().close();
  });

  it('lets a facilitator build a course from method cards and enrol staff, by keyboard', async () => {
    const page = facilitator;
    await page.getByRole('link', { name: 'Koulutuspolut' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Koulutuspolut' }).waitFor();
    await page
      .getByRole('link', { name: 'Palvelumuotoilun perusteet kaupungin henkilöstölle' })
      .waitFor();
    await expectAccessible(page, 'courses');

    await typeInto(page, /^Kurssin nimi/, COURSE);
    await page.getByRole('button', { name: 'Aloita kurssi' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    await page.getByText('Kurssilla ei ole vielä tehtäviä.').waitFor();
    await expectAccessible(page, 'new course');

    // An exercise met by the practice project's data: two evidence items of one's own.
    await choose(page, /Menetelmäkortti/, /^Asiakashaastattelu/);
    await typeInto(page, /^Tehtävä/, 'Nosta kaksi evidenssiä');
    await choose(page, /Miten tehtävä täyttyy/, /^Omat evidenssit/);
    await page.getByRole('textbox', { name: /^Montako vaaditaan/ }).fill('');
    await page.getByRole('button', { name: 'Lisää tehtävä' }).press('Enter');
    await page.getByText('Anna kokonaisluku väliltä 1–100.').waitFor();
    await expect.poll(() => focused(page).getAttribute('name')).toBe('target');
    await page.keyboard.type('2');
    await page.getByRole('button', { name: 'Lisää tehtävä' }).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Tehtävä lisättiin kurssiin.');
    await page.getByRole('heading', { level: 3, name: 'Nosta kaksi evidenssiä' }).waitFor();

    // And one marked done with a reflection.
    await choose(page, /Menetelmäkortti/, /^Vertaispalaute$/);
    await typeInto(page, /^Tehtävä/, 'Mitä opit?');
    await choose(page, /Miten tehtävä täyttyy/, /^Osallistuja kirjoittaa pohdinnan/);
    await page.getByRole('button', { name: 'Lisää tehtävä' }).press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Mitä opit?' }).waitFor();

    // One added by mistake is taken out again.
    await typeInto(page, /^Tehtävä/, 'Väärä tehtävä');
    await page.getByRole('button', { name: 'Lisää tehtävä' }).press('Enter');
    await page.getByRole('button', { name: 'Poista tehtävä ”Väärä tehtävä”' }).press('Enter');
    await expect
      .poll(() => live(page).innerText())
      .toBe('Tehtävä ”Väärä tehtävä” poistettiin kurssilta.');
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: 'Väärä tehtävä' }).count())
      .toBe(0);

    await choose(page, /Henkilö/, /^Mikko Laine$/);
    await page.getByRole('button', { name: 'Lisää kurssille' }).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Mikko Laine lisättiin kurssille.');
    const participants = page.getByRole('table', { name: 'Osallistujat' });
    await participants.getByRole('row', { name: /Mikko Laine.*0\/2 tehtävää tehty/ }).waitFor();
    await expectAccessible(page, 'course with exercises and a participant');
  });

  it('meets a self-checking exercise from the practice project and shows the staff member progress', async () => {
    const page = staff;
    await page.getByRole('link', { name: 'Koulutuspolut' }).press('Enter');
    await page.getByRole('link', { name: COURSE }).press('Enter');
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    await page.getByText('0/2 tehtävää tehty').waitFor();
    await expectAccessible(page, 'course as a participant');

    // Mikko's interviews in the event-permit project gave two evidence items of his.
    await choose(page, /Harjoitusprojekti/, /^Tapahtumaluvat sujuviksi$/);
    await page.getByRole('button', { name: 'Tallenna harjoitusprojekti' }).press('Enter');
    await expect.poll(() => live(page).innerText()).toBe('Harjoitusprojekti tallennettiin.');
    await page.getByText('1/2 tehtävää tehty').waitFor();
    const evidence = page.getByRole('listitem').filter({ hasText: 'Nosta kaksi evidenssiä' });
    await evidence.getByText('Tehty', { exact: true }).waitFor();
    await evidence.getByText('Harjoitusprojektissa nyt 2/2').waitFor();

    await typeInto(page, /^Pohdintasi tehtävästä/, 'Asiakkaan omat sanat yllättivät.');
    await page.getByRole('button', { name: 'Merkitse tehdyksi' }).press('Enter');
    await expect
      .poll(() => live(page).innerText())
      .toBe('Tehtävä ”Mitä opit?” merkittiin tehdyksi.');
    await page.getByText('2/2 tehtävää tehty').waitFor();
    await expectAccessible(page, 'course finished');

    await page.getByRole('link', { name: 'Avaa todistus' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Todistus' }).waitFor();
    await page.getByText('Mikko Laine', { exact: true }).waitFor();
    await page.getByText(`on suorittanut kurssin ${COURSE} kaikki tehtävät.`).waitFor();
    await expectAccessible(page, 'certificate');
    // On paper the certificate stands alone: no site header, navigation or print button.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByRole('navigation', { name: /./ }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('button', { name: 'Tulosta todistus' }).isVisible())
      .toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // An exercise opens the method card it is drawn from.
    await page.goBack();

    await page
      .getByRole('listitem')
      .filter({ hasText: 'Nosta kaksi evidenssiä' })
      .getByRole('link', { name: /^Asiakashaastattelu/ })
      .press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Asiakashaastattelu/ }).waitFor();

    await facilitator.reload();
    await facilitator
      .getByRole('table', { name: 'Osallistujat' })
      .getByRole('row', { name: /Mikko Laine.*Suoritettu/ })
      .waitFor();
  });

  it('writes an article with an image and its alt text, publishes it and shows it', async () => {
    const page = facilitator;
    await page.getByRole('link', { name: 'Artikkelit' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Artikkelit' }).waitFor();
    await expectAccessible(page, 'article collection');

    // The demo article on the event-permit project: its picture says what it shows, and it
    // links the project and the method cards it used.
    await page.getByRole('link', { name: /^Tapahtumaluvat yhdeltä luukulta/ }).press('Enter');
    await page
      .getByRole('img', { name: /^Tapahtumaluvan palvelupolku neljänä vaiheena/ })
      .waitFor();
    await page.getByRole('link', { name: 'Tapahtumaluvat sujuviksi' }).waitFor();
    await page.getByRole('link', { name: 'Palvelupolku' }).waitFor();
    await expectAccessible(page, 'demo article');
    await page.getByRole('link', { name: 'Artikkelit', exact: true }).first().press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Artikkelit' }).waitFor();

    await typeInto(page, /^Otsikko/, ARTICLE);
    await page.getByRole('button', { name: 'Aloita artikkeli' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Muokkaa artikkelia' }).waitFor();
    await page.getByRole('textbox', { name: 'Teksti', exact: true }).focus();
    await page.keyboard.type('Haastattelimme kahta tapahtumajärjestäjää.');
    await page.getByRole('button', { name: 'Tallenna' }).press('Enter');
    await expect.poll(() => live(page).first().innerText()).toBe('Artikkeli tallennettiin.');

    // An image without a text alternative is stopped, and the field says why.
    await page.getByLabel('Kuvatiedosto').setInputFiles({
      name: 'tyopaja.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page.getByRole('button', { name: 'Lisää kuva' }).press('Enter');
    await page
      .getByText('Kirjoita kuvalle tekstivastine tai merkitse kuva koristeelliseksi.')
      .waitFor();
    await expect.poll(() => focused(page).getAttribute('name')).toBe('alt');
    await expectAccessible(page, 'article editor, image without alt text');
    await page.keyboard.type(ALT);
    await page.getByRole('button', { name: 'Lisää kuva' }).press('Enter');
    await page.getByRole('img', { name: ALT }).waitFor();
    await expectAccessible(page, 'article editor with an image');

    await page.getByRole('button', { name: 'Julkaise' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: ARTICLE }).waitFor();
    await page.getByText('Haastattelimme kahta tapahtumajärjestäjää.').waitFor();
    const image = page.getByRole('img', { name: ALT });
    await expect
      .poll(() =>
        image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBe(1);
    await page.getByText(/^Julkaistu /).waitFor();
    await expectAccessible(page, 'published article');

    // Published, it is in the collection a colleague reads.
    await staff.getByRole('link', { name: 'Artikkelit' }).press('Enter');
    await staff.getByRole('link', { name: ARTICLE }).press('Enter');
    await staff.getByRole('img', { name: ALT }).waitFor();
  });
});
