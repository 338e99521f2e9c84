import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

describe('a project on the double diamond', () => {
  it('is created, gets a team with every perspective, and moves to the next phase', async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);

    await page.getByRole('link', { name: 'Uusi projekti' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uusi projekti' }).waitFor();
    await expectAccessible(page, 'new project');

    // Submitting empty names the missing field.
    await page.getByRole('button', { name: 'Luo projekti' }).press('Enter');
    await page.getByLabel('Projektin nimi').waitFor();
    await expect
      .poll(() => page.getByText('Pakollinen tieto puuttuu', { exact: false }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'new project with errors');

    await page.getByLabel('Projektin nimi').fill('Kirjaston palvelupolku');
    await page
      .getByLabel('Haaste')
      .fill('Miten voisimme tehdä kirjaston palveluista helpommin löydettäviä?');
    await page.getByLabel('Kohderyhmä').fill('Lahtelaiset lapsiperheet');
    await page.getByRole('button', { name: 'Luo projekti' }).press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Kirjaston palvelupolku' }).waitFor();
    await expectAccessible(page, 'project page');
    const composition = page.getByText(/Tiimistä puuttuu/);
    await expect.poll(() => composition.textContent()).toContain('Asiantuntija');

    const addMember = async (name: string, perspective: string) => {
      await page.getByRole('button', { name: /Henkilö/ }).click();
      await page.getByRole('option', { name }).click();
      await page
        .getByRole('group', { name: 'Henkilön näkökulmat' })
        .getByLabel(perspective, { exact: true })
        .focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Lisää tiimiin' }).click();
      await page.getByText(`${name} on lisätty tiimiin.`).waitFor();
    };
    await addMember('Mikko Laine', 'Kehittäjä');
    await expect.poll(() => composition.textContent()).not.toContain('Kehittäjä');
    await addMember('Päivi Mäkinen', 'Päätöksentekijä');
    await addMember('Sami Nieminen', 'Asiakas / kokemusasiantuntija');
    await expect.poll(() => composition.textContent()).toContain('Tiimistä puuttuu: Asiantuntija.');

    await page
      .getByRole('group', { name: 'Näkökulmat: Aino Virtanen' })
      .getByLabel('Asiantuntija', { exact: true })
      .focus();
    await page.keyboard.press('Space');
    await page.getByText('Kaikki näkökulmat ovat mukana.').waitFor();
    await expectAccessible(page, 'project page with a full team');

    await page.getByRole('button', { name: 'Siirry vaiheeseen Määrittele' }).press('Enter');
    await page.getByText('Projekti on nyt vaiheessa Määrittele.').waitFor();
    await expectAccessible(page, 'project page in Define');

    await page.goto('/o/lahti/projects?phase=define');
    await page.getByRole('link', { name: /Kirjaston palvelupolku/ }).waitFor();
    await expectAccessible(page, 'project list filtered by phase');
  });
});
