import type { ShippedMethodCard } from './types.ts';

export const persona: ShippedMethodCard = {
  phases: ['define', 'develop'],
  minutes: { min: 60, max: 180 },
  groupSize: { min: 2, max: 6 },
  tool: 'personas',
  fi: {
    title: 'Persona',
    purpose:
      'Persona on aineistoon perustuva kuvaus tyypillisestä asiakkaasta: hänen tarpeensa, tavoitteensa ja turhautumisensa. Personat auttavat tiimiä pitämään asiakkaat mielessä ideoinnissa ja päätöksissä ja kysymään "mitä tämä tarkoittaisi Ainolle?".',
    steps: [
      'Ryhmitelkää näytöt ja etsikää asiakkaiden väliltä eroja, jotka vaikuttavat palvelun käyttöön (esimerkiksi kokemus, kiire, digitaidot).',
      'Muodostakaa 2–4 personaa, joista jokainen edustaa selvästi erilaista tarve- ja toimintatapaa.',
      'Kirjoittakaa jokaiselle nimi, segmentti, tarpeet, tavoitteet, turhautumiset ja kuvaava lainaus.',
      'Liittäkää jokaiseen kenttään näytöt, joihin se perustuu. Kenttä ilman näyttöä on oletus.',
      'Käyttäkää personia ideoinnissa ja testauksessa: kenen ongelmaa tämä ratkaisu auttaa?',
    ],
    materials: [
      'Ryhmitellyt näytöt synteesitaululta',
      'Timantin personapohja',
      'Taustatutkimuksen tilastot asiakasryhmistä',
    ],
    tips: [
      'Käyttäkää kuvakkeita tai nimikirjaimia valokuvien sijaan, ettei persona muistuta todellista ihmistä.',
      'Hyvä persona on tarpeiden, ei väestöryhmän kuvaus.',
      'Päivittäkää personat, kun uutta aineistoa kertyy.',
    ],
    pitfalls: [
      'Persona keksitään neuvotteluhuoneessa ilman aineistoa ja se vahvistaa stereotypioita.',
      'Liikaa personia: kukaan ei muista kahdeksaa.',
      'Personat tehdään ja unohdetaan kansioon.',
    ],
    example:
      'Kunnan vetovoimaa pohtiva tiimi, kuten Vesilahden tiimi Kokeilujalostamossa, voisi rakentaa personat esimerkiksi paluumuuttoa harkitsevasta lapsiperheestä ja paikallisesta yrittäjästä, jolloin ideat voi arvioida kummankin tarpeita vasten.',
  },
  sv: {
    title: 'Persona',
    purpose:
      'En persona är en beskrivning av en typisk kund som bygger på materialet: kundens behov, mål och frustrationer. Personor hjälper teamet att hålla kunderna i tankarna vid idégenerering och beslut och att fråga ”vad skulle det här betyda för Aino?”.',
    steps: [
      'Gruppera beläggen och sök skillnader mellan kunderna som påverkar hur tjänsten används (till exempel erfarenhet, tidsbrist, digital vana).',
      'Forma 2–4 personor som var och en tydligt representerar ett eget sätt att behöva och handla.',
      'Skriv för varje persona namn, segment, behov, mål, frustrationer och ett belysande citat.',
      'Knyt de belägg som varje fält bygger på till fältet. Ett fält utan belägg är ett antagande.',
      'Använd personorna i idégenerering och testning: vems problem hjälper den här lösningen?',
    ],
    materials: [
      'Grupperade belägg från syntestavlan',
      'Timantis personamall',
      'Statistik om kundgrupperna från bakgrundsundersökningen',
    ],
    tips: [
      'Använd ikoner eller initialer i stället för foton, så att personan inte liknar en verklig människa.',
      'En bra persona beskriver behov, inte en befolkningsgrupp.',
      'Uppdatera personorna när nytt material kommer in.',
    ],
    pitfalls: [
      'Personan hittas på i ett mötesrum utan material och förstärker stereotypier.',
      'För många personor: ingen minns åtta.',
      'Personorna görs och glöms bort i en mapp.',
    ],
    example:
      'Ett team som funderar på kommunens dragningskraft, som Vesilax team i Kokeilujalostamo, kunde till exempel bygga personor av en barnfamilj som överväger att flytta tillbaka och en lokal företagare, så att idéerna kan prövas mot bådas behov.',
  },
  en: {
    title: 'Persona',
    purpose:
      'A persona is an evidence-based description of a typical customer: their needs, goals and frustrations. Personas help the team keep customers in mind while ideating and deciding, and ask “what would this mean for Aino?”.',
    steps: [
      'Cluster the evidence and look for differences between customers that affect how they use the service (for example experience, time pressure, digital skills).',
      'Form 2–4 personas, each clearly standing for a different pattern of needs and behaviour.',
      'Write a name, segment, needs, goals, frustrations and a telling quote for each.',
      'Cite the evidence each field rests on. A field without evidence is an assumption.',
      'Use the personas in ideation and testing: whose problem does this solution help with?',
    ],
    materials: [
      'Clustered evidence from the synthesis board',
      'Timantti’s persona template',
      'Statistics on customer groups from the desk research',
    ],
    tips: [
      'Use icons or initials instead of photos, so the persona does not resemble a real person.',
      'A good persona describes needs, not a demographic group.',
      'Update the personas as new material comes in.',
    ],
    pitfalls: [
      'The persona is invented in a meeting room without material and reinforces stereotypes.',
      'Too many personas: nobody remembers eight.',
      'Personas are made and forgotten in a folder.',
    ],
    example:
      'A team working on a municipality’s appeal, like Vesilahti’s team in Kokeilujalostamo, could build personas of, say, a family with children considering moving back and a local entrepreneur, so that ideas can be weighed against both of their needs.',
  },
};
