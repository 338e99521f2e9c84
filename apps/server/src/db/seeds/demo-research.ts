import type { RichTextBlock, RichTextDoc, RichTextInline } from '@timantti/contracts';
import { createEvidence } from '../../modules/research/evidence/commands/create-evidence.ts';
import { createNote } from '../../modules/research/notes/commands/create-note.ts';
import { createParticipant } from '../../modules/research/participants/commands/create-participant.ts';
import { createSession } from '../../modules/research/sessions/commands/create-session.ts';
import { createSource } from '../../modules/research/sources/commands/create-source.ts';
import { insertTag } from '../../modules/research/tags/tags.repo.ts';
import type { Queryable } from '../client.ts';

// The research material of the demo projects: invented residents and staff (pseudonymous, no
// contact details), interviews and a workshop written after the seed projects' own accounts,
// and the articles those projects were described in as desk research.

type DemoParticipant = {
  kind: 'customer' | 'staff' | 'partner';
  segment: string;
  attributes: Record<string, string>;
};

type DemoNote = {
  title: string;
  participant?: number;
  blocks: RichTextBlock[];
  /** Passages made into evidence: their exact words in the note, their kind and tags. */
  passages: { text: string; kind: 'quote' | 'observation' | 'fact'; tags: string[] }[];
};

type DemoSession = {
  kind: 'interview' | 'workshop' | 'observation';
  title: string;
  heldOn: string;
  place: string;
  methodNotes: string;
  participants: number[];
  notes: DemoNote[];
};

export type DemoResearch = {
  participants: DemoParticipant[];
  sessions: DemoSession[];
  sources: {
    kind: 'research' | 'report' | 'best_practice';
    title: string;
    author: string;
    year: number;
    citation: string;
    summary: string;
  }[];
};

const text = (value: string, bold = false): RichTextInline =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value };
const p = (...content: RichTextInline[]): RichTextBlock => ({ type: 'paragraph', content });
const h = (value: string): RichTextBlock => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [text(value)],
});
const said = (who: string, words: string) => p(text(`${who}: `, true), text(words));

export const kuntoResearch: DemoResearch = {
  participants: [
    {
      kind: 'customer',
      segment: 'Alle 30-vuotiaat työnhakijat',
      attributes: { ikäryhmä: '18–24', asuinalue: 'Liipola' },
    },
    {
      kind: 'customer',
      segment: 'Alle 30-vuotiaat työnhakijat',
      attributes: { ikäryhmä: '25–29', asuinalue: 'Keskusta' },
    },
    {
      kind: 'staff',
      segment: 'Työllisyyspalvelujen ohjaajat',
      attributes: { yksikkö: 'Työllisyyden kuntakokeilu' },
    },
    {
      kind: 'customer',
      segment: 'Kokemusasiantuntijat',
      attributes: { ikäryhmä: '25–29', rooli: 'kokemusasiantuntija' },
    },
  ],
  sessions: [
    {
      kind: 'interview',
      title: 'Nuoren asiakkaan haastattelu: palvelupolku työkykyyn',
      heldOn: '2026-09-14',
      place: 'Lahden työllisyyspalvelut, Vapaudenkatu',
      methodNotes:
        'Haastattelurunko: 1) arki ja tavoitteet, 2) kohtaamiset palveluissa, 3) mikä auttoi, mikä esti, 4) toiveet.',
      participants: [0],
      notes: [
        {
          title: 'Litterointi, osa 1',
          participant: 0,
          blocks: [
            h('Kohtaamiset palveluissa'),
            said(
              'H',
              'Jouduin kertomaan saman tarinan neljälle eri ihmiselle, eikä kukaan tuntunut tietävän, mitä toinen oli jo luvannut.',
            ),
            said(
              'H',
              'Kun sain vihdoin yhden ohjaajan, joka soitti minulle itse, asiat alkoivat liikkua.',
            ),
            p(
              text(
                'Haastattelijan havainto: asiakas ei tunnistanut, mikä palvelu oli kunnan ja mikä TE-toimiston.',
              ),
            ),
            h('Toiveet'),
            said('H', 'Haluaisin yhden paikan, josta näkee koko polun ja seuraavan askeleen.'),
          ],
          passages: [
            {
              text: 'Jouduin kertomaan saman tarinan neljälle eri ihmiselle, eikä kukaan tuntunut tietävän, mitä toinen oli jo luvannut.',
              kind: 'quote',
              tags: ['Palvelujen pirstaleisuus'],
            },
            {
              text: 'Kun sain vihdoin yhden ohjaajan, joka soitti minulle itse, asiat alkoivat liikkua.',
              kind: 'quote',
              tags: ['Oma ohjaaja'],
            },
            {
              text: 'asiakas ei tunnistanut, mikä palvelu oli kunnan ja mikä TE-toimiston.',
              kind: 'observation',
              tags: ['Palvelujen pirstaleisuus'],
            },
            {
              text: 'Haluaisin yhden paikan, josta näkee koko polun ja seuraavan askeleen.',
              kind: 'quote',
              tags: ['Palvelupolun näkyvyys'],
            },
          ],
        },
      ],
    },
    {
      kind: 'interview',
      title: 'Ohjaajan haastattelu: hiljainen tieto asiakastyössä',
      heldOn: '2026-09-21',
      place: 'Etäyhteys (Teams)',
      methodNotes:
        'Teemahaastattelu: asiakkaan ohjaus, yhteistyö sote-palvelujen kanssa, kirjaaminen.',
      participants: [2],
      notes: [
        {
          title: 'Muistiinpanot',
          participant: 2,
          blocks: [
            said(
              'O',
              'Paras tieto siitä, mikä toimii, on meidän päissämme: kirjauksiin jää vain, mitä palveluun ohjattiin, ei sitä, miksi.',
            ),
            said(
              'O',
              'Nuori jää helposti väliin, kun mielenterveyspalveluun on kolmen kuukauden jono.',
            ),
          ],
          passages: [
            {
              text: 'kirjauksiin jää vain, mitä palveluun ohjattiin, ei sitä, miksi.',
              kind: 'quote',
              tags: ['Hiljainen tieto'],
            },
            {
              text: 'Nuori jää helposti väliin, kun mielenterveyspalveluun on kolmen kuukauden jono.',
              kind: 'quote',
              tags: ['Palvelujen pirstaleisuus', 'Odottaminen'],
            },
          ],
        },
      ],
    },
    {
      kind: 'workshop',
      title: 'Yhteiskehittämisen työpaja kokemusasiantuntijoiden kanssa',
      heldOn: '2026-10-05',
      place: 'Lahden kaupungintalo, Jalkaranta-sali',
      methodNotes:
        'Palvelupolun kuvaaminen seinälle, asiakastarinat pienryhmissä, lopuksi synteesiharjoitus.',
      participants: [1, 3],
      notes: [
        {
          title: 'Synteesiharjoituksen muistiinpanot',
          blocks: [
            h('Mitä ryhmät nostivat esiin'),
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    p(
                      text(
                        'Ensimmäinen yhteydenotto ratkaisee: jos siihen ei vastata viikossa, moni luovuttaa.',
                      ),
                    ),
                  ],
                },
                {
                  type: 'listItem',
                  content: [
                    p(
                      text(
                        'Kokemusasiantuntijan mukanaolo teki tapaamisesta vähemmän viranomaismaisen.',
                      ),
                    ),
                  ],
                },
              ],
            },
          ],
          passages: [
            {
              text: 'Ensimmäinen yhteydenotto ratkaisee: jos siihen ei vastata viikossa, moni luovuttaa.',
              kind: 'observation',
              tags: ['Odottaminen'],
            },
            {
              text: 'Kokemusasiantuntijan mukanaolo teki tapaamisesta vähemmän viranomaismaisen.',
              kind: 'observation',
              tags: ['Kokemusasiantuntijuus'],
            },
          ],
        },
      ],
    },
  ],
  sources: [
    {
      kind: 'report',
      title: 'Palvelumuotoilu KUNTO-hankkeessa',
      author: 'Lahden kaupunki',
      year: 2023,
      citation:
        'Lahden kaupunki (2023). KUNTO – Uusilla kunnallisilla toimilla työkuntoon ja työelämään: palvelumuotoilu KUNTO-hankkeessa.',
      summary:
        'Hankkeen hiljainen tieto koottiin palvelupoluiksi, asiakastarinoiksi ja palvelukonsepteiksi, jotta hyvät käytännöt jäävät elämään.',
    },
    {
      kind: 'best_practice',
      title: 'Jalostamossa yhteiskehitetään asiakaskeskeisesti',
      author: 'Merja Lang, Kuntaliitto',
      year: 2019,
      citation: 'Lang, M. (2019). Jalostamossa yhteiskehitetään asiakaskeskeisesti. Kuntaliitto.',
      summary:
        'Kuntatiimit aloittivat kokeilukehittämisen tietoperustaisesti ja asiakaslähtöisesti: asiakkaita haastateltiin ennen ratkaisuja.',
    },
  ],
};

export const eventPermitResearch: DemoResearch = {
  participants: [
    {
      kind: 'customer',
      segment: 'Yhdistykset',
      attributes: { tapahtuma: 'kaupunginosajuhla', kävijöitä: 'alle 500' },
    },
    {
      kind: 'customer',
      segment: 'Yritykset',
      attributes: { tapahtuma: 'musiikkifestivaali', kävijöitä: 'yli 5 000' },
    },
  ],
  sessions: [
    {
      kind: 'interview',
      title: 'Tapahtumajärjestäjän haastattelu: luvat ja ilmoitukset',
      heldOn: '2026-10-12',
      place: 'Lahden kaupungintalo',
      methodNotes: 'Palvelupolku tapahtuman ideasta lupiin: kanavat, odotukset, kipukohdat.',
      participants: [0, 1],
      notes: [
        {
          title: 'Yhdistyksen puheenjohtaja',
          participant: 0,
          blocks: [
            said(
              'H',
              'En tiennyt, tarvitaanko meidän juhlaan ilmoitus poliisille, meluilmoitus vai vain maanomistajan lupa.',
            ),
            said(
              'H',
              'Soitin kolmeen numeroon, ja jokainen ohjasi minut eteenpäin. Lupapisteestä en löytänyt tapahtumia ollenkaan.',
            ),
          ],
          passages: [
            {
              text: 'En tiennyt, tarvitaanko meidän juhlaan ilmoitus poliisille, meluilmoitus vai vain maanomistajan lupa.',
              kind: 'quote',
              tags: ['Lupatiedon löydettävyys'],
            },
            {
              text: 'Soitin kolmeen numeroon, ja jokainen ohjasi minut eteenpäin.',
              kind: 'quote',
              tags: ['Pallottelu'],
            },
          ],
        },
      ],
    },
  ],
  sources: [
    {
      kind: 'report',
      title: 'LAB-ammattikorkeakoulu tarjoaa palvelumuotoilukoulutusta julkiselle sektorille',
      author: 'LAB-ammattikorkeakoulu',
      year: 2023,
      citation:
        'LAB-ammattikorkeakoulu (2023). City as a Service -hanke: tapahtumien, maankäytön ja rakentamisen lupa-asioinnin kehittäminen.',
      summary:
        'Lahden kaupungin lupa-asiointia kehitettiin palvelumuotoilun keinoin: löydettävyys, prosessit ja asiakaspalvelu.',
    },
  ],
};

/** Writes a project's demo research as the application would have: with consents and vectors. */
export async function seedDemoResearch(
  db: Queryable,
  input: {
    organisationId: string;
    projectId: string;
    facilitatorId: string;
    research: DemoResearch;
  },
) {
  const { organisationId, projectId, facilitatorId, research } = input;
  const participantIds: string[] = [];
  for (const participant of research.participants) {
    participantIds.push(
      await createParticipant(db, {
        actorUserId: facilitatorId,
        projectId,
        values: {
          ...participant,
          consent: {
            purpose:
              'Haastattelu ja työpajat palvelujen kehittämiseksi; tuloksia käytetään nimettöminä.',
            givenOn: '2026-09-01',
            method: 'written',
            expiresOn: '2027-12-31',
          },
        },
      }),
    );
  }
  const participantAt = (index: number) => {
    const id = participantIds[index];
    if (!id) throw new Error(`demo participant ${index} missing`);
    return id;
  };

  const tagIds = new Map<string, string>();
  const tagId = async (name: string) => {
    const existing = tagIds.get(name) ?? (await insertTag(db, projectId, name));
    tagIds.set(name, existing);
    return existing;
  };

  for (const session of research.sessions) {
    const sessionId = await createSession(db, {
      actorUserId: facilitatorId,
      organisationId,
      projectId,
      values: {
        kind: session.kind,
        title: session.title,
        heldOn: session.heldOn,
        place: session.place,
        methodNotes: session.methodNotes,
        facilitatorIds: [facilitatorId],
        participantIds: session.participants.map(participantAt),
      },
    });
    for (const note of session.notes) {
      const content: RichTextDoc = { type: 'doc', content: note.blocks };
      const participantId = note.participant === undefined ? null : participantAt(note.participant);
      const { id: noteId, body } = await createNote(db, {
        actorUserId: facilitatorId,
        projectId,
        sessionId,
        values: { title: note.title, content, language: 'fi', participantId },
      });
      for (const passage of note.passages) {
        const start = body.indexOf(passage.text);
        if (start === -1) throw new Error(`demo passage not in its note: ${passage.text}`);
        const tagIdsOfPassage: string[] = [];
        for (const name of passage.tags) tagIdsOfPassage.push(await tagId(name));
        await createEvidence(db, {
          actorUserId: facilitatorId,
          projectId,
          locale: 'fi',
          values: {
            noteId,
            start,
            end: start + passage.text.length,
            text: passage.text,
            kind: passage.kind,
            tagIds: tagIdsOfPassage,
          },
        });
      }
    }
  }

  for (const source of research.sources) {
    await createSource(db, {
      actorUserId: facilitatorId,
      projectId,
      values: { ...source, url: '', language: 'fi' },
    });
  }
}
