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

describe('what a member sees', () => {
  it('shows a member on the team the work but not archiving or removing people, and says whom to ask for a page they may not open', async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'mikko.laine@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.getByRole('link', { name: /KUNTO/ }).click();
    await page.getByRole('heading', { level: 1, name: /KUNTO/ }).waitFor();
    // Building the team is theirs: the perspectives of each person can be set.
    await page.getByRole('group', { name: 'Näkökulmat: Aino Virtanen' }).waitFor();
    expect(await page.getByRole('button', { name: /tiimistä$/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Arkistoi projekti' }).count()).toBe(0);
    await expectAccessible(page, 'project page as a member');

    await page.goto(`/o/lahti/projects/${crypto.randomUUID()}`);
    await page.getByRole('heading', { level: 1, name: 'Sivua ei voi näyttää' }).waitFor();
    await page.getByText('tai sinulla ei ole oikeutta nähdä sitä', { exact: false }).waitFor();
    await page
      .getByText('pyydä sitä projektin fasilitaattorilta tai organisaatiosi pääkäyttäjältä', {
        exact: false,
      })
      .waitFor();
    await expectAccessible(page, 'a page the member may not open');
  });
});

describe('a long project list', () => {
  it('shows the first page and loads more, focusing the first new project', async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    // More archived projects than one page holds, made through the API as the app would.
    const total = await page.evaluate<number>(`(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const org = me.organisations.find((o) => o.slug === 'lahti');
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      for (let i = 1; i <= 51; i++) {
        const created = await fetch('/api/v1/orgs/' + org.id + '/projects', {
          method: 'POST', headers, body: JSON.stringify({ name: 'Päättynyt kokeilu ' + i }),
        });
        const { id } = await created.json();
        await fetch('/api/v1/projects/' + id + '/archive', {
          method: 'POST', headers: { 'x-csrf-token': me.csrfToken },
        });
      }
      const list = await fetch('/api/v1/orgs/' + org.id + '/projects?archived=true&limit=1');
      return (await list.json()).total;
    })()`);
    expect(total).toBeGreaterThan(50);

    await page.goto('/o/lahti/projects?archived=true');
    const status = page.getByRole('status').filter({ hasText: 'projektia' });
    await expect.poll(() => status.textContent()).toBe(`50 / ${total} projektia näkyvissä`);
    await expectAccessible(page, 'archived projects, first page');
    await page.getByRole('button', { name: 'Näytä lisää projekteja' }).press('Enter');
    await expect.poll(() => status.textContent()).toBe(`${total} projektia`);
    expect(await page.locator('.project-list > li').count()).toBe(total);
    // Reading goes on from the first project of the new page.
    const firstNew = await page.locator('.project-card__title a').nth(50).textContent();
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.textContent ?? ''"))
      .toBe(firstNew);
    await expect
      .poll(() => page.getByRole('button', { name: 'Näytä lisää projekteja' }).count())
      .toBe(0);
    await expectAccessible(page, 'archived projects, all of them');
  });
});

describe('an edit someone else saved first', () => {
  it('offers to compare, and keeps mine on the version saved meanwhile', async () => {
    const page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    const projectId = await page.evaluate<string>(`(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const org = me.organisations.find((o) => o.slug === 'lahti');
      const created = await fetch('/api/v1/orgs/' + org.id + '/projects', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ name: 'Kirjastokortin uusiminen' }),
      });
      return (await created.json()).id;
    })()`);
    await page.goto(`/o/lahti/projects/${projectId}`);
    await page.getByRole('heading', { level: 1, name: 'Kirjastokortin uusiminen' }).waitFor();
    await page.getByRole('button', { name: 'Muokkaa tietoja' }).press('Enter');
    await page.getByLabel('Projektin nimi').fill('Kortin uusiminen verkossa');

    // A colleague saves the project while the form is open.
    const saved = await page.evaluate<number>(`(async () => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const response = await fetch('/api/v1/projects/${projectId}', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ version: 1, name: 'Kortin uusiminen kirjastossa' }),
      });
      return response.status;
    })()`);
    expect(saved).toBe(200);

    await page.getByRole('button', { name: 'Tallenna', exact: true }).press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Joku muu tallensi tämän sillä välin' });
    await dialog.waitFor();
    await expectAccessible(page, 'an edit conflict');
    await dialog.getByRole('button', { name: 'Vertaa' }).press('Enter');
    const nameRow = dialog.getByRole('row', { name: /Projektin nimi/ });
    await expect.poll(() => nameRow.textContent()).toContain('Eroaa');
    expect(await nameRow.textContent()).toContain('Kortin uusiminen verkossa');
    expect(await nameRow.textContent()).toContain('Kortin uusiminen kirjastossa');
    await expectAccessible(page, 'an edit conflict compared');

    await dialog.getByRole('button', { name: 'Pidä omat muutokseni' }).press('Enter');
    await page.getByText('Projektin tiedot on tallennettu.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kortin uusiminen verkossa' }).waitFor();
    const version = await page.evaluate<number>(
      `fetch('/api/v1/projects/${projectId}').then((r) => r.json()).then((p) => p.version)`,
    );
    expect(version).toBe(3);
  });
});
