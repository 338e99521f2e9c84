import type { ShippedMethodCard } from './types.ts';

// The methods of the first diamond's opening half: getting to know customers and what is known.

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

export const observation: ShippedMethodCard = {
  phases: ['discover'],
  minutes: { min: 60, max: 240 },
  groupSize: { min: 1, max: 4 },
  tool: 'sessions',
  fi: {
    title: 'Havainnointi ja palvelusafari',
    purpose:
      'Havainnoimalla näkee, mitä palvelussa oikeasti tapahtuu: jonot, kiertotiet, lomakkeet, joita ei ymmärretä, ja työntekijöiden omat kikat. Palvelusafarilla tiimi käyttää itse palvelua asiakkaan roolissa ja kokee sen omin aistein.',
    steps: [
      'Valitkaa palvelu ja tilanne, jota havainnoitte, sekä se, mihin kiinnitätte huomiota (esimerkiksi odottaminen, ohjeet, asiointikanavat).',
      'Sopikaa luvat ja kertokaa paikan henkilöstölle etukäteen. Havainnoikaa ihmisiä tunnistamatta heitä.',
      'Palvelusafarilla asioikaa itse: hakekaa tietoa verkosta, soittakaa neuvontaan tai käykää paikan päällä kuten asiakas.',
      'Kirjatkaa havainnot heti: mitä näitte ja kuulitte, erikseen omat tulkintanne.',
      'Valokuvatkaa ympäristöä ja materiaaleja, ei ihmisiä ilman lupaa.',
      'Purkakaa havainnot tiimin kanssa samana päivänä ja kirjatkaa ne Timanttiin havainnointisessioksi.',
    ],
    materials: [
      'Havainnointilomake tai muistikirja',
      'Kamera tai puhelin ympäristön kuvaamiseen',
      'Safaritehtävät kortteina (esim. "varaa aika", "löydä ohje")',
    ],
    tips: [
      'Erottakaa havainto ("asiakas kysyi kahdesti samaa") tulkinnasta ("ohje on epäselvä").',
      'Käyttäkää palvelua eri kanavissa: verkossa, puhelimessa ja paikan päällä.',
      'Kokeilkaa palvelua myös niin, että jokin menee pieleen: esimerkiksi puuttuva liite.',
    ],
    pitfalls: [
      'Henkilöstö kokee tulevansa arvioiduksi: kertokaa, että havainnoitte palvelua, ette ihmisiä.',
      'Oma ammattitaito sokaisee: tiimin jäsen tietää, miten järjestelmä toimii, eikä näe, mikä on asiakkaalle vaikeaa.',
      'Yksittäinen käynti yleistetään koko palveluun.',
    ],
    example:
      'Lahden tapahtuma-, maankäyttö- ja rakennuslupien asiointia kehitettäessä palvelusafari voi tarkoittaa, että tiimin jäsen etsii kaupungin verkkosivuilta ohjeet ulkoilmatapahtuman järjestämiseen ja kirjaa, montako sivua ja yhteydenottoa tarvitaan ennen kuin hakemus on valmis.',
  },
  sv: {
    title: 'Observation och servicesafari',
    purpose:
      'Genom att observera ser man vad som faktiskt händer i tjänsten: köer, omvägar, blanketter som inte förstås och personalens egna knep. På en servicesafari använder teamet själv tjänsten i kundens roll och upplever den med egna sinnen.',
    steps: [
      'Välj tjänst och situation att observera, och vad ni ska fästa uppmärksamhet vid (till exempel väntan, anvisningar, kanaler).',
      'Kom överens om tillstånd och informera personalen på plats i förväg. Observera människor utan att identifiera dem.',
      'På en servicesafari sköter ni ärendet själva: söker information på webben, ringer rådgivningen eller besöker stället som en kund.',
      'Anteckna direkt: vad ni såg och hörde, och era egna tolkningar för sig.',
      'Fotografera miljön och materialet, inte människor utan lov.',
      'Gå igenom iakttagelserna med teamet samma dag och för in dem i Timantti som en observationssession.',
    ],
    materials: [
      'Observationsblankett eller anteckningsbok',
      'Kamera eller telefon för att fotografera miljön',
      'Safariuppdrag på kort (t.ex. ”boka en tid”, ”hitta anvisningen”)',
    ],
    tips: [
      'Skilj på iakttagelse (”kunden frågade samma sak två gånger”) och tolkning (”anvisningen är otydlig”).',
      'Använd tjänsten i olika kanaler: på webben, per telefon och på plats.',
      'Pröva också tjänsten så att något går fel, till exempel en bilaga som saknas.',
    ],
    pitfalls: [
      'Personalen känner sig bedömd: berätta att ni observerar tjänsten, inte människorna.',
      'Den egna yrkeskunskapen gör en blind: den som vet hur systemet fungerar ser inte vad som är svårt för kunden.',
      'Ett enskilt besök generaliseras till hela tjänsten.',
    ],
    example:
      'När Lahtis ärenden kring evenemangs-, markanvändnings- och bygglov utvecklas kan en servicesafari innebära att en teammedlem söker anvisningar för ett utomhusevenemang på stadens webbplats och antecknar hur många sidor och kontakter som behövs innan ansökan är klar.',
  },
  en: {
    title: 'Observation and service safari',
    purpose:
      'Observation shows what really happens in a service: queues, workarounds, forms nobody understands and the staff’s own tricks. On a service safari the team uses the service itself in the customer’s role and experiences it first hand.',
    steps: [
      'Choose the service and situation to observe, and what to pay attention to (for example waiting, instructions, channels).',
      'Agree on permissions and tell the staff on site in advance. Observe people without identifying them.',
      'On a service safari, do the errand yourselves: look for information online, call the helpline or visit in person as a customer would.',
      'Write down observations at once: what you saw and heard, with your own interpretations kept apart.',
      'Photograph surroundings and materials, not people without permission.',
      'Go through the observations with the team the same day and record them in Timantti as an observation session.',
    ],
    materials: [
      'Observation sheet or notebook',
      'Camera or phone for photographing the surroundings',
      'Safari tasks on cards (e.g. “book an appointment”, “find the instructions”)',
    ],
    tips: [
      'Keep the observation (“the customer asked the same thing twice”) apart from the interpretation (“the instructions are unclear”).',
      'Use the service in several channels: online, by phone and in person.',
      'Also try the service with something going wrong, such as a missing attachment.',
    ],
    pitfalls: [
      'Staff feel they are being assessed: tell them you are observing the service, not the people.',
      'Professional knowledge blinds: a team member who knows how the system works does not see what is hard for the customer.',
      'A single visit is generalised to the whole service.',
    ],
    example:
      'When developing Lahti’s event, land-use and building permit services, a service safari can mean a team member looking for the instructions for an outdoor event on the city’s website and noting how many pages and contacts it takes before the application is ready.',
  },
};

export const experienceSurvey: ShippedMethodCard = {
  phases: ['discover', 'deliver'],
  minutes: { min: 120, max: 480 },
  groupSize: { min: 1, max: 3 },
  tool: 'import',
  fi: {
    title: 'Kokemusdatan kysely',
    purpose:
      'Kyselyllä kerätään kokemuksia laajemmalta joukolta kuin haastatteluilla ehditään. Se kertoo, kuinka yleisiä haastatteluissa kuullut asiat ovat, ja antaa lähtötason, johon muutoksen vaikutusta voi myöhemmin verrata.',
    steps: [
      'Määritelkää, mitä päätöstä tai kysymystä kysely palvelee. Karsikaa kysymykset, joiden vastauksia ette aio käyttää.',
      'Hyödyntäkää ensin olemassa oleva data: asiakaspalautteet, aiemmat kyselyt ja palautejärjestelmät.',
      'Laatikaa lyhyt kysely: muutama asteikkokysymys ja 1–2 avointa kysymystä ("Mikä oli hankalinta?").',
      'Testatkaa kysely parilla asiakkaalla ennen julkaisua ja korjatkaa epäselvät kysymykset.',
      'Tarjotkaa kysely suomeksi, ruotsiksi ja selkokielellä tarpeen mukaan ja kanavissa, joissa asiakkaat ovat.',
      'Tuokaa vastaukset Timanttiin CSV-tiedostona: avoimet vastaukset muuttuvat näytöiksi, joita voi ryhmitellä.',
    ],
    materials: [
      'Kyselytyökalu tai paperilomake',
      'Olemassa olevat palaute- ja asiakastyytyväisyysaineistot',
      'Saatekirje, jossa kerrotaan tietojen käytöstä',
    ],
    tips: [
      'Avoimet vastaukset ovat usein arvokkain osa: varatkaa aikaa niiden lukemiseen.',
      'Kerätkää taustatiedoksi vain se, mitä tarvitsette asiakasryhmien vertailuun.',
      'Kertokaa vastaajille jälkikäteen, mitä vastauksilla tehtiin.',
    ],
    pitfalls: [
      'Liian pitkä kysely: vastausprosentti ja vastausten laatu laskevat.',
      'Vain nykyisiltä asiakkailta kysyminen: palvelusta luopuneet tai sen ulkopuolelle jääneet eivät tule kuulluiksi.',
      'Keskiarvot piilottavat erot: pienenkin asiakasryhmän kokemus voi olla palvelun kannalta ratkaiseva.',
    ],
    example:
      'Työllisyyspalveluissa, kuten Lahden KUNTO-hankkeessa, kyselyn avulla voi selvittää, miten alle 30-vuotiaat työnhakijat kokevat ohjauksen palvelusta toiseen, ja verrata samaa kysymystä kokeilun jälkeen.',
  },
  sv: {
    title: 'Enkät om upplevelser',
    purpose:
      'Med en enkät samlar man upplevelser från en större grupp än man hinner intervjua. Den visar hur vanligt det man hört i intervjuerna är och ger en utgångsnivå som förändringens effekt senare kan jämföras med.',
    steps: [
      'Bestäm vilket beslut eller vilken fråga enkäten ska tjäna. Stryk frågor vars svar ni inte tänker använda.',
      'Använd först befintliga data: kundrespons, tidigare enkäter och responssystem.',
      'Gör en kort enkät: några skalfrågor och en eller två öppna frågor (”Vad var svårast?”).',
      'Testa enkäten med ett par kunder före publiceringen och rätta otydliga frågor.',
      'Erbjud enkäten på finska, svenska och lättläst språk vid behov, i de kanaler där kunderna finns.',
      'För in svaren i Timantti som en CSV-fil: de öppna svaren blir belägg som kan grupperas.',
    ],
    materials: [
      'Enkätverktyg eller pappersblankett',
      'Befintlig respons och kundnöjdhetsdata',
      'Följebrev som berättar hur uppgifterna används',
    ],
    tips: [
      'De öppna svaren är ofta den mest värdefulla delen: reservera tid för att läsa dem.',
      'Samla bara de bakgrundsuppgifter ni behöver för att jämföra kundgrupper.',
      'Berätta efteråt för de svarande vad svaren ledde till.',
    ],
    pitfalls: [
      'En för lång enkät: svarsfrekvensen och svarens kvalitet sjunker.',
      'Att bara fråga nuvarande kunder: de som slutat använda tjänsten eller aldrig nått den blir inte hörda.',
      'Medelvärden döljer skillnader: även en liten kundgrupps upplevelse kan vara avgörande för tjänsten.',
    ],
    example:
      'Inom sysselsättningstjänster, som i Lahtis KUNTO-projekt, kan en enkät visa hur arbetssökande under 30 år upplever att bli hänvisade från en tjänst till en annan, och samma fråga kan ställas igen efter försöket.',
  },
  en: {
    title: 'Experience-data survey',
    purpose:
      'A survey gathers experiences from more people than there is time to interview. It shows how common the things heard in interviews are and gives a baseline against which the effect of a change can later be compared.',
    steps: [
      'Define which decision or question the survey serves. Drop questions whose answers you will not use.',
      'Start from the data you already have: customer feedback, earlier surveys and feedback systems.',
      'Write a short survey: a few rating questions and one or two open ones (“What was hardest?”).',
      'Try the survey with a couple of customers before publishing it and fix unclear questions.',
      'Offer the survey in Finnish, Swedish and plain language where needed, in the channels where customers are.',
      'Bring the answers into Timantti as a CSV file: open answers become evidence that can be clustered.',
    ],
    materials: [
      'A survey tool or paper form',
      'Existing feedback and customer-satisfaction data',
      'A covering note explaining how the information is used',
    ],
    tips: [
      'Open answers are often the most valuable part: set aside time to read them.',
      'Collect only the background details you need to compare customer groups.',
      'Tell respondents afterwards what was done with their answers.',
    ],
    pitfalls: [
      'A survey that is too long: response rates and answer quality drop.',
      'Asking only current customers: those who gave up on the service or never reached it go unheard.',
      'Averages hide differences: even a small customer group’s experience can be decisive for the service.',
    ],
    example:
      'In employment services, such as Lahti’s KUNTO project, a survey can show how jobseekers under 30 experience being referred from one service to another, and the same question can be asked again after the trial.',
  },
};

export const deskResearch: ShippedMethodCard = {
  phases: ['discover'],
  minutes: { min: 120, max: 960 },
  groupSize: { min: 1, max: 6 },
  tool: 'sources',
  fi: {
    title: 'Taustatutkimus',
    purpose:
      'Taustatutkimus kokoaa sen, mitä haasteesta jo tiedetään: tutkimukset, selvitykset, tilastot, tulevaisuustrendit ja muiden kuntien parhaat käytännöt. Näin tiimi ei aloita tyhjästä, ja sen oma tiedonkeruu kohdistuu siihen, mitä ei vielä tiedetä.',
    steps: [
      'Kirjoittakaa haaste kysymyksiksi: mitä meidän pitäisi tietää asiakkaista, palvelusta ja toimintaympäristöstä?',
      'Jakakaa lähteiden etsintä tiimissä: tutkimukset, omat tilastot, lainsäädäntö, trendit, muiden organisaatioiden kokemukset.',
      'Kirjatkaa jokainen lähde Timanttiin viitetietoineen ja tiivistäkää, mitä se kertoo haasteesta.',
      'Merkitkää, mikä on faktaa, mikä arviota ja mikä oletusta.',
      'Kootkaa tiimin kanssa yhteenveto: mitä tiedämme, mistä olemme epävarmoja, mitä meidän pitää selvittää itse.',
    ],
    materials: [
      'Tietokannat ja tilastopalvelut (esim. Tilastokeskus, THL:n Sotkanet)',
      'Organisaation omat raportit ja palautteet',
      'Jaettu lähdeluettelo Timantissa',
    ],
    tips: [
      'Kysykää naapurikunnilta ja verkostoilta: joku on usein jo kokeillut jotain samankaltaista.',
      'Trendit ja tulevaisuustieto auttavat kysymään, mitä asiakas tarvitsee viiden vuoden päästä.',
      'Asettakaa aikaraja: taustatutkimus on väline, ei päämäärä.',
    ],
    pitfalls: [
      'Taustatutkimus korvaa asiakkaiden kuulemisen: raportit kertovat keskiarvoista, eivät oman palvelun asiakkaista.',
      'Vanhentunut tieto: tarkistakaa lähteen vuosi ja konteksti.',
      'Lähteet jäävät yhden ihmisen kansioon eivätkä päädy tiimin yhteiseksi tiedoksi.',
    ],
    example:
      'Kokeilujalostamon kuntatiimit kokosivat ennakkotehtävänä kaiken relevantin tutkimustiedon, selvitykset, tulevaisuustrendit ja parhaat käytänteet, ja ensimmäisessä työpajassa tämä tietomäärä jalostettiin ryhmän yhteiseksi tietopääomaksi.',
  },
  sv: {
    title: 'Bakgrundsundersökning',
    purpose:
      'En bakgrundsundersökning samlar det som redan är känt om utmaningen: forskning, utredningar, statistik, framtidstrender och andra kommuners bästa praxis. Då börjar teamet inte från noll, och den egna datainsamlingen riktas mot det som ännu inte är känt.',
    steps: [
      'Skriv om utmaningen till frågor: vad borde vi veta om kunderna, tjänsten och omvärlden?',
      'Dela upp sökandet i teamet: forskning, egen statistik, lagstiftning, trender, andra organisationers erfarenheter.',
      'För in varje källa i Timantti med källhänvisning och sammanfatta vad den säger om utmaningen.',
      'Markera vad som är fakta, vad som är uppskattning och vad som är antagande.',
      'Gör en sammanfattning med teamet: vad vi vet, vad vi är osäkra på och vad vi måste ta reda på själva.',
    ],
    materials: [
      'Databaser och statistiktjänster (t.ex. Statistikcentralen, THL:s Sotkanet)',
      'Organisationens egna rapporter och respons',
      'En gemensam källförteckning i Timantti',
    ],
    tips: [
      'Fråga grannkommuner och nätverk: någon har ofta redan prövat något liknande.',
      'Trender och framtidskunskap hjälper er att fråga vad kunden behöver om fem år.',
      'Sätt en tidsgräns: bakgrundsundersökningen är ett verktyg, inte ett mål.',
    ],
    pitfalls: [
      'Bakgrundsundersökningen ersätter att höra kunderna: rapporter berättar om medelvärden, inte om den egna tjänstens kunder.',
      'Föråldrad information: kontrollera källans år och sammanhang.',
      'Källorna stannar i en persons mapp och blir aldrig teamets gemensamma kunskap.',
    ],
    example:
      'Kommunteamen i Kokeilujalostamo samlade som förhandsuppgift all relevant forskning, utredningar, framtidstrender och bästa praxis, och i den första verkstaden förädlades materialet till gruppens gemensamma kunskapskapital.',
  },
  en: {
    title: 'Desk research',
    purpose:
      'Desk research gathers what is already known about the challenge: research, reports, statistics, future trends and other municipalities’ best practices. The team does not start from nothing, and its own data collection aims at what is not yet known.',
    steps: [
      'Rewrite the challenge as questions: what should we know about the customers, the service and its environment?',
      'Share the search in the team: research, your own statistics, legislation, trends, other organisations’ experiences.',
      'Record each source in Timantti with its citation and summarise what it says about the challenge.',
      'Mark what is fact, what is estimate and what is assumption.',
      'Write a summary with the team: what we know, what we are unsure of, what we need to find out ourselves.',
    ],
    materials: [
      'Databases and statistics services (e.g. Statistics Finland, THL’s Sotkanet)',
      'The organisation’s own reports and feedback',
      'A shared list of sources in Timantti',
    ],
    tips: [
      'Ask neighbouring municipalities and networks: someone has often tried something similar already.',
      'Trends and foresight help you ask what the customer will need in five years.',
      'Set a time limit: desk research is a means, not an end.',
    ],
    pitfalls: [
      'Desk research replaces hearing customers: reports describe averages, not your own service’s customers.',
      'Out-of-date information: check the source’s year and context.',
      'Sources stay in one person’s folder and never become the team’s shared knowledge.',
    ],
    example:
      'As a pre-assignment, the municipal teams of Kokeilujalostamo gathered all relevant research, reports, future trends and best practices, and in the first workshop this material was refined into the group’s shared knowledge.',
  },
};
