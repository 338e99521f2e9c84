import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQr, matrixOfSvg } from '@timantti/contracts/qr-decode';
import { demoForm } from '../support/server.ts';
import {
  baseUrl,
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser: Browser = await launchBrowser();

// A resident answers the KUNTO demo form in Swedish on a phone with JavaScript off; each page
// they reach is then reached again with JavaScript on, where axe can scan it.
let formPath = '';
let kuntoId = '';
let noScript: BrowserContext;

/** Answers all but the rating, sends, and expects the error summary; then fixes and sends. */
async function answerWithOneMistake(page: Page, check: (state: string) => Promise<void>) {
  await page.goto(formPath);
  await page.getByRole('heading', { level: 1, name: /Navigatorns nya tidsbokning/ }).waitFor();
  await check('form');
  await page.getByRole('radio', { name: '15–19' }).check();
  await page.getByRole('radio', { name: /^Ja, mitt svar får sparas/ }).check();
  await page.getByLabel('Vad skulle du förbättra?').fill('Tider på svenska syns inte.');
  await page.getByRole('button', { name: 'Skicka svaret' }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('heading', { name: 'Svaret har 1 punkt att rätta' }).waitFor();
  const link = summary.getByRole('link', {
    name: /Svara på frågan: Hur lätt var det att boka tid/,
  });
  await link.waitFor();
  await expect(page.title()).resolves.toMatch(/^Fel: /);
  // What was answered is still there after the round trip.
  await expect(page.getByLabel('Vad skulle du förbättra?').inputValue()).resolves.toBe(
    'Tider på svenska syns inte.',
  );
  await check('error summary');
  await link.click();
  await page
    .getByRole('group', { name: /Hur lätt var det att boka tid/ })
    .getByRole('radio', { name: '4 / 5' })
    .check();
  await page.getByRole('button', { name: 'Skicka svaret' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor();
  await check('thanks');
}

describe('a public feedback form', () => {
  beforeAll(async () => {
    ({ projectId: kuntoId, path: formPath } = await demoForm(baseUrl()));
    expect(formPath).toMatch(/^\/f\/[a-z2-9]{8}$/);
    noScript = await browser.newContext({
      baseURL: baseUrl(),
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      locale: 'sv-SE',
    });
    noScript.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await noScript.close();
  });

  it('is answered in Swedish with JavaScript off, through an error summary', async () => {
    const page = await noScript.newPage();
    const states: string[] = [];
    await answerWithOneMistake(page, async (state) => {
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
      states.push(state);
    });
    expect(states).toEqual(['form', 'error summary', 'thanks']);
  });

  it('passes axe in every state, reached again with JavaScript on, at 320 px too', async () => {
    const page = await newPage(browser, 'sv-SE');
    await page.setViewportSize({ width: 320, height: 800 });
    await answerWithOneMistake(page, async (state) => {
      await expectAccessible(page, `feedback form: ${state}`);
      const overflow = (await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      )) as number;
      expect(overflow, `horizontal scroll on ${state}`).toBeLessThanOrEqual(0);
    });
    await page.context().close();
  });

  it('has a QR code that reads as the form link, and a poster', async () => {
    const svg = await (await fetch(`${baseUrl()}${formPath}/qr.svg`)).text();
    expect(decodeQr(matrixOfSvg(svg))).toBe(`${baseUrl()}${formPath}`);
    const page = await newPage(browser, 'sv-SE');
    await page.goto(`${formPath}/poster`);
    await page.getByRole('img', { name: /QR-kod som öppnar adressen/ }).waitFor();
    await expectAccessible(page, 'feedback form poster');
    await page.context().close();
  });

  it("shows the team the form's link, and its answers as charts with tables", async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.goto(`/o/lahti/projects/${kuntoId}/research/forms`);
    await page.getByRole('heading', { level: 1, name: 'Palautelomakkeet' }).waitFor();
    await page
      .getByRole('img', { name: /QR-koodi, joka avaa osoitteen/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'feedback forms');
    await page.getByRole('link', { name: /^Ohjaamon uusi ajanvaraus/ }).click();
    await page.getByRole('table', { name: /Kuinka helppoa ajan varaaminen oli/ }).waitFor();
    await expectAccessible(page, 'feedback form summary');
    await page.getByRole('button', { name: 'Vie avoimet vastaukset uudelle taululle' }).click();
    await page.waitForURL(/\/synthesis\/boards\//);
    await page.getByRole('heading', { level: 1, name: /^Avoimet vastaukset/ }).waitFor();
    await page.context().close();
  });
});
