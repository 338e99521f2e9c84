import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signInWithKeyboard,
} from '../support/browser.ts';

const browser = await launchBrowser();

/** Bytes of a text in ISO-8859-1 (Latin-1), as Excel saves CSV in Finland: one byte a letter. */
function latin1(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not in Latin-1: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}

const NOTE = [
  'Haastattelu maaliskuussa.',
  'Haastateltava kertoi: Työpaja auttoi ymmärtämään, mitä lupaa haetaan. Silti lupaa piti hakea kolmesta eri paikasta.',
  'Hän toivoi yhtä asiointikanavaa.',
].join('\n');
const PASSAGE = 'Työpaja auttoi ymmärtämään, mitä lupaa haetaan.';

// A Webropol-style export: a bookkeeping column, background details and one open question.
// 26 respondents, so that searching them needs a second page of results.
const SURVEY = [
  'Vastaaja;Ikäryhmä;Asuinalue;Mikä lupa-asioinnissa oli vaikeinta?',
  '1;30-39;Keskusta;Palvelupolku oli sekava, en löytänyt oikeaa lomaketta.',
  ...Array.from(
    { length: 25 },
    (_, i) =>
      `${i + 2};${i % 2 ? '60+' : '40-49'};${i % 2 ? 'Ahtiala' : 'Kärpänen'};"Työpajassa sain apua; lupien käsittely kesti silti liian kauan (${i + 2})."`,
  ),
  '',
].join('\r\n');

const research = (page: Page, part: string) =>
  page.getByRole('navigation', { name: 'Tutkimusaineisto' }).getByRole('link', { name: part });

// One signed-in page walks through the repository; each step builds on the one before.
let page: Page;

describe('the research repository', () => {
  beforeAll(async () => {
    page = await newPage(browser);
    await signInWithKeyboard(page, 'aino.virtanen@lahti.example');
    await page.waitForURL(/\/o\/lahti\/projects/);
    await page.getByRole('link', { name: 'Uusi projekti' }).press('Enter');
    await page.getByLabel('Projektin nimi').fill('Lupa-asioinnin asiakasymmärrys');
    await page.getByRole('button', { name: 'Luo projekti' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lupa-asioinnin asiakasymmärrys' }).waitFor();
  });

  it('adds a participant with consent, and keeps contact details behind an audited view', async () => {
    await page.getByRole('link', { name: 'Osallistujat' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Osallistujat' }).waitFor();
    await expect
      .poll(() => page.title())
      .toBe('Osallistujat – Lupa-asioinnin asiakasymmärrys – Timantti');
    await expectAccessible(page, 'participants, none yet');

    await page.getByRole('link', { name: 'Uusi osallistuja' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uusi osallistuja' }).waitFor();
    // Submitting without a purpose names the missing field.
    await page.getByRole('button', { name: 'Lisää osallistuja' }).press('Enter');
    await expect.poll(() => page.getByText('Pakollinen tieto puuttuu').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'new participant with errors');

    await page.getByLabel('Segmentti').fill('Tapahtumajärjestäjät');
    await page.getByRole('button', { name: '+ Lisää taustatieto' }).press('Enter');
    await page.getByLabel('Taustatieto 1: nimi').fill('ikäryhmä');
    await page.getByLabel('Taustatieto 1: arvo').fill('40-49');
    await page
      .getByLabel('Käyttötarkoitus')
      .fill('Haastattelun käyttö lupapalvelujen kehittämiseen');
    await page.getByLabel('Voimassa asti').fill('2030-12-31');
    await page.getByLabel('Nimi', { exact: true }).fill('Maija Meikäläinen');
    await page.getByLabel('Puhelin').fill('040 123 4567');
    await expectAccessible(page, 'new participant filled in');
    await page.getByRole('button', { name: 'Lisää osallistuja' }).press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Osallistuja H-001' }).waitFor();
    await page.getByText('Suostumus: Voimassa').waitFor();
    await expectAccessible(page, 'participant page');

    await page.getByRole('button', { name: 'Muokkaa tietoja' }).press('Enter');
    await page.getByLabel('Taustatieto 1: arvo').fill('50-59');
    await expectAccessible(page, 'editing participant details');
    await page.getByRole('button', { name: 'Tallenna tiedot' }).press('Enter');
    await page.getByText('Osallistujan tiedot on tallennettu.').waitFor();
    await page.getByRole('definition').filter({ hasText: '50-59' }).waitFor();

    // Contact details are fetched only on request; the page says each view is logged.
    expect(await page.getByText('Maija Meikäläinen').count()).toBe(0);
    await page.getByText('Jokainen katselu ja muutos kirjataan lokiin.').waitFor();
    await page.getByRole('button', { name: 'Näytä yhteystiedot' }).press('Enter');
    await page.getByText('Maija Meikäläinen').waitFor();
    await expectAccessible(page, 'participant with contact details shown');

    // The consequential actions ask first; both dialogs are checked, then cancelled.
    await page.getByRole('button', { name: 'Peru suostumus' }).press('Enter');
    await page.getByRole('alertdialog', { name: /Perutaanko osallistujan H-001/ }).waitFor();
    await expectAccessible(page, 'withdraw consent dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Poista osallistujan tiedot' }).press('Enter');
    const erase = page.getByRole('alertdialog', { name: /Poistetaanko osallistujan H-001/ });
    await erase.getByText('Poistoa ei voi perua.').waitFor();
    await expectAccessible(page, 'erase participant dialog');
    await erase.getByRole('button', { name: 'Peruuta' }).press('Enter');
    await expect.poll(() => erase.count()).toBe(0);
  });

  it('logs an interview with a note and makes evidence from a passage by keyboard', async () => {
    await research(page, 'Tutkimustilanteet').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tutkimustilanteet' }).waitFor();
    await expectAccessible(page, 'research sessions, none yet');
    await page.getByRole('link', { name: 'Uusi tutkimustilanne' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uusi tutkimustilanne' }).waitFor();
    await page.getByLabel('Otsikko').fill('Tapahtumajärjestäjän haastattelu');
    await page.getByLabel('Paikka').fill('Lahden kaupungintalo');
    await page.getByRole('checkbox', { name: 'Aino Virtanen' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'H-001 (Tapahtumajärjestäjät)' }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Menetelmä').fill('Haastattelurunko: lupien haku, neuvonta, odotukset.');
    await expectAccessible(page, 'new research session');
    await page.getByRole('button', { name: 'Tallenna tutkimustilanne' }).press('Enter');

    await page
      .getByRole('heading', { level: 1, name: 'Tapahtumajärjestäjän haastattelu' })
      .waitFor();
    await expectAccessible(page, 'research session without notes');

    // Typed as a transcript is: the first line made a heading from the toolbar, by keyboard.
    const editor = page.getByRole('textbox', { name: 'Teksti' });
    await editor.focus();
    const [heading, ...lines] = NOTE.split('\n');
    await page.keyboard.type(heading ?? '');
    await page.keyboard.press('Shift+Tab');
    // Into the toolbar from the text's side, then along it with the arrow keys.
    const focused = async () => (await page.locator(':focus').textContent()) ?? '';
    for (let step = 0; step < 8 && !(await focused()).endsWith('Otsikko'); step += 1) {
      await page.keyboard.press('ArrowLeft');
    }
    expect(await focused()).toBe('H2Otsikko');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('button', { name: 'Otsikko', pressed: true }).count())
      .toBe(1);
    await page.keyboard.press('End');
    for (const line of lines) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await expectAccessible(page, 'rich-text editor with a note typed');
    await page.getByRole('button', { name: /Ei yksittäistä osallistujaa/ }).click();
    await page.getByRole('option', { name: 'H-001' }).click();
    await page.getByRole('button', { name: 'Tallenna muistiinpano' }).press('Enter');
    const text = page.getByLabel('Muistiinpanon teksti: Muistiinpano 1');
    await text.waitFor();
    await expectAccessible(page, 'research session with a note');

    await text.getByRole('heading', { name: 'Haastattelu maaliskuussa.' }).waitFor();

    // Into the text, to the passage, then Shift + arrow keys over it.
    await text.focus();
    await page.keyboard.press('Control+Home');
    const start = NOTE.indexOf(PASSAGE);
    for (let i = 0; i < start; i += 1) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < PASSAGE.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await page.getByText(`Valittu: ”${PASSAGE}”`).waitFor();
    await page.getByRole('button', { name: 'Tee valinnasta evidenssi' }).press('Enter');

    await page.getByText(`Evidenssi tehty: ”${PASSAGE}”`).waitFor();
    const made = page.getByRole('article').getByRole('listitem').filter({ hasText: PASSAGE });
    await expect.poll(() => made.textContent()).toContain('Sitaatti');
    await expectAccessible(page, 'research session with evidence from a passage');

    // The mouse selects too: a triple click takes the first line.
    await text.click({ clickCount: 3, position: { x: 12, y: 12 } });
    await page.getByText('Valittu: ”Haastattelu maaliskuussa.”').waitFor();
    await page.getByRole('button', { name: 'Tee valinnasta evidenssi' }).click();
    await page.getByText('Evidenssi tehty: ”Haastattelu maaliskuussa.”').waitFor();
    await expect.poll(() => page.locator('.passage-mark').count()).toBeGreaterThanOrEqual(2);

    // An edit of the note keeps its evidence pointing at the passage.
    await page.getByRole('button', { name: 'Muokkaa muistiinpanoa Muistiinpano 1' }).press('Enter');
    const edit = page.getByRole('form', { name: 'Muokkaa muistiinpanoa' });
    await edit.getByRole('textbox', { name: 'Teksti' }).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Puhelinneuvonta auttoi.');
    await expectAccessible(page, 'editing a note');
    await edit.getByRole('button', { name: 'Tallenna muutokset' }).press('Enter');
    await page.getByText('Muistiinpano nimetön on päivitetty.').waitFor();
    await expect.poll(() => text.textContent()).toContain('Puhelinneuvonta auttoi.');
    await expect.poll(() => page.getByText('Kohta ei ole enää muistiinpanossa').count()).toBe(0);
    await expect.poll(() => page.locator('.passage-mark').allTextContents()).toContain(PASSAGE);
  });

  it('compares a note edit with one a colleague saved first, and keeps mine', async () => {
    await page.getByRole('button', { name: 'Muokkaa muistiinpanoa Muistiinpano 1' }).press('Enter');
    const edit = page.getByRole('form', { name: 'Muokkaa muistiinpanoa' });
    await edit.getByRole('textbox', { name: 'Otsikko' }).fill('Maaliskuun haastattelu');

    // A colleague saves the note while the form is open.
    const opened = await page.evaluate<{ status: number; version: number }>(`(async () => {
      const [, projectId, sessionId] =
        /projects\\/([^/]+)\\/research\\/sessions\\/([^/?#]+)/.exec(location.pathname);
      const me = await (await fetch('/api/v1/auth/me')).json();
      const notes = await (
        await fetch('/api/v1/projects/' + projectId + '/sessions/' + sessionId + '/notes')
      ).json();
      const note = notes.items[0];
      const response = await fetch('/api/v1/projects/' + projectId + '/notes/' + note.id, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          title: 'Kollegan otsikko',
          content: note.content,
          language: note.language,
          participantId: note.participantId,
          version: note.version,
        }),
      });
      return { status: response.status, version: note.version };
    })()`);
    expect(opened.status).toBe(200);

    await edit.getByRole('button', { name: 'Tallenna muutokset' }).press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Joku muu tallensi tämän sillä välin' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Vertaa' }).press('Enter');
    const titleRow = dialog.getByRole('row', { name: /Otsikko/ });
    await expect.poll(() => titleRow.textContent()).toContain('Eroaa');
    expect(await titleRow.textContent()).toContain('Maaliskuun haastattelu');
    expect(await titleRow.textContent()).toContain('Kollegan otsikko');
    await expectAccessible(page, 'a note edit conflict compared');

    await dialog.getByRole('button', { name: 'Pidä omat muutokseni' }).press('Enter');
    await page.getByText('Muistiinpano Maaliskuun haastattelu on päivitetty.').waitFor();
    const saved = await page.evaluate<{ title: string; version: number }>(`(async () => {
      const [, projectId, sessionId] =
        /projects\\/([^/]+)\\/research\\/sessions\\/([^/?#]+)/.exec(location.pathname);
      const notes = await (
        await fetch('/api/v1/projects/' + projectId + '/sessions/' + sessionId + '/notes')
      ).json();
      return notes.items[0];
    })()`);
    expect(saved.title).toBe('Maaliskuun haastattelu');
    expect(saved.version).toBe(opened.version + 2);
  });

  it('tags the evidence in the evidence list', async () => {
    await research(page, 'Evidenssi').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Evidenssi' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: PASSAGE });
    await card.getByText('H-001').first().waitFor();
    await expectAccessible(page, 'evidence list');

    await card.getByRole('button', { name: 'Muokkaa tunnisteita' }).press('Enter');
    await card.getByLabel('Uusi tunniste').fill('Luvat');
    await card.getByLabel('Uusi tunniste').press('Enter');
    await page.getByText('Tunniste Luvat on lisätty ja valittu.').waitFor();
    await expectAccessible(page, 'evidence with the tag editor open');
    await card.getByRole('button', { name: 'Tallenna tunnisteet' }).press('Enter');
    await card.getByRole('link', { name: 'Luvat' }).waitFor();

    // The tag is in the codebook with its count, and filters the list.
    await research(page, 'Koodikirja').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Koodikirja' }).waitFor();
    await page.getByRole('rowheader', { name: 'Luvat' }).waitFor();
    await page.getByRole('link', { name: '1 evidenssi tunnisteella Luvat' }).waitFor();
    await expectAccessible(page, 'codebook');

    // A duplicate tag is merged into the one in use.
    await page.getByRole('textbox', { name: /^Tunniste/ }).fill('Lupa-asiat');
    await page.getByRole('button', { name: 'Lisää', exact: true }).press('Enter');
    await page.getByRole('rowheader', { name: 'Lupa-asiat' }).waitFor();
    await page.getByRole('button', { name: 'Yhdistä tunniste Lupa-asiat toiseen' }).press('Enter');
    const merge = page.getByRole('alertdialog', { name: /Yhdistetäänkö tunniste Lupa-asiat/ });
    await merge.getByRole('button', { name: /Valitse tunniste/ }).click();
    await page.getByRole('option', { name: 'Luvat' }).click();
    await expectAccessible(page, 'merge tag dialog');
    await merge.getByRole('button', { name: 'Yhdistä tunnisteet' }).press('Enter');
    await page.getByText('Tunniste Lupa-asiat on yhdistetty tunnisteeseen Luvat.').waitFor();
    await expect.poll(() => page.getByRole('rowheader', { name: 'Lupa-asiat' }).count()).toBe(0);
  });

  it('imports a semicolon-separated Latin-1 survey file, after refusing a broken one', async () => {
    await research(page, 'Kokemusdatan tuonti').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kokemusdatan tuonti' }).waitFor();
    await expectAccessible(page, 'import, choose a file');

    const file = page.getByLabel('CSV-tiedosto');
    await file.setInputFiles({
      name: 'rikki.csv',
      mimeType: 'text/csv',
      buffer: latin1('Vastaaja;Vastaus\r\n1;Hyvä\r\n2;Liikaa;kenttiä\r\n'),
    });
    await page.getByRole('button', { name: 'Lataa esikatseluun' }).press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/Rivi 3/);
    await expectAccessible(page, 'import with a broken file');

    await file.setInputFiles({
      name: 'lupakysely.csv',
      mimeType: 'text/csv',
      buffer: latin1(SURVEY),
    });
    await page.getByRole('button', { name: 'Lataa esikatseluun' }).press('Enter');
    await page.getByRole('heading', { name: 'Tarkista ja valitse sarakkeiden käyttö' }).waitFor();
    await page.getByText('Windows-1252 (Latin-1, Excelin oletus)').waitFor();
    await page.getByText('puolipiste (;)').waitFor();
    await page.getByRole('columnheader', { name: 'Ikäryhmä' }).waitFor();
    await page
      .getByRole('cell', { name: 'Palvelupolku oli sekava, en löytänyt oikeaa lomaketta.' })
      .waitFor();
    await expectAccessible(page, 'import preview');

    await page.getByRole('button', { name: /Sarake 3: Asuinalue/ }).click();
    await page.getByRole('option', { name: 'Segmentti' }).click();
    await page.getByLabel('Kyselyn nimi').fill('Lupapalvelukysely 2026');
    await page
      .getByLabel('Käyttötarkoitus')
      .fill('Kyselyvastausten käyttö lupapalvelujen kehittämiseen');
    await page.getByRole('button', { name: 'Tuo aineisto' }).press('Enter');

    // The import runs as a job on the server, followed on its own page.
    await page.waitForURL(/\/research\/import\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Tuonti valmis' }).waitFor();
    await page
      .getByText('Kyselyyn Lupapalvelukysely 2026 tuotiin 26 osallistujaa ja 26 evidenssiä.')
      .waitFor();
    await expectAccessible(page, 'import done');

    await page.getByRole('link', { name: 'Avaa kysely' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lupapalvelukysely 2026' }).waitFor();
    await page.getByRole('link', { name: 'H-003' }).waitFor();
  });

  it('keeps desk-research sources with their citation', async () => {
    await research(page, 'Lähteet').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lähteet' }).waitFor();
    await page.getByRole('link', { name: 'Uusi lähde' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uusi lähde' }).waitFor();
    await page.getByLabel('Vuosi').fill('24');
    await page.getByRole('button', { name: 'Tallenna lähde' }).press('Enter');
    await page.getByText('Anna vuosi neljällä numerolla (1800–2200).').waitFor();
    await expectAccessible(page, 'new source with errors');
    await page.getByLabel('Nimi').fill('Lahden kuntalaiskysely 2024');
    await page.getByLabel('Vuosi').fill('2024');
    await page.getByLabel('Verkko-osoite').fill('https://www.lahti.fi/kuntalaiskysely');
    await page.getByRole('button', { name: 'Tallenna lähde' }).press('Enter');
    await page.getByRole('heading', { level: 2, name: /Lahden kuntalaiskysely 2024/ }).waitFor();
    await expectAccessible(page, 'sources');
  });

  it('finds the evidence and an imported answer with an inflected Finnish word', async () => {
    await research(page, 'Haku').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Haku' }).waitFor();
    await expectAccessible(page, 'search, nothing asked yet');
    // The hint promises compound parts because this server has Voikko (CI installs it).
    await page.getByText('”polku” palvelupolun', { exact: false }).waitFor();

    await page.getByLabel('Hakusanat').fill('työpajoissa');
    await page.getByRole('button', { name: /Kaikki aineistot/ }).click();
    await page.getByRole('option', { name: 'Evidenssi' }).click();
    await page.getByRole('button', { name: 'Hae', exact: true }).press('Enter');

    await page.getByText('Näytetään 20 ensimmäistä tulosta. Lisää on saatavilla.').waitFor();
    await expectAccessible(page, 'search results, first page');
    await page.getByRole('button', { name: 'Lataa lisää' }).press('Enter');
    await page.getByText('26 tulosta').waitFor();
    // Reading continues from the first result that was loaded.
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.className ?? ''"))
      .toContain('search-hit__link');
    const marks = page.locator('.search-hit mark');
    await expect
      .poll(() => marks.allTextContents())
      .toEqual(expect.arrayContaining(['Työpaja', 'Työpajassa']));
    await page.getByRole('link', { name: 'Evidenssi, osallistuja H-001' }).waitFor();
    await expectAccessible(page, 'search results');

    // A part of a compound word finds it too: polku → palvelupolku.
    await page.getByLabel('Hakusanat').fill('polku');
    await page.getByRole('button', { name: 'Hae', exact: true }).press('Enter');
    await page.getByText('1 tulos').waitFor();
    await page.getByText(/Palvelupolku oli sekava/).waitFor();

    // A hit opens the evidence where it is, in the list.
    await page.getByRole('link', { name: /Evidenssi, osallistuja H-002/ }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Evidenssi' }).waitFor();
    await expect
      .poll(() => page.evaluate<string>("document.activeElement?.textContent ?? ''"))
      .toContain('Palvelupolku oli sekava');
  });

  it('erases a respondent: their evidence is shown as withdrawn', async () => {
    await research(page, 'Osallistujat').press('Enter');
    await page.getByRole('link', { name: 'H-002' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Osallistuja H-002' }).waitFor();
    await page.getByRole('button', { name: 'Poista osallistujan tiedot' }).press('Enter');
    await page.getByRole('button', { name: 'Poista pysyvästi' }).press('Enter');
    await page.getByText('Osallistujan H-002 tiedot on poistettu.').waitFor();
    await page.getByText('Poistettu', { exact: true }).first().waitFor();
    await expectAccessible(page, 'erased participant');

    await research(page, 'Evidenssi').press('Enter');
    await page.getByText('Evidenssi on poistettu osallistujan pyynnöstä.').waitFor();
    expect(await page.getByText('Palvelupolku oli sekava').count()).toBe(0);
    await expectAccessible(page, 'evidence list with withdrawn evidence');
  });

  it('shows a viewer the material without the means to change it', async () => {
    const viewer = await newPage(browser);
    await signInWithKeyboard(viewer, 'paivi.makinen@lahti.example');
    await viewer.waitForURL(/\/o\/lahti\/projects/);
    await viewer.getByRole('link', { name: /KUNTO/ }).press('Enter');
    await viewer.getByRole('link', { name: 'Osallistujat' }).press('Enter');
    await viewer.getByRole('heading', { level: 1, name: 'Osallistujat' }).waitFor();
    expect(await viewer.getByRole('link', { name: 'Uusi osallistuja' }).count()).toBe(0);
    expect(await research(viewer, 'Kokemusdatan tuonti').count()).toBe(0);
    await research(viewer, 'Koodikirja').press('Enter');
    await viewer.getByRole('heading', { level: 1, name: 'Koodikirja' }).waitFor();
    expect(await viewer.getByRole('button', { name: 'Lisää', exact: true }).count()).toBe(0);
    await expectAccessible(viewer, 'codebook for a viewer');
  });

  it('shows the customer member participants by code and sessions by evidence, no notes', async () => {
    // Sami is a customer member (kokemusasiantuntija) on the KUNTO team.
    const sami = await newPage(browser);
    await signInWithKeyboard(sami, 'sami.nieminen@lahti.example');
    await sami.waitForURL(/\/o\/lahti\/projects/);
    await sami.getByRole('link', { name: /KUNTO/ }).press('Enter');
    await sami.getByRole('link', { name: 'Osallistujat' }).press('Enter');
    await sami.getByRole('link', { name: 'H-001' }).press('Enter');
    await sami.getByRole('heading', { level: 1, name: 'Osallistuja H-001' }).waitFor();
    await sami.getByText('Osallistujien taustatiedot näkyvät vain tutkimusta tekeville.').waitFor();
    expect(await sami.getByText('Liipola').count()).toBe(0);
    expect(await sami.getByRole('heading', { name: 'Yhteystiedot' }).count()).toBe(0);
    await expectAccessible(sami, 'participant for a customer member');

    await research(sami, 'Tutkimustilanteet').press('Enter');
    await sami
      .getByRole('link', { name: 'Nuoren asiakkaan haastattelu: palvelupolku työkykyyn' })
      .press('Enter');
    await sami.getByRole('heading', { level: 2, name: 'Evidenssi tästä tilanteesta' }).waitFor();
    await sami
      .getByText(/Jouduin kertomaan saman tarinan/)
      .first()
      .waitFor();
    expect(await sami.getByRole('heading', { name: 'Muistiinpanot' }).count()).toBe(0);
    expect(await sami.getByText(/Haastattelijan havainto/).count()).toBe(0);
    await expectAccessible(sami, 'session for a customer member');
    await sami.context().close();
  });

  it("shows a big import's progress, and where it is when one leaves and comes back", async () => {
    await research(page, 'Kokemusdatan tuonti').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kokemusdatan tuonti' }).waitFor();
    // The earlier import is listed, to go back to.
    await page.getByRole('link', { name: 'Lupapalvelukysely 2026 (valmis)' }).waitFor();
    await expectAccessible(page, 'import with recent imports');
    // The big one goes to a project of its own, whose lists the other steps do not read.
    await page.goto(new URL('/o/lahti/projects', page.url()).toString());
    await page.getByRole('link', { name: 'Uusi projekti' }).press('Enter');
    await page.getByLabel('Projektin nimi').fill('Neuvonnan asiakaskysely');
    await page.getByRole('button', { name: 'Luo projekti' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Neuvonnan asiakaskysely' }).waitFor();
    await page.getByRole('link', { name: 'Osallistujat' }).press('Enter');
    await research(page, 'Kokemusdatan tuonti').press('Enter');
    // Long enough to be seen running for some seconds: a large town's service-desk survey.
    const rows = Array.from(
      { length: 80_000 },
      (_, i) =>
        `${i + 1};${i % 3 ? 'Kärpänen' : 'Ahtiala'};Jonotin neuvontaan pitkään, kerta ${i + 1}.`,
    );
    await page.getByLabel('CSV-tiedosto').setInputFiles({
      name: 'neuvontakysely.csv',
      mimeType: 'text/csv',
      buffer: latin1(['Vastaaja;Asuinalue;Miten asiointi sujui?', ...rows, ''].join('\r\n')),
    });
    await page.getByRole('button', { name: 'Lataa esikatseluun' }).press('Enter');
    await page.getByRole('heading', { name: 'Tarkista ja valitse sarakkeiden käyttö' }).waitFor();
    await page
      .getByLabel('Käyttötarkoitus')
      .fill('Kyselyvastausten käyttö neuvonnan kehittämiseen');
    await page.getByRole('button', { name: 'Tuo aineisto' }).press('Enter');
    await page.getByRole('heading', { name: 'Tuodaan kyselyä neuvontakysely' }).waitFor();
    await page.getByRole('progressbar', { name: 'Tuonnin eteneminen' }).waitFor();
    await expectAccessible(page, 'import running');
    const runUrl = page.url();

    // Away, and back through the import page's list while it may still run.
    await research(page, 'Lähteet').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lähteet' }).waitFor();
    await research(page, 'Kokemusdatan tuonti').press('Enter');
    await page
      .getByRole('link', { name: /^neuvontakysely \((odottaa|käynnissä|valmis)\)$/ })
      .press('Enter');
    await page.waitForURL(runUrl);
    await page.getByRole('heading', { name: 'Tuonti valmis' }).waitFor({ timeout: 120_000 });
    await page
      .getByText(/^Kyselyyn neuvontakysely tuotiin 80\s000 osallistujaa ja 80\s000 evidenssiä\.$/)
      .waitFor();
    await research(page, 'Kokemusdatan tuonti').press('Enter');
    await page.getByRole('link', { name: 'neuvontakysely (valmis)' }).waitFor();
  }, 180_000);
});
