import type { ShippedMethodCard } from './types.ts';

export const peerFeedback: ShippedMethodCard = {
  phases: ['develop', 'deliver'],
  minutes: { min: 30, max: 90 },
  groupSize: { min: 4, max: 40 },
  tool: 'forms',
  fi: {
    title: 'Vertaispalaute',
    purpose:
      'Vertaispalautteessa toiset tiimit arvioivat konseptia tai hissipuhetta jäsennellysti. Ulkopuolinen katse näkee aukot, joihin oma tiimi on sokeutunut, ja tiimit oppivat toistensa ratkaisuista.',
    steps: [
      'Sopikaa palautteen rakenne etukäteen, esimerkiksi: mikä toimii, mikä jäi epäselväksi, mitä kokeilisit seuraavaksi.',
      'Tiimi esittelee konseptinsa tai hissipuheensa ilman keskeytyksiä.',
      'Kuulijat kirjoittavat palautteen ensin hiljaa, lomakkeelle tai lapuille.',
      'Palautteet jaetaan vuorotellen; esittävä tiimi kuuntelee ja kysyy vain tarkentavia kysymyksiä.',
      'Tiimi valitsee palautteesta 1–3 asiaa, joiden perusteella se muuttaa konseptia, ja kirjaa ne.',
    ],
    materials: [
      'Palautelomake (esim. Timantin palautelomake linkillä)',
      'Ajastin',
      'Konseptikortit näkyvillä',
    ],
    tips: [
      'Konkreettinen palaute auttaa: "En ymmärtänyt, kuka palvelun tuottaa" on hyödyllisempää kuin "selkeämmäksi".',
      'Palaute annetaan konseptille, ei ihmisille.',
      'Kiertävä järjestys varmistaa, että jokainen tiimi saa ja antaa palautetta.',
    ],
    pitfalls: [
      'Palaute on pelkkää kehumista, eikä siitä opi mitään.',
      'Esittävä tiimi puolustautuu eikä kuuntele.',
      'Palautetta ei kirjata, ja se unohtuu ennen seuraavaa versiota.',
    ],
    example:
      'Kokeilujalostamon päätösjuhlassa tiimit antoivat vertaispalautetta toistensa hissipuheisiin. Palautteen avulla kuntatiimit saivat toistensa näkökulmat omaan kehittämiseensä ja ideoita konseptin viimeistelyyn.',
  },
  sv: {
    title: 'Kamratrespons',
    purpose:
      'Vid kamratrespons bedömer andra team ett koncept eller en hisspitch på ett strukturerat sätt. En utomstående blick ser luckor som det egna teamet blivit blint för, och teamen lär sig av varandras lösningar.',
    steps: [
      'Kom i förväg överens om responsens struktur, till exempel: vad fungerar, vad förblev oklart, vad skulle du pröva härnäst.',
      'Teamet presenterar sitt koncept eller sin hisspitch utan avbrott.',
      'Åhörarna skriver först sin respons tyst, på ett formulär eller lappar.',
      'Responsen delas i tur och ordning; det presenterande teamet lyssnar och ställer bara preciserande frågor.',
      'Teamet väljer 1–3 saker i responsen som det ändrar konceptet utifrån, och antecknar dem.',
    ],
    materials: [
      'Responsformulär (t.ex. Timantis responsformulär via länk)',
      'Timer',
      'Konceptkorten synliga',
    ],
    tips: [
      'Konkret respons hjälper: ”Jag förstod inte vem som producerar tjänsten” är nyttigare än ”tydligare”.',
      'Responsen ges till konceptet, inte till personerna.',
      'En roterande ordning säkerställer att alla team både får och ger respons.',
    ],
    pitfalls: [
      'Responsen är bara beröm, och ingen lär sig något.',
      'Det presenterande teamet försvarar sig och lyssnar inte.',
      'Responsen antecknas inte och glöms bort före nästa version.',
    ],
    example:
      'Vid Kokeilujalostamos avslutningsfest gav teamen kamratrespons på varandras hisspitchar. Med responsen fick kommunteamen varandras perspektiv på sitt utvecklingsarbete och idéer för att slutföra konceptet.',
  },
  en: {
    title: 'Peer feedback',
    purpose:
      'In peer feedback, other teams assess a concept or elevator pitch in a structured way. An outside view sees gaps the team itself has gone blind to, and teams learn from each other’s solutions.',
    steps: [
      'Agree the structure of the feedback in advance, for example: what works, what stayed unclear, what would you try next.',
      'The team presents its concept or pitch without interruptions.',
      'Listeners first write their feedback silently, on a form or on notes.',
      'Feedback is shared in turn; the presenting team listens and asks only clarifying questions.',
      'The team picks 1–3 points from the feedback on which it changes the concept, and records them.',
    ],
    materials: [
      'A feedback form (e.g. Timantti’s feedback form by link)',
      'A timer',
      'The concept cards in view',
    ],
    tips: [
      'Concrete feedback helps: “I did not understand who provides the service” is more useful than “make it clearer”.',
      'Feedback is given to the concept, not to the people.',
      'A rotating order makes sure every team both gets and gives feedback.',
    ],
    pitfalls: [
      'The feedback is all praise, and nobody learns anything.',
      'The presenting team defends itself and does not listen.',
      'Feedback is not recorded and is forgotten before the next version.',
    ],
    example:
      'At Kokeilujalostamo’s closing celebration, the teams gave peer feedback on each other’s elevator pitches. Through the feedback, the municipal teams got each other’s perspectives on their development work and ideas for finishing their concepts.',
  },
};
