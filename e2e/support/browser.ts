import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

const require = createRequire(import.meta.url);
// Evaluated over the DevTools protocol, which the page's CSP does not govern, so the tests run
// under the same Content-Security-Policy as users do.
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Chromium for one test file, closed after it. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  afterAll(() => browser.close());
  return browser;
}

export const baseUrl = () => inject('baseUrl');

// Script errors and CSP violations seen on each page; every accessibility check also asserts none.
const pageProblems = new WeakMap<Page, string[]>();

export async function newPage(
  browser: Browser,
  locale = 'fi-FI',
  screen: Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor'> = {},
): Promise<Page> {
  // Reduced motion: a button whose colour is still fading in (enabled a moment ago) would be
  // checked by axe halfway, at a contrast it never rests at.
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale,
    reducedMotion: 'reduce',
    ...screen,
  });
  // Short waits: a missing element should fail the test in seconds, not minutes.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
      problems.push(`CSP violation: ${message.text()}`);
    }
  });
  return page;
}

type AxeResults = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

/** Runs axe-core with the WCAG 2.1 A and AA rules on the page as it is now; expects no violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const options = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  };
  const results = (await page.evaluate(
    `axe.run(document, ${JSON.stringify(options)})`,
  )) as AxeResults;
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${label}`).toEqual([]);
  expect(pageProblems.get(page) ?? [], `errors on ${label}`).toEqual([]);
}

export const DEMO_PASSWORD = 'timantti-demo-salasana';

/** Signs in through the login form, by keyboard. */
export async function signInWithKeyboard(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/sähköposti|e-post|e-mail/i).focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}
