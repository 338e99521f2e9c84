import type { ShippedMethodCard } from './types.ts';

export const customerStory: ShippedMethodCard = {
  phases: ['define'],
  minutes: { min: 45, max: 120 },
  groupSize: { min: 2, max: 6 },
  tool: 'personas',
  fi: {
    title: 'Asiakastarina',
    purpose:
      'Asiakastarina kertoo yhden asiakkaan kokemuksen alusta loppuun kertomuksena. Se tekee tutkimusaineistosta ymmärrettävää ja muistettavaa myös niille, jotka eivät olleet haastatteluissa, ja tuo esiin hiljaista tietoa, joka ei näy tilastoissa.',
    steps: [
      'Valitkaa aineistosta tilanne, joka toistuu useamman asiakkaan kokemuksissa.',
      'Rakentakaa tarina näytöistä: alku (mitä asiakas tarvitsi), käänteet (mitä tapahtui, missä oli vaikeaa) ja loppu (mihin hän päätyi).',
      'Kirjoittakaa asiakkaan äänellä tai kertojana, lyhyesti ja konkreettisesti. Käyttäkää lainauksia.',
      'Liittäkää tarinaan näytöt, joihin se perustuu, ja häivyttäkää tunnistettavat yksityiskohdat.',
      'Lukekaa tarina ääneen tiimille ja sidosryhmille ja kysykää: mikä tässä yllätti?',
    ],
    materials: [
      'Haastattelujen ja havainnoinnin näytöt',
      'Timantin asiakastarinapohja',
      'Palvelupolku, jos sellainen on jo tehty',
    ],
    tips: [
      'Yksi hyvin kerrottu tarina vaikuttaa päättäjiin usein enemmän kuin kymmenen kaaviota.',
      'Tehkää useampi tarina eri asiakasryhmistä, niin kokonaiskuva ei yksinkertaistu liikaa.',
      'Tarina sopii hyvin kirjaseen tai loppuraporttiin havainnollistamaan tuloksia.',
    ],
    pitfalls: [
      'Tarina on keksitty tai liioiteltu eikä perustu aineistoon.',
      'Tarinasta voi tunnistaa todellisen henkilön: muuttakaa yksityiskohtia ja käyttäkää vain pseudonyymejä.',
      'Tarina kertoo vain organisaation onnistumisesta.',
    ],
    example:
      'KUNTO-hankkeen jäsentelyvaiheessa palvelupolkuja ja asiakastarinoita käytettiin hiljaisen tiedon näkyväksi tekemiseen: tarina nuoresta, joka kulkee useiden palvelujen kautta ennen kuin löytää työkokeilupaikan, näytti päättäjille, miksi yhteistyömallia tarvitaan.',
  },
  sv: {
    title: 'Kundberättelse',
    purpose:
      'En kundberättelse återger en kunds upplevelse från början till slut som en berättelse. Den gör forskningsmaterialet begripligt och minnesvärt också för dem som inte var med på intervjuerna, och lyfter fram tyst kunskap som inte syns i statistiken.',
    steps: [
      'Välj en situation i materialet som återkommer i flera kunders upplevelser.',
      'Bygg berättelsen på belägg: början (vad kunden behövde), vändpunkterna (vad som hände, var det var svårt) och slutet (vart hen kom).',
      'Skriv med kundens röst eller som berättare, kort och konkret. Använd citat.',
      'Knyt de belägg som berättelsen bygger på till den och ta bort detaljer som kan identifiera någon.',
      'Läs berättelsen högt för teamet och intressenterna och fråga: vad överraskade här?',
    ],
    materials: [
      'Belägg från intervjuer och observationer',
      'Timantis mall för kundberättelse',
      'En servicestig, om en sådan redan finns',
    ],
    tips: [
      'En välberättad berättelse påverkar beslutsfattare ofta mer än tio diagram.',
      'Gör flera berättelser om olika kundgrupper, så att helhetsbilden inte förenklas för mycket.',
      'En berättelse passar bra i ett häfte eller en slutrapport för att åskådliggöra resultaten.',
    ],
    pitfalls: [
      'Berättelsen är påhittad eller överdriven och bygger inte på materialet.',
      'En verklig person kan kännas igen i berättelsen: ändra detaljer och använd bara pseudonymer.',
      'Berättelsen handlar bara om organisationens framgångar.',
    ],
    example:
      'Under struktureringen i KUNTO-projektet användes servicestigar och kundberättelser för att synliggöra tyst kunskap: berättelsen om en ung person som passerar många tjänster innan hen hittar en plats för arbetsprövning visade beslutsfattarna varför samarbetsmodellen behövs.',
  },
  en: {
    title: 'Customer story',
    purpose:
      'A customer story (asiakastarina) tells one customer’s experience from beginning to end as a narrative. It makes research material understandable and memorable for those who were not in the interviews, and brings out tacit knowledge that statistics do not show.',
    steps: [
      'Choose a situation from the material that recurs in several customers’ experiences.',
      'Build the story from evidence: the beginning (what the customer needed), the turns (what happened, where it was hard) and the end (where they ended up).',
      'Write in the customer’s voice or as a narrator, briefly and concretely. Use quotes.',
      'Cite the evidence the story rests on and remove details that could identify anyone.',
      'Read the story aloud to the team and stakeholders and ask: what surprised you here?',
    ],
    materials: [
      'Evidence from interviews and observation',
      'Timantti’s customer story template',
      'A service journey, if one has been made',
    ],
    tips: [
      'One well-told story often moves decision-makers more than ten charts.',
      'Write several stories from different customer groups so the overall picture is not oversimplified.',
      'A story works well in a booklet or final report to illustrate the results.',
    ],
    pitfalls: [
      'The story is made up or exaggerated and does not rest on the material.',
      'A real person can be recognised from the story: change details and use pseudonyms only.',
      'The story only tells of the organisation’s successes.',
    ],
    example:
      'In the structuring phase of the KUNTO project, service journeys and customer stories were used to make tacit knowledge visible: the story of a young person passing through several services before finding a work-trial placement showed decision-makers why the cooperation model was needed.',
  },
};
