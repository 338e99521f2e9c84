import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

describe('languages', () => {
  it('switches to Swedish and English, and the account remembers the choice', async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'helmi.jarvinen@kuntaliitto.example');
    await page.waitForURL(/\/projects/);

    const choose = async (language: string) => {
      await page.getByRole('combobox', { name: /Kieli|Språk|Language/ }).selectOption({
        label: language,
      });
    };

    await choose('Svenska');
    // The Swedish messages load on demand; the page switches once they are there.
    await page.locator('html[lang="sv"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'Projekt', exact: true }).waitFor();
    await expectAccessible(page, 'project list in Swedish');

    await page
      .getByRole('link', { name: /Vesilahti|Kinnula/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Team' }).waitFor();
    await expectAccessible(page, 'project page in Swedish');

    await choose('English');
    // The English messages load on demand; the page switches once they are there.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 2, name: 'Team' }).waitFor();
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'account in English');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
