import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// Aino and Mikko write a service concept for the KUNTO demo project together, each in a
// browser context of their own, freeze its first version and compare the draft with it.
let aino: Page;
let mikko: Page;

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

describe('a service concept', () => {
  beforeAll(async () => {
    aino = await newPage(browser);
    mikko = await newPage(browser);
    await signInWithKeyboard(aino, 'aino.virtanen@lahti.example');
    await signInWithKeyboard(mikko, 'mikko.laine@lahti.example');
    await aino.waitForURL(/\/o\/lahti\/projects/);
    await mikko.waitForURL(/\/o\/lahti\/projects/);
  });

  afterAll(async () => {
    await aino.context().close();
    await mikko.context().close();
  });

  it('is listed beside the demo concept, and created with a name and summary', async () => {
    await aino.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await aino.getByRole('link', { name: 'Palvelukonseptit', exact: true }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Palvelukonseptit' }).waitFor();
    const demo = aino.getByRole('row', { name: /Nuoren oma ohjaaja/ });
    await demo.getByText('Luonnos v2').waitFor();
    await demo.getByText('2 linkkiä').waitFor();
    await expectAccessible(aino, 'concepts');

    await field(aino, 'Konseptin nimi (pakollinen)').fill('Työkokeilu viikossa');
    await field(aino, 'Tiivistys').fill('Nuori pääsee työkokeiluun viikon sisällä.');
    await aino.getByRole('button', { name: 'Luo konsepti' }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Työkokeilu viikossa' }).waitFor();
    await aino.getByText('Yhteys taululle on auki').waitFor();
    await mikko.goto(aino.url());
    await mikko.getByRole('heading', { level: 1, name: 'Työkokeilu viikossa' }).waitFor();
    await expectAccessible(aino, 'a new concept');
  });

  it('is edited live by both, a text field and a list', async () => {
    await field(mikko, 'Ongelma').waitFor();
    await expect.poll(() => field(mikko, 'Ongelma').isEditable()).toBe(true);
    await field(aino, 'Ongelma').fill('Nuori odottaa työkokeilua kuukausia.');
    await expect
      .poll(() => field(mikko, 'Ongelma').inputValue())
      .toBe('Nuori odottaa työkokeilua kuukausia.');

    await field(mikko, 'Uusi kohta: Kanavat').fill('Ohjaamo');
    await mikko.keyboard.press('Enter');
    await field(mikko, 'Uusi kohta: Kanavat').fill('Chat');
    await mikko.keyboard.press('Enter');
    await expect.poll(() => field(aino, 'Kanavat, kohta 2').inputValue()).toBe('Chat');
    await aino.getByRole('button', { name: 'Siirrä ylös: Chat' }).press('Enter');
    await expect.poll(() => field(mikko, 'Kanavat, kohta 1').inputValue()).toBe('Chat');
    await expectAccessible(mikko, 'a concept edited live');
  });

  it('reads as the experiment card, the same fields', async () => {
    await aino.getByRole('button', { name: 'Kokeilukortti' }).press('Enter');
    await field(aino, 'Miten idea ratkaisee sen').waitFor();
    expect(await field(aino, 'Ongelma').inputValue()).toBe('Nuori odottaa työkokeilua kuukausia.');
    await field(aino, 'Miten testataan').fill('Viisi nuorta kokeilee mallia kevään ajan.');
    await expect
      .poll(() => field(mikko, 'Miten testataan').inputValue())
      .toBe('Viisi nuorta kokeilee mallia kevään ajan.');
    await expectAccessible(aino, 'the experiment card');
  });

  it('links the insight it answers, freezes version 1, and shows what changed since', async () => {
    await choose(aino, /Linkitettävä$/, /Nuori kertoo tarinansa/);
    await aino.getByRole('button', { name: 'Linkitä' }).press('Enter');
    const links = aino.getByRole('region', { name: 'Mihin konsepti vastaa' });
    await links.getByText(/Oivallus: Nuori kertoo tarinansa/).waitFor();

    await aino.getByRole('button', { name: 'Jäädytä versio 1' }).press('Enter');
    const dialog = aino.getByRole('dialog', { name: 'Jäädytä versio 1' });
    await dialog.getByLabel(/Miksi konsepti muuttui/).fill('Työpajan ensimmäinen versio');
    await dialog.getByRole('checkbox', { name: /Nuori kertoo tarinansa/ }).focus();
    await aino.keyboard.press('Space');
    await expectAccessible(aino, 'freezing a version');
    await dialog.getByRole('button', { name: 'Jäädytä' }).press('Enter');
    await aino.getByRole('button', { name: 'Jäädytä versio 2' }).waitFor();
    const versions = aino.getByRole('table', { name: 'Versiot' });
    await versions
      .getByRole('row', { name: /v1 Työpajan ensimmäinen versio Nuori kertoo tarinansa/ })
      .waitFor();

    await field(mikko, 'Ongelma').fill('Nuori odottaa työkokeilua viikkoja.');
    await expect
      .poll(() => field(aino, 'Ongelma').inputValue())
      .toBe('Nuori odottaa työkokeilua viikkoja.');
    await aino.getByRole('button', { name: 'Näytä erot' }).press('Enter');
    const diff = aino.locator('.diff');
    await diff.getByText('1 kenttä muuttui').waitFor();
    expect(await diff.locator('del').innerText()).toMatch(/kuukausia\.$/);
    expect(await diff.locator('ins').innerText()).toMatch(/viikkoja\.$/);
    await expectAccessible(aino, 'the diff of version 1 and the draft');
  });

  it('moves on to testing, seen by the other', async () => {
    await choose(aino, /Tila$/, /^Testataan/);
    await aino.getByRole('button', { name: /^Testataan/ }).waitFor();
    await mikko.reload();
    await mikko.getByRole('button', { name: /^Testataan/ }).waitFor();
  });
});
