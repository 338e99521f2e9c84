import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

describe('invitations', () => {
  it('an administrator invites a person, who accepts by setting a password', async () => {
    const admin = await newPage(browser);
    await signInWithKeyboard(admin, 'aino.virtanen@lahti.example');
    await admin.waitForURL(/\/o\/lahti\/projects/);
    await admin.getByRole('link', { name: 'Jäsenet' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Jäsenet' }).waitFor();
    await expectAccessible(admin, 'members');

    await admin
      .getByRole('textbox', { name: 'Sähköpostiosoite' })
      .fill('kaisa.kehittaja@lahti.example');
    await admin.getByRole('button', { name: 'Luo kutsu' }).click();
    const link = admin.getByRole('textbox', { name: 'Kutsulinkki' });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${baseUrl()}/invite/[\\w-]+$`));
    await expectAccessible(admin, 'members with a new invitation link');

    const newcomer = await newPage(browser);
    await newcomer.goto(url);
    await newcomer.getByRole('heading', { level: 1, name: /Lahden kaupunki/ }).waitFor();
    await expectAccessible(newcomer, 'accept invitation');
    await newcomer.getByLabel(/^Nimi/).fill('Kaisa Kehittäjä');
    await newcomer.getByLabel(/^Uusi salasana \(/).fill('Salasana2024!');
    await newcomer.getByLabel(/^Uusi salasana uudelleen/).fill('Salasana2024!');
    await newcomer.getByRole('button', { name: 'Luo tunnus ja hyväksy kutsu' }).click();
    await newcomer
      .getByRole('alert')
      .getByText('Salasana on liian yleinen', { exact: false })
      .waitFor();
    await expectAccessible(newcomer, 'accept invitation with a refused password');

    await newcomer.getByLabel(/^Uusi salasana \(/).fill('kirjasto-ja-kahvila-2026');
    await newcomer.getByLabel(/^Uusi salasana uudelleen/).fill('kirjasto-ja-kahvila-2026');
    await newcomer.getByRole('button', { name: 'Luo tunnus ja hyväksy kutsu' }).click();
    await newcomer.waitForURL(/\/o\/lahti\/projects/);
    await newcomer.getByRole('heading', { level: 1, name: 'Projektit' }).waitFor();
  });
});
