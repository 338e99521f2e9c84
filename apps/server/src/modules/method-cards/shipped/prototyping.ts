import type { ShippedMethodCard } from './types.ts';

export const prototyping: ShippedMethodCard = {
  phases: ['develop'],
  minutes: { min: 60, max: 240 },
  groupSize: { min: 2, max: 8 },
  tool: 'concepts',
  fi: {
    title: 'Prototypointi',
    purpose:
      'Prototyyppi on konseptin nopea ja halpa kokeiltava versio: paperilomake, roolipeli, klikattava malli tai palvelun simulointi. Sen avulla asiakkaat voivat kokea idean ennen kuin siihen käytetään paljon rahaa, ja tiimi oppii, mikä toimii.',
    steps: [
      'Valitkaa konseptista se osa, johon liittyy suurin epävarmuus, ja päättäkää, mitä haluatte oppia.',
      'Valitkaa prototyypin muoto: paperiprototyyppi, roolipeli, klikattava prototyyppi, palvelun simulointi tai pieni pilotti.',
      'Rakentakaa prototyyppi aikarajassa, esimerkiksi kahdessa tunnissa. Keskeneräisyys on sallittua.',
      'Kokeilkaa prototyyppiä ensin tiimissä ja korjatkaa suurimmat aukot.',
      'Kirjatkaa testattavat oletukset muotoon "Uskomme, että… Tiedämme sen, kun…".',
    ],
    materials: [
      'Paperia, kyniä, saksia, teippiä',
      'Tarvittaessa klikattavan mallin työkalu',
      'Konseptikortti ja testattavat oletukset',
    ],
    tips: [
      'Mitä aikaisemmin testaatte, sitä karkeampi prototyyppi riittää.',
      'Roolipeli toimii hyvin palveluissa, joissa kohtaaminen on tärkein osa: asiakkaana ja työntekijänä olemisen voi kokeilla.',
      'Tehkää useampi vaihtoehto, niin asiakkaat voivat vertailla.',
    ],
    pitfalls: [
      'Prototyyppiä hiotaan liian pitkään, ja siihen kiinnytään.',
      'Prototyyppi testaa ulkoasua, vaikka suurin epävarmuus on siinä, tarvitaanko palvelua ylipäätään.',
      'Testattavia oletuksia ei kirjata, eikä palautteesta tiedetä, mitä se tarkoittaa.',
    ],
    example:
      'Kokeilujalostamon kolmannessa työpajassa tiimit rakensivat prototyypin, joka testattiin asiakkailla, ja konsepti kirkastettiin saadun palautteen pohjalta. Lupapalveluissa paperinen "lupatarkistin" – muutama kysymys, jotka kertovat tarvittavat luvat – on nopea prototyyppi.',
  },
  sv: {
    title: 'Prototypande',
    purpose:
      'En prototyp är en snabb och billig version av konceptet som går att pröva: en pappersblankett, ett rollspel, en klickbar modell eller en simulering av tjänsten. Med den kan kunderna uppleva idén innan mycket pengar läggs på den, och teamet lär sig vad som fungerar.',
    steps: [
      'Välj den del av konceptet som är mest osäker och bestäm vad ni vill lära er.',
      'Välj prototypens form: pappersprototyp, rollspel, klickbar prototyp, simulering av tjänsten eller en liten pilot.',
      'Bygg prototypen inom en tidsgräns, till exempel två timmar. Den får vara ofärdig.',
      'Pröva prototypen först i teamet och täpp till de största luckorna.',
      'Skriv de antaganden som ska testas i formen ”Vi tror att … Vi vet det när …”.',
    ],
    materials: [
      'Papper, pennor, sax, tejp',
      'Vid behov ett verktyg för klickbara modeller',
      'Konceptkortet och antagandena som ska testas',
    ],
    tips: [
      'Ju tidigare ni testar, desto grövre prototyp räcker.',
      'Rollspel fungerar bra i tjänster där mötet är det viktigaste: man kan pröva både kundens och personalens roll.',
      'Gör flera alternativ, så att kunderna kan jämföra.',
    ],
    pitfalls: [
      'Prototypen finslipas för länge, och man fäster sig vid den.',
      'Prototypen testar utseendet, fast den största osäkerheten gäller om tjänsten alls behövs.',
      'Antagandena skrivs inte ner, och ingen vet vad responsen betyder.',
    ],
    example:
      'I Kokeilujalostamos tredje verkstad byggde teamen en prototyp som testades med kunder, och konceptet förtydligades utifrån responsen. Inom tillståndstjänster är en ”tillståndskoll” på papper – några frågor som visar vilka tillstånd som behövs – en snabb prototyp.',
  },
  en: {
    title: 'Prototyping',
    purpose:
      'A prototype is a quick, cheap version of the concept that can be tried: a paper form, a role play, a clickable mock-up or a simulation of the service. Customers can experience the idea before much money is spent on it, and the team learns what works.',
    steps: [
      'Choose the part of the concept with the greatest uncertainty and decide what you want to learn.',
      'Choose the prototype’s form: paper prototype, role play, clickable prototype, service simulation or a small pilot.',
      'Build the prototype within a time limit, for example two hours. Unfinished is fine.',
      'Try the prototype within the team first and fix the biggest gaps.',
      'Write the assumptions to test as “We believe that… We will know when…”.',
    ],
    materials: [
      'Paper, pens, scissors, tape',
      'A tool for clickable mock-ups if needed',
      'The concept card and the assumptions to test',
    ],
    tips: [
      'The earlier you test, the rougher a prototype will do.',
      'Role play works well for services where the encounter matters most: both the customer’s and the staff member’s role can be tried.',
      'Make several alternatives so customers can compare.',
    ],
    pitfalls: [
      'The prototype is polished for too long, and the team grows attached to it.',
      'The prototype tests the looks when the greatest uncertainty is whether the service is needed at all.',
      'The assumptions to test are not written down, and nobody knows what the feedback means.',
    ],
    example:
      'In Kokeilujalostamo’s third workshop, the teams built a prototype that was tested with customers, and the concept was sharpened from the feedback. In permit services, a paper “permit checker” – a few questions that tell which permits are needed – is a quick prototype.',
  },
};
