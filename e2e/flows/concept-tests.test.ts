import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// Aino reads how the KUNTO concept was tested (the demo's round of version 1, its findings,
// version 2 started from them), plans a second round of version 1 by keyboard, records a
// finding citing what a young person said, and feeds version 2 with it too.
let aino: Page;

const focused = (page: Page) => page.locator(':focus');

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

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const ROUND = 'Oma ohjaaja roolileikkinä Ohjaamossa';

describe('testing a service concept', () => {
  beforeAll(async () => {
    aino = await newPage(browser);
    await signInWithKeyboard(aino, 'aino.virtanen@lahti.example');
    await aino.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await aino.context().close();
  });

  it('reads the history: v1 → test round by segment → findings → v2', async () => {
    await aino.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await aino.getByRole('link', { name: 'Palvelukonseptit', exact: true }).press('Enter');
    await aino.getByRole('link', { name: 'Nuoren oma ohjaaja' }).press('Enter');
    await aino.getByRole('link', { name: 'Testaus ja historia' }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Testaus: Nuoren oma ohjaaja' }).waitFor();
    const history = aino.getByRole('region', { name: 'Konseptin historia' });
    const steps = history.getByRole('listitem');
    await expect.poll(() => steps.count()).toBe(4);
    expect(await steps.nth(0).innerText()).toMatch(/^Versio 1/);
    expect(await steps.nth(1).innerText()).toContain(`Testauskierros: ${ROUND}`);
    // Four met in person, 32 or more by the round's public form (other flows answer it too).
    const respondents =
      /(\d+) vastaajaa \(15–19: \d+ vastaajaa, 20–29: \d+ vastaajaa, Alle 30-vuotiaat työnhakijat: 3 vastaajaa ja Kokemusasiantuntijat: 1 vastaaja\)/.exec(
        await steps.nth(1).innerText(),
      );
    expect(Number(respondents?.[1])).toBeGreaterThanOrEqual(36);
    expect(await steps.nth(2).innerText()).toBe('Löydökset: 1 vahvistui, 1 kumoutui ja 1 epäselvä');
    expect(await steps.nth(3).innerText()).toContain('Versio 2, luonnos työn alla');
    expect(await steps.nth(3).innerText()).toContain(`Aloitettu löydöksistä: ${ROUND}`);
    await expectAccessible(aino, 'the concept history');
  });

  it('shows a round with its findings and the evidence they cite', async () => {
    await aino
      .getByRole('region', { name: 'Konseptin historia' })
      .getByRole('link', { name: `Testauskierros: ${ROUND}` })
      .press('Enter');
    await aino.getByRole('heading', { level: 1, name: ROUND }).waitFor();
    const second = aino.getByRole('form', { name: /^Hypoteesi 2/ });
    await second.getByText('Kumoutui').first().waitFor();
    await second
      .getByText('Viikko on liian pitkä odottaa, silloin olen jo luovuttanut.')
      .first()
      .waitFor();
    await aino.getByText('Versio 2 on aloitettu tämän kierroksen löydöksistä.').waitFor();
    await expectAccessible(aino, 'a test round with findings');
  });

  it('plans a new round of version 1 by keyboard', async () => {
    await aino.getByRole('link', { name: 'Takaisin testaukseen' }).press('Enter');
    await aino.getByRole('heading', { level: 2, name: 'Suunnittele testauskierros' }).waitFor();
    await field(aino, 'Kierroksen nimi (pakollinen)').fill('Klikattava ajanvaraus');
    await choose(aino, /Testaustapa$/, /^Klikattava prototyyppi/);
    await field(aino, 'Mitä halutaan oppia').fill('Varaako nuori ajan itse?');
    await field(aino, 'Paikka').fill('Ohjaamo Lahti');
    await field(aino, 'Hypoteesi 1: uskomme, että…').fill('Nuori varaa ajan itse verkossa.');
    await field(aino, 'Hypoteesi 1: tiedämme olevamme oikeassa, kun…').fill(
      'Neljä viidestä varaa ajan ilman apua.',
    );
    await field(aino, 'Segmentti 1').fill('Alle 30-vuotiaat työnhakijat');
    await field(aino, 'Kuinka monta, segmentti 1').fill('5');
    await aino.getByRole('button', { name: 'Lisää segmentti' }).press('Enter');
    await field(aino, 'Segmentti 2').fill('Kokemusasiantuntijat');
    await field(aino, 'Kuinka monta, segmentti 2').fill('2');
    await expectAccessible(aino, 'planning a test round');
    await aino.getByRole('button', { name: 'Luo testauskierros' }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Klikattava ajanvaraus' }).waitFor();
    await aino.getByText('Alle 30-vuotiaat työnhakijat: tavoite 5 henkilöä').waitFor();
    await aino.getByText('Kokemusasiantuntijat: tavoite 2 henkilöä').waitFor();
    await aino.getByRole('link', { name: 'Avaa tapaaminen: Klikattava ajanvaraus' }).waitFor();
  });

  it('records a finding citing evidence, and feeds version 2 with it', async () => {
    const finding = aino.getByRole('form', { name: /^Hypoteesi 1/ });
    await choose(aino, /Tulos, hypoteesi 1$/, /^Vahvistui/);
    await field(aino, 'Perustelu, hypoteesi 1').fill('Kaikki löysivät ajanvarauksen.');
    await finding.getByRole('checkbox', { name: /Kun sain yhden nimen ja numeron/ }).focus();
    await aino.keyboard.press('Space');
    await finding.getByText('1 evidenssi valittu').waitFor();
    await finding.getByRole('button', { name: 'Tallenna löydös' }).press('Enter');
    await aino
      .getByRole('status')
      .filter({ hasText: 'Hypoteesin 1 löydös on tallennettu.' })
      .waitFor();
    await finding.getByRole('heading', { name: 'Viitattu evidenssi' }).waitFor();
    await expectAccessible(aino, 'a recorded finding');

    await aino.getByRole('button', { name: 'Aloita versio 2' }).press('Enter');
    await aino.getByRole('link', { name: 'Muokkaa versiota 2' }).waitFor();

    await aino.getByRole('link', { name: 'Takaisin testaukseen' }).press('Enter');
    const draft = aino
      .getByRole('region', { name: 'Konseptin historia' })
      .getByRole('listitem')
      .filter({ hasText: 'Versio 2, luonnos työn alla' });
    await draft.getByText(`Aloitettu löydöksistä: ${ROUND}, Klikattava ajanvaraus`).waitFor();
    await expectAccessible(aino, 'the history with two rounds');
  });
});
