import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAsDemo } from '../support/server.ts';
import {
  baseUrl,
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser: Browser = await launchBrowser();

async function kuntoId(): Promise<string> {
  const session = await signInAsDemo(baseUrl());
  const projects = (await (
    await fetch(`${baseUrl()}/api/v1/orgs/${session.organisationId}/projects`, {
      headers: { cookie: session.cookie },
    })
  ).json()) as { items: { id: string; name: string }[] };
  return projects.items.find((p) => p.name.startsWith('KUNTO'))?.id ?? '';
}

// The KUNTO demo form has 32 responses, 12 of them from 20–29-year-olds: with ten a page, that
// segment reads as one page and a "load more" of two.
describe("a feedback form's responses one by one", () => {
  it('lists them filtered by segment, loads more into focus, and passes axe', async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.goto(`/o/lahti/projects/${await kuntoId()}/research/forms`);
    await page.getByRole('link', { name: /^Ohjaamon uusi ajanvaraus/ }).click();
    await page.getByRole('link', { name: 'Lue vastaukset yksitellen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Vastaukset: Ohjaamon/ }).waitFor();
    const shown = page.locator('p.result-count');
    await shown.getByText(/^10 \/ \d+ vastausta näkyvissä$/).waitFor();
    await expectAccessible(page, 'form responses');

    await page.getByLabel('Segmentti').selectOption('20–29');
    await shown.getByText('10 / 12 vastausta näkyvissä').waitFor();
    const list = page.getByRole('list', { name: /^Vastaukset: Ohjaamon/ });
    await expect(list.getByRole('listitem').count()).resolves.toBe(10);
    await expect(list.getByText('15–19', { exact: true }).count()).resolves.toBe(0);
    await page.getByRole('status').filter({ hasText: '10 / 12 vastausta näkyvissä' }).waitFor();

    await page.getByRole('button', { name: 'Lataa lisää vastauksia' }).click();
    await shown.getByText('12 vastausta', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Ladattiin 2 vastausta lisää' }).waitFor();
    // Reading goes on at the first of the new responses, not on a button that is gone.
    await expect(
      page.evaluate(
        "[...document.querySelectorAll('article.response')].indexOf(document.activeElement)",
      ),
    ).resolves.toBe(10);
    await expect(
      page.getByRole('button', { name: 'Lataa lisää vastauksia' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'form responses after load more');
    await page.context().close();
  });
});
