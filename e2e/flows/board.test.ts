import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

// Two people on one board, each in a browser context of their own: Aino (administrator) and
// Mikko (a member on the KUNTO team). The demo project has interviews with evidence.
let aino: Page;
let mikko: Page;
let boardUrl = '';

const group = (page: Page, title: string) =>
  page.locator('section.board-group').filter({
    has: page.getByRole('heading', { level: 2, name: new RegExp(`^${title}`) }),
  });
const cardIn = (section: Locator, text: string) =>
  section.getByRole('group', { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')) });

/** Moves a card to a group from its menu, by keyboard only. */
async function moveByKeyboard(page: Page, cardText: string, groupTitle: string) {
  const menu = page.getByRole('button', { name: new RegExp(`^Kortin ${cardText}.* toiminnot$`) });
  await menu.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Siirrä ryhmään' }).waitFor();
  await page.keyboard.press('ArrowRight');
  const target = page.getByRole('menuitem', { name: groupTitle });
  await target.waitFor();
  const focused = page.locator(':focus');
  for (let i = 0; i < 10 && (await focused.textContent()) !== groupTitle; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

describe('a live affinity board', () => {
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

  it('creates a board and brings a whole search result onto it', async () => {
    await aino.getByRole('link', { name: /^KUNTO/ }).press('Enter');
    await aino.getByRole('link', { name: 'Affiniteettitaulut' }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Affiniteettitaulut' }).waitFor();
    await expectAccessible(aino, 'boards, none yet');
    await aino.getByLabel('Taulun nimi').fill('Haastattelujen synteesi');
    await aino.getByRole('button', { name: 'Luo taulu' }).press('Enter');
    await aino.getByRole('heading', { level: 1, name: 'Haastattelujen synteesi' }).waitFor();
    await aino.getByText('Yhteys taululle on auki').waitFor();
    boardUrl = aino.url();

    await aino.getByRole('button', { name: 'Tuo evidenssiä' }).press('Enter');
    const dialog = aino.getByRole('dialog', { name: 'Tuo evidenssiä taululle' });
    await dialog.getByRole('searchbox', { name: 'Hae evidenssiä' }).fill('palvelu');
    await dialog.getByRole('searchbox', { name: 'Hae evidenssiä' }).press('Enter');
    await dialog.getByText(/evidenssiä löytyi/).waitFor();
    await expectAccessible(aino, 'bringing evidence to a board');
    await dialog.getByRole('button', { name: 'Tuo kaikki hakutulokset' }).press('Enter');
    await aino.getByText(/korttia lisättiin taululle/).waitFor();
    const ungrouped = group(aino, 'Ryhmittelemättömät');
    await cardIn(ungrouped, 'mielenterveyspalveluun').waitFor();
    await cardIn(ungrouped, 'kirjauksiin jää').waitFor();
    await expectAccessible(aino, 'board with cards');
  });

  it('shows each person the other’s moves, and who is on the board', async () => {
    await mikko.goto(boardUrl);
    await mikko.getByRole('heading', { level: 1, name: 'Haastattelujen synteesi' }).waitFor();
    await cardIn(group(mikko, 'Ryhmittelemättömät'), 'mielenterveyspalveluun').waitFor();
    await aino.getByText(/Taululla nyt: .*Mikko Laine/).waitFor();

    // Aino groups by keyboard alone: a new group from the toolbar, then a card by its menu.
    await aino.getByRole('button', { name: 'Uusi ryhmä' }).focus();
    await aino.keyboard.press('Enter');
    await aino.getByLabel('Ryhmän otsikko').fill('Odottaminen');
    await aino.keyboard.press('Enter');
    await group(aino, 'Odottaminen').waitFor();
    await moveByKeyboard(aino, 'Nuori jää', 'Odottaminen');
    await aino.getByText('Kortti siirrettiin ryhmään Odottaminen.').waitFor();
    await cardIn(group(mikko, 'Odottaminen'), 'mielenterveyspalveluun').waitFor();

    // Mikko moves the other card; Aino sees it.
    await moveByKeyboard(mikko, 'kirjauksiin', 'Odottaminen');
    await cardIn(group(aino, 'Odottaminen'), 'kirjauksiin jää').waitFor();
    await expectAccessible(mikko, 'board, grouped');

    // Arrow keys go from card to card within the group.
    const waiting = group(aino, 'Odottaminen').locator('[data-card-id]');
    const [first, second] = await waiting.evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('aria-label') ?? ''),
    );
    await waiting.first().focus();
    await aino.keyboard.press('ArrowDown');
    await expect.poll(() => aino.locator(':focus').getAttribute('aria-label')).toBe(second);
    await aino.keyboard.press('Home');
    await expect.poll(() => aino.locator(':focus').getAttribute('aria-label')).toBe(first);

    // Aino's undo takes back her own move only, for both of them.
    await aino.keyboard.press('Control+z');
    await cardIn(group(mikko, 'Ryhmittelemättömät'), 'mielenterveyspalveluun').waitFor();
    await cardIn(group(mikko, 'Odottaminen'), 'kirjauksiin jää').waitFor();
  });

  it('suggests themes, and groups only what the team accepts', async () => {
    // Sticky notes from the workshop wall, about two things.
    for (const note of [
      'Jono terveysasemalle on pitkä.',
      'Jonossa odottaminen turhauttaa.',
      'Puhelinjono kestää tunnin.',
      'Lomake on vaikea täyttää.',
      'Lomakkeen kentät ovat epäselviä.',
      'Lomakkeessa on liikaa kysymyksiä.',
    ]) {
      await aino.getByRole('button', { name: 'Uusi muistilappu' }).press('Enter');
      await aino.getByLabel('Teksti').fill(note);
      await aino.getByRole('button', { name: 'Tallenna muistilappu' }).press('Enter');
      await cardIn(group(mikko, 'Ryhmittelemättömät'), note).waitFor();
    }

    await aino.getByRole('button', { name: 'Ehdota teemoja' }).press('Enter');
    const dialog = aino.getByRole('dialog', { name: 'Teemaehdotukset' });
    await dialog.getByRole('radio', { name: /^Ryhmittelemättömät kortit/ }).focus();
    await aino.keyboard.press('Space');
    await dialog.getByLabel('Teemojen määrä').fill('2');
    await expectAccessible(aino, 'theme suggestion, before the run');
    await dialog.getByRole('button', { name: 'Ehdota', exact: true }).press('Enter');
    await dialog.getByText(/teemaa ehdotettu/).waitFor();
    await expectAccessible(aino, 'theme suggestions');
    const before = await aino.locator('section.board-group').count();

    const first = dialog
      .getByRole('listitem')
      .filter({ has: aino.getByRole('textbox') })
      .first();
    await first.getByRole('textbox').fill('Tiedonkulku');
    await first.getByRole('button', { name: 'Hyväksy ryhmäksi' }).press('Enter');
    await dialog
      .getByText(/Ryhmä Tiedonkulku luotiin/)
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Hylkää' }).first().press('Enter');
    await dialog.getByRole('button', { name: 'Sulje' }).press('Enter');

    await group(mikko, 'Tiedonkulku').waitFor();
    expect(await aino.locator('section.board-group').count()).toBe(before + 1);

    // A pointer drags a card into a group as well.
    const ungrouped = group(aino, 'Ryhmittelemättömät').locator('li.board-card');
    const dragged = (await ungrouped.first().locator('.board-card__text').textContent()) ?? '';
    await ungrouped.first().dragTo(group(aino, 'Tiedonkulku'));
    await cardIn(group(mikko, 'Tiedonkulku'), dragged.slice(0, 20)).waitFor();
  });

  it('lets the customer member add a sticky note by keyboard, but not write insights', async () => {
    // Sami is a customer member (kokemusasiantuntija) on the KUNTO team.
    const sami = await newPage(browser);
    await signInWithKeyboard(sami, 'sami.nieminen@lahti.example');
    await sami.waitForURL(/\/o\/lahti\/projects/);
    await sami.goto(boardUrl);
    await sami.getByRole('heading', { level: 1, name: 'Haastattelujen synteesi' }).waitFor();
    await sami.getByText('Yhteys taululle on auki').waitFor();
    expect(await sami.getByText('Voit katsoa taulua mutta et muuttaa sitä.').count()).toBe(0);

    await sami.getByRole('button', { name: 'Uusi muistilappu' }).focus();
    await sami.keyboard.press('Enter');
    const note = 'Nuorelle pitää kertoa, kuka häntä ohjaa seuraavaksi.';
    await sami.getByLabel('Teksti').fill(note);
    await sami.getByRole('button', { name: 'Tallenna muistilappu' }).press('Enter');
    await sami.getByText('Muistilappu lisättiin ryhmittelemättömiin.').waitFor();
    await cardIn(group(aino, 'Ryhmittelemättömät'), note).waitFor();

    // Writing an insight from a group stays with the team: the group is there, its button not.
    await group(sami, 'Odottaminen').waitFor();
    expect(
      await sami.getByRole('button', { name: 'Kirjoita oivallus ryhmästä Odottaminen' }).count(),
    ).toBe(0);
    await expectAccessible(sami, 'board, as the customer member');
    await sami.context().close();
  });

  it('writes an insight from a group, resting on the evidence of its cards', async () => {
    await aino
      .getByRole('button', { name: 'Kirjoita oivallus ryhmästä Odottaminen' })
      .press('Enter');
    const dialog = aino.getByRole('dialog', { name: 'Oivallus ryhmästä Odottaminen' });
    await dialog.getByText('Oivallus perustuu yhteen evidenssiin.').waitFor();
    await dialog
      .getByRole('textbox', { name: /^Oivallus/ })
      .fill('Ohjauksen perusteet eivät jää talteen, joten nuoren tarina kerrotaan yhä uudelleen.');
    await dialog
      .getByRole('textbox', { name: /^Miten voisimme/ })
      .fill('Miten voisimme kulkea nuoren tarinan mukana palvelusta toiseen?');
    await expectAccessible(aino, 'insight from a group');
    await dialog.getByRole('button', { name: 'Tallenna oivallus' }).press('Enter');
    await aino.getByText('Oivallus tallennettiin.').waitFor();
    await aino.getByRole('link', { name: 'Avaa oivallus' }).press('Enter');
    await aino
      .getByRole('heading', { level: 1, name: /Ohjauksen perusteet eivät jää talteen/ })
      .waitFor();
    await aino.getByText(/kirjauksiin jää vain/).waitFor();
    await aino.getByText(/1 osallistuja ja 1 /).waitFor();
    await expectAccessible(aino, 'insight from a board group');
  });
});
