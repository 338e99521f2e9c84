import type { ShippedMethodCard } from './types.ts';

export const customerTest: ShippedMethodCard = {
  phases: ['develop', 'deliver'],
  minutes: { min: 60, max: 480 },
  groupSize: { min: 2, max: 4 },
  tool: 'forms',
  fi: {
    title: 'Testaus asiakkailla',
    purpose:
      'Testaamalla prototyyppiä oikeilla asiakkailla tiimi näkee, ratkaiseeko konsepti asiakkaan ongelman ja mitä pitää muuttaa. Testi on ensimmäinen kerta, kun punnitaan, tunnemmeko asiakkaiden ja asukkaiden tarpeet.',
    steps: [
      'Laatikaa testisuunnitelma: mitä testataan, mitä halutaan oppia, keitä testiin tarvitaan ja missä.',
      'Rekrytoikaa testaajat eri asiakasryhmistä, myös niistä, joille palvelu on vaikein.',
      'Pyytäkää testaajaa tekemään tehtävä prototyypillä ja ajattelemaan ääneen. Älkää auttako tai selittäkö.',
      'Kysykää lopuksi muutama kysymys tai pyytäkää vastaamaan palautelomakkeeseen linkillä tai QR-koodilla.',
      'Kirjatkaa jokaiselle oletukselle havainto: vahvistui, kumoutui vai jäi epäselväksi, ja liittäkää näytöt.',
      'Päättäkää, mitä konseptin seuraavassa versiossa muutetaan, ja aloittakaa se.',
    ],
    materials: [
      'Prototyyppi',
      'Testisuunnitelma ja tehtävät',
      'Timantin palautelomake linkkinä tai QR-koodina',
      'Suostumukset',
    ],
    tips: [
      'Viisi testaajaa löytää usein suurimman osan ongelmista.',
      'Testatkaa siellä, missä palvelua käytetään: kirjastossa, asiakaspalvelupisteessä, tapahtumassa.',
      'Kiittäkää testaajia ja kertokaa, mitä heidän palautteensa muutti.',
    ],
    pitfalls: [
      'Testi muuttuu esittelyksi, jossa tiimi myy ideaa.',
      'Testaajiksi valitaan vain kollegoita tai helposti tavoitettavia asiakkaita.',
      'Kielteinen palaute selitetään pois eikä konseptia muuteta.',
    ],
    example:
      'Kokeilujalostamossa prototyypit testattiin asiakkailla kolmannessa työpajassa, ja konseptit kirkastettiin palautteen perusteella. Kunnan asiakaspalvelupisteessä asukkaat voivat vastata testattavan palvelun palautelomakkeeseen QR-koodilla omalla puhelimellaan.',
  },
  sv: {
    title: 'Testning med kunder',
    purpose:
      'Genom att testa prototypen med verkliga kunder ser teamet om konceptet löser kundens problem och vad som måste ändras. Testet är första gången man prövar om man verkligen känner kundernas och invånarnas behov.',
    steps: [
      'Gör en testplan: vad som testas, vad ni vill lära er, vilka som behövs i testet och var.',
      'Rekrytera testare ur olika kundgrupper, också dem för vilka tjänsten är svårast.',
      'Be testaren utföra en uppgift med prototypen och tänka högt. Hjälp inte och förklara inte.',
      'Ställ till sist några frågor eller be testaren svara på ett responsformulär via länk eller QR-kod.',
      'Anteckna för varje antagande ett resultat: bekräftat, motbevisat eller oklart, och knyt beläggen till det.',
      'Bestäm vad som ändras i konceptets nästa version och sätt i gång med den.',
    ],
    materials: [
      'Prototypen',
      'Testplanen och uppgifterna',
      'Timantis responsformulär som länk eller QR-kod',
      'Samtycken',
    ],
    tips: [
      'Fem testare hittar ofta de flesta problemen.',
      'Testa där tjänsten används: på biblioteket, i kundtjänsten, på evenemanget.',
      'Tacka testarna och berätta vad deras respons ändrade.',
    ],
    pitfalls: [
      'Testet blir en presentation där teamet säljer idén.',
      'Bara kolleger eller lättillgängliga kunder väljs som testare.',
      'Negativ respons bortförklaras och konceptet ändras inte.',
    ],
    example:
      'I Kokeilujalostamo testades prototyperna med kunder i den tredje verkstaden, och koncepten förtydligades utifrån responsen. Vid kommunens kundtjänst kan invånarna svara på den testade tjänstens responsformulär med en QR-kod på sin egen telefon.',
  },
  en: {
    title: 'Testing with customers',
    purpose:
      'Testing the prototype with real customers shows the team whether the concept solves the customer’s problem and what has to change. The test is the first time it is weighed whether we really know the needs of customers and residents.',
    steps: [
      'Write a test plan: what is tested, what you want to learn, who is needed for the test and where.',
      'Recruit testers from different customer groups, including those for whom the service is hardest.',
      'Ask the tester to do a task with the prototype and think aloud. Do not help or explain.',
      'Finish with a few questions, or ask them to answer a feedback form by link or QR code.',
      'Record a finding for each assumption: confirmed, refuted or unclear, and cite the evidence.',
      'Decide what changes in the concept’s next version, and start it.',
    ],
    materials: [
      'The prototype',
      'The test plan and tasks',
      'Timantti’s feedback form as a link or QR code',
      'Consents',
    ],
    tips: [
      'Five testers often find most of the problems.',
      'Test where the service is used: at the library, the service point, the event.',
      'Thank the testers and tell them what their feedback changed.',
    ],
    pitfalls: [
      'The test becomes a presentation in which the team sells its idea.',
      'Only colleagues or easily reached customers are chosen as testers.',
      'Negative feedback is explained away and the concept is not changed.',
    ],
    example:
      'In Kokeilujalostamo the prototypes were tested with customers in the third workshop, and the concepts were sharpened from the feedback. At a municipal service point, residents can answer the tested service’s feedback form with a QR code on their own phone.',
  },
};
