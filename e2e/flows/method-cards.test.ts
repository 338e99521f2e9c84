import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

const focused = (page: Page) => page.locator(':focus');

/** How many CSS px the page is wider than its viewport; 0 when it reflows. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>;

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

describe('method cards', () => {
  describe('a team member', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser);
      await signInWithKeyboard(page, 'mikko.laine@lahti.example');
      await page.waitForURL(/\/o\/lahti\/projects/);
    });
    afterAll(async () => {
      await page.context().close();
    });

    it('opens the card of a checklist step and follows it to the project’s tool', async () => {
      await page.getByRole('link', { name: /^KUNTO/ }).press('Enter');
      await heading(page, /^KUNTO/).waitFor();
      // The project is in Define, whose checklist is open first.
      const cardLink = page.getByRole('link', { name: 'Menetelmäkortti: Kuvaa palvelupolku' });
      await cardLink.press('Enter');
      await heading(page, 'Palvelupolku').waitFor();
      await expect.poll(() => page.title()).toMatch(/^Palvelupolku – Menetelmäkortit/);
      await page.getByRole('heading', { level: 2, name: 'Näin se tehdään' }).waitFor();
      expect(await page.locator('.method-card__steps li').count()).toBeGreaterThan(3);
      await page.getByText('Projektissa KUNTO – nuorten työkyky ja työllistyminen').waitFor();
      await expectAccessible(page, 'method card opened from a checklist');

      // The card is read in the reader's language, and anew when it changes.
      const language = page.getByRole('combobox', { name: /Kieli|Språk/ });
      await language.selectOption({ label: 'Svenska' });
      await heading(page, 'Servicestig').waitFor();
      await page.getByRole('link', { name: 'Använd metoden: Servicestigar' }).waitFor();
      await language.selectOption({ label: 'Suomi' });
      await heading(page, 'Palvelupolku').waitFor();

      await page.getByRole('link', { name: 'Käytä menetelmää: Palvelupolut' }).press('Enter');
      await page.waitForURL(/\/projects\/[^/]+\/synthesis\/journeys$/);
      await heading(page, 'Palvelupolut').waitFor();
    });

    it('finds a card by an inflected word and filters by phase and duration, reading only', async () => {
      await page.getByRole('link', { name: 'Menetelmäkortit' }).press('Enter');
      await heading(page, 'Menetelmäkortit').waitFor();
      await page.getByText('16 menetelmäkorttia').waitFor();
      // Members read the cards; only admins and facilitators keep them.
      expect(await page.getByRole('link', { name: 'Uusi oma kortti' }).count()).toBe(0);
      await expectAccessible(page, 'method card list');

      await page.getByLabel('Hae menetelmää').fill('haastatteluissa');
      await page.getByRole('link', { name: 'Asiakashaastattelu lupapalveluissa' }).waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'Hissipuhe' }).count()).toBe(0);
      await page.getByLabel('Hae menetelmää').fill('');
      await page.getByRole('link', { name: 'Hissipuhe' }).waitFor();

      await page.getByRole('button', { name: /Tuplatimantin vaihe/ }).press('Enter');
      await page.getByRole('option', { name: 'Toteuta' }).press('Enter');
      await page.getByRole('link', { name: 'Hissipuhe' }).waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'Taustatutkimus' }).count()).toBe(0);
      await page.getByRole('button', { name: /Kesto/ }).press('Enter');
      await page.getByRole('option', { name: 'Enintään tunti' }).press('Enter');
      await expect
        .poll(() => page.getByRole('link', { name: 'Testaus asiakkailla' }).count())
        .toBe(1);
      await expect.poll(() => page.url()).toMatch(/phase=deliver/);
      await expectAccessible(page, 'method card list, filtered');

      const card = page.getByRole('link', { name: 'Hissipuhe' });
      await card.press('Enter');
      await heading(page, 'Hissipuhe').waitFor();
      // Outside a project the card names its tool and says where to open it from.
      await page.getByText('Avaa kortti projektin tarkistuslistasta').waitFor();
      expect(await page.getByRole('link', { name: 'Muokkaa korttia' }).count()).toBe(0);
    });
  });

  describe('an editor', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser);
      await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
      await page.waitForURL(/\/o\/lahti\/projects/);
    });
    afterAll(async () => {
      await page.context().close();
    });

    it('edits the organisation’s copy of a card, compares it with the shipped one and restores it', async () => {
      await page.goto('/o/lahti/methods/persona');
      await heading(page, 'Persona').waitFor();
      await page.getByRole('link', { name: 'Muokkaa korttia' }).press('Enter');
      await heading(page, 'Muokkaa korttia: Persona').waitFor();
      await expectAccessible(page, 'method card form');

      const title = page.getByRole('textbox', { name: /^Otsikko/ });
      await title.fill('');
      await page.getByRole('button', { name: 'Tallenna kortti' }).press('Enter');
      await page.getByText('Pakollinen tieto puuttuu').waitFor();
      await expect.poll(() => focused(page).getAttribute('name')).toBe('title');
      await expectAccessible(page, 'method card form, with an error');

      await title.fill('Persona Lahden tapaan');
      await page.getByRole('button', { name: 'Lisää työvaihe' }).press('Enter');
      await focused(page).fill('Esitelkää personat lautakunnalle ennen päätöstä.');
      await page.getByRole('button', { name: 'Tallenna kortti' }).press('Enter');
      await heading(page, 'Persona Lahden tapaan').waitFor();
      await page.getByText('Muokattu organisaatiolle').waitFor();
      await page.getByText('Esitelkää personat lautakunnalle ennen päätöstä.').waitFor();

      const compare = page.getByRole('button', { name: 'Vertaa toimitettuun korttiin' });
      await compare.press('Enter');
      const comparison = page.getByRole('region', {
        name: 'Organisaatiosi kopio ja toimitettu kortti',
      });
      await comparison.waitFor();
      await comparison.getByRole('heading', { level: 3, name: 'Otsikko' }).waitFor();
      await comparison.getByRole('heading', { level: 3, name: 'Näin se tehdään' }).waitFor();
      expect(await comparison.getByText('Persona Lahden tapaan').count()).toBe(1);
      expect(await comparison.getByText('Persona', { exact: true }).count()).toBe(1);
      // Only what differs is compared.
      expect(await comparison.getByRole('heading', { level: 3, name: 'Vinkit' }).count()).toBe(0);
      expect(
        await page.getByRole('button', { name: 'Piilota vertailu' }).getAttribute('aria-expanded'),
      ).toBe('true');
      await expectAccessible(page, 'method card compared with the shipped card');

      await page.getByRole('button', { name: 'Palauta toimitettu teksti' }).press('Enter');
      const dialog = page.getByRole('alertdialog', { name: 'Palautetaanko toimitettu teksti?' });
      await dialog.waitFor();
      await expectAccessible(page, 'restore dialog');
      await dialog.getByRole('button', { name: 'Palauta' }).press('Enter');
      await heading(page, 'Persona').waitFor();
      await page.getByText('Toimitettu teksti palautettiin.').waitFor({ state: 'attached' });
      await expect.poll(() => page.getByText('Muokattu organisaatiolle').count()).toBe(0);
      await expect
        .poll(() => page.getByText('Esitelkää personat lautakunnalle ennen päätöstä.').count())
        .toBe(0);
      expect(await page.getByRole('button', { name: 'Palauta toimitettu teksti' }).count()).toBe(0);
    });
  });

  describe('an editor writing a card of the organisation’s own', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser);
      await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
      await page.waitForURL(/\/o\/lahti\/projects/);
    });
    afterAll(async () => {
      await page.context().close();
    });

    it('writes it, finds it in the list and deletes it', async () => {
      await page.goto('/o/lahti/methods');
      await page.getByRole('link', { name: 'Uusi oma kortti' }).press('Enter');
      await heading(page, 'Uusi oma menetelmäkortti').waitFor();
      await page.getByRole('button', { name: 'Tallenna kortti' }).press('Enter');
      await page.getByText('Valitse ainakin yksi vaihe.').waitFor();
      await page.getByText('Kirjoita ainakin yksi työvaihe.').waitFor();
      await expect.poll(() => focused(page).getAttribute('name')).toBe('title');

      await page.getByRole('textbox', { name: /^Otsikko/ }).fill('Asukasraati');
      await page
        .getByRole('textbox', { name: /^Mihin menetelmää käytetään/ })
        .fill('Satunnaisesti valitut asukkaat perehtyvät kysymykseen ja antavat suosituksen.');
      await page.getByRole('checkbox', { name: 'Kehitä' }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Lisää työvaihe' }).press('Enter');
      await focused(page).fill('Arvokaa osallistujat väestörekisteristä.');
      await page.getByRole('textbox', { name: 'Enintään (min)' }).first().fill('20');
      await page.getByRole('button', { name: 'Tallenna kortti' }).press('Enter');
      await page.getByText('Yläraja ei voi olla pienempi kuin alaraja.').waitFor();
      await page.getByRole('textbox', { name: 'Enintään (min)' }).first().fill('240');
      await page.getByRole('button', { name: 'Tallenna kortti' }).press('Enter');
      await heading(page, 'Asukasraati').waitFor();
      await page.getByText('Organisaation oma').waitFor();
      await expectAccessible(page, 'own method card');

      await page.getByRole('link', { name: 'Kaikki menetelmäkortit' }).press('Enter');
      await page.getByText('17 menetelmäkorttia').waitFor();
      await page.getByLabel('Hae menetelmää').fill('asukasraadissa');
      await page.getByText('1 menetelmäkortti').waitFor();
      await page.getByRole('link', { name: 'Asukasraati' }).press('Enter');
      await heading(page, 'Asukasraati').waitFor();

      await page.getByRole('button', { name: 'Poista kortti' }).press('Enter');
      const dialog = page.getByRole('alertdialog', { name: 'Poistetaanko kortti Asukasraati?' });
      await dialog.getByRole('button', { name: 'Poista kortti' }).press('Enter');
      await heading(page, 'Menetelmäkortit').waitFor();
      await page.getByText('16 menetelmäkorttia').waitFor();
    });
  });

  describe('on a 390 px phone', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser, 'fi-FI', { viewport: { width: 390, height: 844 } });
      await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
      await page.waitForURL(/\/o\/lahti\/projects/);
    });
    afterAll(async () => {
      await page.context().close();
    });

    it('reads the list, a card and its comparison without sideways scrolling', async () => {
      await page.goto('/o/lahti/methods');
      await heading(page, 'Menetelmäkortit').waitFor();
      await page.getByRole('link', { name: 'Tulevaisuustyöpaja' }).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await expectAccessible(page, 'method card list on a phone');

      await page.getByRole('link', { name: 'Asiakashaastattelu lupapalveluissa' }).click();
      await heading(page, 'Asiakashaastattelu lupapalveluissa').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Sudenkuopat' }).waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await expectAccessible(page, 'method card on a phone');

      await page.getByRole('button', { name: 'Vertaa toimitettuun korttiin' }).click();
      await page
        .getByRole('region', { name: 'Organisaatiosi kopio ja toimitettu kortti' })
        .waitFor();
      expect(await sidewaysOverflow(page)).toBe(0);
      await expectAccessible(page, 'method card comparison on a phone');
    });
  });
});
