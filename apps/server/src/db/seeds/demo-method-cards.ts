import type { MethodCardContent } from '@timantti/contracts';
import { createMethodCard } from '../../modules/method-cards/commands/create-method-card.ts';
import { editMethodCard } from '../../modules/method-cards/commands/edit-method-card.ts';
import { shippedCardContent } from '../../modules/method-cards/shipped/index.ts';
import type { Db } from '../client.ts';

type Keeper = { organisationId: string; userId: string };

/** Kuntaliitto's own card: the pre-assignment every Jalostamo team does before the first day. */
const preAssignment: MethodCardContent = {
  title: 'Jalostamon ennakkotehtävä',
  purpose:
    'Tiimi tulee ensimmäiseen työpajaan asiakasymmärryksen ja taustatiedon kanssa, jotta työpajan aika käytetään tiedon jalostamiseen eikä sen etsimiseen.',
  phases: ['discover'],
  steps: [
    'Haastatelkaa vähintään kolmea asiakasta heidän tarpeistaan ja toiveistaan.',
    'Kootkaa tutkimustieto, selvitykset, tulevaisuustrendit ja parhaat käytänteet Timantin lähteiksi.',
    'Kirjatkaa haastattelut Timanttiin ja nostakaa kustakin vähintään kolme näyttöä.',
    'Tuokaa työpajaan yksi kysymys, johon ette vielä löytäneet vastausta.',
  ],
  minutes: { min: 480, max: 960 },
  groupSize: { min: 3, max: 6 },
  materials: ['Haastattelurunko', 'Suostumuslomakkeet', 'Timantin projektin tutkimusaineisto'],
  tips: ['Jakakaa haastattelut tiimin kesken heti aloituspalaverissa.'],
  pitfalls: ['Ennakkotehtävä jätetään viimeiselle illalle, eikä haastatteluja ehditä tehdä.'],
  example:
    'Kevään 2019 Jalostamossa kymmenen kuntatiimiä haastatteli asiakkaita ja kokosi tietopohjan ennen ensimmäistä työpajaa.',
  tool: 'sessions',
};

/**
 * Lahti keeps its own copy of the customer-interview card for its permit services (so the
 * demo shows a copy to compare with the shipped text and restore), and Kuntaliitto has a card
 * of its own. Every other card is read as shipped, with no row.
 */
export async function seedDemoMethodCards(db: Db, keepers: { lahti: Keeper; kuntaliitto: Keeper }) {
  const interview = shippedCardContent('customer-interview', 'fi');
  await editMethodCard(db, {
    organisationId: keepers.lahti.organisationId,
    key: 'customer-interview',
    actorUserId: keepers.lahti.userId,
    values: {
      version: null,
      language: 'fi',
      content: {
        ...interview,
        title: 'Asiakashaastattelu lupapalveluissa',
        steps: [
          ...interview.steps.slice(0, 2),
          'Kysykää lupa-asiakkaalta myös Lupapisteen ja kaupungin verkkosivujen käytöstä: missä hän etsi ohjeita ensimmäisenä?',
          ...interview.steps.slice(2),
        ],
        example:
          'Lahden tapahtumalupien kehittämisessä tiimi haastatteli tapahtumanjärjestäjiä heti luvan saamisen jälkeen, kun hakemisen vaiheet olivat vielä tuoreessa muistissa.',
      },
    },
  });
  await createMethodCard(db, {
    organisationId: keepers.kuntaliitto.organisationId,
    actorUserId: keepers.kuntaliitto.userId,
    values: { language: 'fi', content: preAssignment },
  });
}
