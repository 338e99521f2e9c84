import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoForm } from '../support/server.ts';
import { baseUrl, expectAccessible, launchBrowser, newPage } from '../support/browser.ts';

const browser: Browser = await launchBrowser();

// WCAG 1.4.10 (reflow) asks that content fit 320 CSS px without scrolling sideways, and 1.4.4
// that text zoomed to 200 % still work. Zooming a 1280 px wide window to 200 % leaves the page
// 640 CSS px at two device pixels each: Chromium lays it out exactly as this viewport, so that
// is how 200 % is emulated (the browser's zoom level itself is not reachable from a test).
const screens = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '1280 px at 200 %', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

let formPath = '';

/** How many CSS px the page is wider than its viewport; 0 when it reflows. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  ) as Promise<number>;

/** The form, its error summary after a send with the rating missing, and the thanks page. */
async function everyState(page: Page, check: (state: string) => Promise<void>) {
  await page.goto(formPath);
  await page.getByRole('heading', { level: 1, name: /Ohjaamon uusi ajanvaraus/ }).waitFor();
  await check('form');
  await page.getByRole('radio', { name: '15–19' }).check();
  await page.getByRole('radio', { name: /^Kyllä, vastaukseni saa tallentaa/ }).check();
  await page.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await page
    .getByRole('alert')
    .getByRole('heading', { name: /korjattava/ })
    .waitFor();
  await check('error summary');
  await page
    .getByRole('group', { name: /Kuinka helppoa ajan varaaminen oli/ })
    .getByRole('radio', { name: '4 / 5' })
    .check();
  await page.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await page.getByRole('heading', { level: 1, name: /Kiitos/ }).waitFor();
  await check('thanks');
}

describe('the public feedback form reflows', () => {
  beforeAll(async () => {
    formPath = (await demoForm(baseUrl())).path;
    expect(formPath).toMatch(/^\/f\/[a-z2-9]{8}$/);
  });

  for (const screen of screens) {
    it(`at ${screen.name}: no sideways scrolling and axe passes, in every state`, async () => {
      const page = await newPage(browser, 'fi-FI', screen);
      const states: string[] = [];
      await everyState(page, async (state) => {
        expect(await sidewaysOverflow(page), `${screen.name}, ${state}`).toBeLessThanOrEqual(0);
        await expectAccessible(page, `public form at ${screen.name}: ${state}`);
        states.push(state);
      });
      expect(states).toEqual(['form', 'error summary', 'thanks']);
      await page.context().close();
    });
  }
});
