import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

describe('signing in', () => {
  it('refuses a wrong password with a clear message, then signs in by keyboard alone', async () => {
    const page = await newPage(browser);
    await page.goto('/o/lahti/projects');
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.title()).toContain('Kirjaudu sisään');
    await expectAccessible(page, 'login');

    // The skip link is the first stop for a keyboard user.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Siirry sisältöön');

    await signInWithKeyboard(page, 'aino.virtanen@lahti.example', 'väärä-salasana-tässä');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Sähköpostiosoite tai salasana on väärin');
    await expectAccessible(page, 'login with an error');

    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.getByRole('heading', { level: 1, name: 'Projektit' }).waitFor();
    expect(await page.title()).toBe('Projektit – Lahden kaupunki – Timantti');
    await page.getByRole('link', { name: /KUNTO/ }).waitFor();
    await expectAccessible(page, 'project list');

    await page.goto('/o/lahti/no-such-page');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'not found');

    await page.goto('/o/lahti/projects');
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).press('Enter');
    await page.waitForURL(/\/login/);
  });

  it('serves a readable, accessible API reference', async () => {
    const page = await newPage(browser);
    await page.goto('/api/docs');
    await page.getByRole('heading', { level: 1, name: 'Timantti API' }).waitFor();
    await expectAccessible(page, 'API reference');
  });
});
