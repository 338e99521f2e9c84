import type { ShippedMethodCard } from './types.ts';

// Testing with customers and the methods of the second diamond's closing half.

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

export const elevatorPitch: ShippedMethodCard = {
  phases: ['deliver'],
  minutes: { min: 30, max: 90 },
  groupSize: { min: 2, max: 30 },
  tool: 'concepts',
  fi: {
    title: 'Hissipuhe',
    purpose:
      'Hissipuhe kertoo konseptin ydinasian parissa minuutissa: kenen ongelma ratkaistaan, miten, ja miksi juuri nyt. Se pakottaa tiimin kirkastamaan konseptin ja auttaa saamaan päättäjät ja kumppanit mukaan.',
    steps: [
      'Kirjoittakaa yhdellä lauseella, kenen ongelman konsepti ratkaisee ja millä tavalla.',
      'Valitkaa yksi näyttö, joka tekee ongelman todeksi: lainaus, luku tai lyhyt asiakastarina.',
      'Kertokaa ratkaisu asiakkaan näkökulmasta ja se, mitä testissä opittiin.',
      'Päättäkää pyyntöön: mitä tarvitsette kuulijoilta (päätös, rahoitus, kumppani, pilottipaikka)?',
      'Harjoitelkaa ääneen ja ottakaa aikaa: 1–2 minuuttia.',
    ],
    materials: [
      'Konseptikortti ja testitulokset',
      'Ajastin',
      'Tarvittaessa yksi kuva tai prototyyppi näytettäväksi',
    ],
    tips: [
      'Aloittakaa asiakkaasta, ei organisaatiosta tai hankkeesta.',
      'Yksi vahva näyttö vakuuttaa enemmän kuin luettelo.',
      'Harjoitelkaa toisen tiimin edessä ja pyytäkää vertaispalautetta.',
    ],
    pitfalls: [
      'Puhe kertoo hankkeen vaiheista eikä siitä, mitä asiakkaalle muuttuu.',
      'Ammattisanasto ja lyhenteet, joita kuulijat eivät tunne.',
      'Pyyntö puuttuu, eikä kuulija tiedä, mitä häneltä odotetaan.',
    ],
    example:
      'Kokeilujalostamon viimeinen työpaja, päätösjuhla, koostui tiimien hiotuista hissipuheista ja vertaispalautteista niihin. Kymmenen kuntatiimiä esitteli konseptinsa toisilleen ja päättäjille.',
  },
  sv: {
    title: 'Hisspitch',
    purpose:
      'En hisspitch berättar konceptets kärna på ett par minuter: vems problem som löses, hur, och varför just nu. Den tvingar teamet att förtydliga konceptet och hjälper till att få beslutsfattare och partner med.',
    steps: [
      'Skriv i en mening vems problem konceptet löser och på vilket sätt.',
      'Välj ett belägg som gör problemet verkligt: ett citat, en siffra eller en kort kundberättelse.',
      'Berätta om lösningen ur kundens perspektiv och vad ni lärde er i testet.',
      'Avsluta med en begäran: vad behöver ni av åhörarna (beslut, finansiering, partner, pilotplats)?',
      'Öva högt och ta tid: 1–2 minuter.',
    ],
    materials: [
      'Konceptkortet och testresultaten',
      'Timer',
      'Vid behov en bild eller prototyp att visa',
    ],
    tips: [
      'Börja med kunden, inte med organisationen eller projektet.',
      'Ett starkt belägg övertygar mer än en lista.',
      'Öva inför ett annat team och be om kamratrespons.',
    ],
    pitfalls: [
      'Pitchen berättar om projektets skeden och inte om vad som förändras för kunden.',
      'Fackspråk och förkortningar som åhörarna inte känner till.',
      'Begäran saknas, och åhöraren vet inte vad som förväntas av hen.',
    ],
    example:
      'Kokeilujalostamos sista verkstad, avslutningsfesten, bestod av teamens finslipade hisspitchar och kamratrespons på dem. Tio kommunteam presenterade sina koncept för varandra och för beslutsfattare.',
  },
  en: {
    title: 'Elevator pitch',
    purpose:
      'An elevator pitch (hissipuhe) tells the heart of a concept in a couple of minutes: whose problem is solved, how, and why now. It forces the team to sharpen the concept and helps win over decision-makers and partners.',
    steps: [
      'Write in one sentence whose problem the concept solves and how.',
      'Choose one piece of evidence that makes the problem real: a quote, a figure or a short customer story.',
      'Tell the solution from the customer’s point of view, and what the test taught you.',
      'End with an ask: what do you need from the listeners (a decision, funding, a partner, a pilot site)?',
      'Rehearse aloud and time it: 1–2 minutes.',
    ],
    materials: [
      'The concept card and test results',
      'A timer',
      'One picture or the prototype to show, if needed',
    ],
    tips: [
      'Start with the customer, not the organisation or the project.',
      'One strong piece of evidence convinces more than a list.',
      'Rehearse in front of another team and ask for peer feedback.',
    ],
    pitfalls: [
      'The pitch tells the project’s stages instead of what changes for the customer.',
      'Jargon and abbreviations the listeners do not know.',
      'The ask is missing, and listeners do not know what is expected of them.',
    ],
    example:
      'Kokeilujalostamo’s last workshop, its closing celebration, consisted of the teams’ polished elevator pitches and peer feedback on them. Ten municipal teams presented their concepts to each other and to decision-makers.',
  },
};

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
