import type { ShippedMethodCard } from './types.ts';

export const customerInterview: ShippedMethodCard = {
  phases: ['discover'],
  minutes: { min: 45, max: 90 },
  groupSize: { min: 2, max: 3 },
  tool: 'sessions',
  fi: {
    title: 'Asiakashaastattelu',
    purpose:
      'Haastattelu tuo esiin asiakkaan omin sanoin kerrotut kokemukset, tarpeet ja arjen tilanteet, joissa palvelua käytetään. Se auttaa tiimiä näkemään palvelun asiakkaan silmin eikä oman organisaation rakenteiden kautta.',
    steps: [
      'Päättäkää, mitä haluatte oppia, ja kirjoittakaa 3–5 pääteemaa. Älkää kirjoittako valmiita vastausvaihtoehtoja.',
      'Valitkaa haastateltavat niin, että mukana on eri asiakasryhmiä, myös palvelua vähän tai huonosti käyttäviä.',
      'Pyytäkää suostumus: kertokaa, mihin tietoja käytetään, kuinka kauan niitä säilytetään ja että haastattelun voi keskeyttää.',
      'Aloittakaa helpoista kysymyksistä ja pyytäkää kertomaan viimeisin todellinen tilanne: "Kerro, mitä tapahtui viimeksi, kun…"',
      'Kysykää avoimesti ja tarkentaen: "Miksi?", "Miltä se tuntui?", "Mitä teit sen jälkeen?" Antakaa hiljaisuuden olla.',
      'Toinen haastattelija kirjoittaa muistiinpanot sanatarkasti tärkeiden lainausten osalta.',
      'Kirjatkaa haastattelu Timanttiin heti samana päivänä ja nostakaa siitä havainnot ja lainaukset näytöiksi.',
    ],
    materials: [
      'Haastattelurunko teemoineen',
      'Suostumuslomake tai sähköinen suostumus',
      'Muistiinpanovälineet tai nauhuri (vain suostumuksella)',
      'Rauhallinen paikka tai videoyhteys',
    ],
    tips: [
      'Haastatelkaa pareittain: yksi kysyy, toinen kirjaa.',
      'Pyytäkää näyttämään: haastattelu asiakkaan omassa ympäristössä paljastaa enemmän kuin neuvotteluhuoneessa.',
      'Viisi–kahdeksan haastattelua yhdestä asiakasryhmästä riittää usein näkemään toistuvat teemat.',
      'Ottakaa kokemusasiantuntija mukaan suunnittelemaan kysymyksiä.',
    ],
    pitfalls: [
      'Johdattelevat kysymykset ("Eikö olisi hyvä, jos…?") tuottavat vastauksia, jotka vahvistavat omaa oletusta.',
      'Palvelun esittely tai puolustelu haastattelun aikana vie tilan asiakkaan kokemukselta.',
      'Pelkkien mielipiteiden kysyminen: ihmiset kertovat tarkemmin, mitä he tekivät, kuin mitä he tekisivät.',
      'Muistiinpanot jäävät kirjaamatta, ja yksityiskohdat unohtuvat muutamassa päivässä.',
    ],
    example:
      'Kuntaliiton Kokeilujalostamossa kuntatiimit haastattelivat asiakkaita jo ennakkotehtävänä ennen ensimmäistä työpajaa. Lahden lupapalveluja kehitettäessä tapahtumanjärjestäjän haastattelu voi paljastaa, missä kohtaa luvan hakemisessa asiakas ei tiedä, kenen puoleen kääntyä.',
  },
  sv: {
    title: 'Kundintervju',
    purpose:
      'Intervjun lyfter fram kundens erfarenheter, behov och de vardagliga situationer där tjänsten används, med kundens egna ord. Den hjälper teamet att se tjänsten med kundens ögon i stället för genom den egna organisationens strukturer.',
    steps: [
      'Bestäm vad ni vill lära er och skriv ner 3–5 huvudteman. Skriv inte färdiga svarsalternativ.',
      'Välj intervjupersoner så att olika kundgrupper finns med, även de som använder tjänsten lite eller har svårt att använda den.',
      'Be om samtycke: berätta vad uppgifterna används till, hur länge de sparas och att intervjun kan avbrytas.',
      'Börja med lätta frågor och be personen berätta om den senaste verkliga situationen: ”Berätta vad som hände senast när …”',
      'Fråga öppet och följ upp: ”Varför?”, ”Hur kändes det?”, ”Vad gjorde du sedan?” Låt tystnaden få finnas.',
      'Den andra intervjuaren antecknar och skriver viktiga citat ordagrant.',
      'För in intervjun i Timantti samma dag och lyft fram iakttagelser och citat som belägg.',
    ],
    materials: [
      'Intervjuguide med teman',
      'Samtyckesblankett eller elektroniskt samtycke',
      'Anteckningsmaterial eller inspelning (endast med samtycke)',
      'En lugn plats eller videoförbindelse',
    ],
    tips: [
      'Intervjua i par: en frågar, en antecknar.',
      'Be personen visa: en intervju i kundens egen miljö avslöjar mer än en i ett mötesrum.',
      'Fem till åtta intervjuer med en kundgrupp räcker ofta för att se återkommande teman.',
      'Bjud in en erfarenhetsexpert att planera frågorna.',
    ],
    pitfalls: [
      'Ledande frågor (”Vore det inte bra om …?”) ger svar som bekräftar det man redan trodde.',
      'Att presentera eller försvara tjänsten under intervjun tar utrymme från kundens upplevelse.',
      'Att bara fråga efter åsikter: människor berättar mer exakt om vad de gjorde än om vad de skulle göra.',
      'Anteckningarna förs inte in, och detaljerna glöms bort inom några dagar.',
    ],
    example:
      'I Kommunförbundets Kokeilujalostamo intervjuade kommunteamen kunder redan som förhandsuppgift före den första verkstaden. När Lahtis tillståndstjänster utvecklas kan en intervju med en evenemangsarrangör visa var i ansökan kunden inte vet vem hen ska vända sig till.',
  },
  en: {
    title: 'Customer interview',
    purpose:
      'An interview brings out the customer’s experiences, needs and the everyday situations in which the service is used, in the customer’s own words. It helps the team see the service through the customer’s eyes rather than through its own organisation’s structure.',
    steps: [
      'Decide what you want to learn and write down 3–5 main themes. Do not write ready-made answer options.',
      'Choose interviewees so that different customer groups are included, also people who use the service little or find it hard to use.',
      'Ask for consent: say what the information is used for, how long it is kept and that the interview can be stopped at any time.',
      'Start with easy questions and ask about the latest real situation: “Tell me what happened the last time you…”',
      'Ask open questions and follow up: “Why?”, “How did that feel?”, “What did you do next?” Let silences be.',
      'The second interviewer takes notes, writing important quotes word for word.',
      'Record the interview in Timantti the same day and lift observations and quotes from it as evidence.',
    ],
    materials: [
      'Interview guide with themes',
      'Consent form or electronic consent',
      'Note-taking tools or a recorder (only with consent)',
      'A quiet place or a video connection',
    ],
    tips: [
      'Interview in pairs: one asks, the other takes notes.',
      'Ask people to show you: an interview in the customer’s own surroundings reveals more than one in a meeting room.',
      'Five to eight interviews with one customer group are often enough to see recurring themes.',
      'Invite an experience expert to help plan the questions.',
    ],
    pitfalls: [
      'Leading questions (“Wouldn’t it be good if…?”) produce answers that confirm what you already assumed.',
      'Presenting or defending the service during the interview takes the space from the customer’s experience.',
      'Asking only for opinions: people describe what they did far more accurately than what they would do.',
      'Notes are not written up, and the details are forgotten within a few days.',
    ],
    example:
      'In the Association of Finnish Municipalities’ Kokeilujalostamo, municipal teams interviewed customers as a pre-assignment before the first workshop. When developing Lahti’s permit services, an interview with an event organiser can show where in the application the customer does not know whom to turn to.',
  },
};
