import type { ShippedMethodCard } from './types.ts';

// The methods of the second diamond's opening half: many solutions, made concrete and tried.

export const futureWorkshop: ShippedMethodCard = {
  phases: ['define', 'develop'],
  minutes: { min: 120, max: 240 },
  groupSize: { min: 6, max: 25 },
  tool: 'boards',
  fi: {
    title: 'Tulevaisuustyöpaja',
    purpose:
      'Tulevaisuustyöpajassa asiakkaat, työntekijät ja sidosryhmät kuvittelevat yhdessä, millainen palvelun pitäisi olla tulevaisuudessa, ja etsivät askeleet sinne. Se vapauttaa ajattelun nykyisten rakenteiden rajoista ja sitouttaa osallistujat muutokseen.',
    steps: [
      'Kritiikkivaihe: osallistujat kirjoittavat, mikä nykyisessä palvelussa ei toimi. Ryhmitelkää ja valitkaa tärkeimmät.',
      'Mielikuvitusvaihe: kuvitelkaa, millainen palvelu olisi vaikkapa vuonna 2035, jos mikään ei rajoittaisi. Kirjoittakaa uutisotsikoita tulevaisuudesta.',
      'Toteutusvaihe: valitkaa lupaavimmat visiot ja kysykää, mitä niistä voisi kokeilla jo nyt ja mikä estää.',
      'Kootkaa tulokset taululle: kipupisteet, visiot ja ensimmäiset askeleet.',
      'Sopikaa, kuka vie mitäkin eteenpäin, ja kertokaa osallistujille, mitä tuloksille tapahtuu.',
    ],
    materials: [
      'Kolme seinää tai taulua vaiheille',
      'Tarralappuja ja tusseja',
      'Trendikortit tai taustatutkimuksen tulevaisuustieto',
    ],
    tips: [
      'Kutsukaa monialainen joukko: asiantuntija, kehittäjä, päättäjä ja asiakas.',
      'Pitäkää vaiheet erillään: kritiikkiä ei ratkaista kritiikkivaiheessa, eikä visiota arvostella mielikuvitusvaiheessa.',
      'Lämmittäkää mielikuvitusvaihe hauskalla tehtävällä.',
    ],
    pitfalls: [
      'Työpaja juuttuu valittamiseen, kun kritiikkivaiheelle ei ole aikarajaa.',
      'Visiot ovat nykyisen palvelun pieniä parannuksia.',
      'Tuloksista ei kerrota osallistujille, ja seuraavaan työpajaan on vaikea saada ihmisiä.',
    ],
    example:
      'KUNTO-hankkeen jäsentelyvaiheessa pidettiin tulevaisuustyöpaja, jossa hankkeen henkilöstö kuvasi, millainen pysyvä työllisyyden toimintamalli Lahdessa voisi olla hankkeen päätyttyä, ja nimesi kokeilut, jotka kannattaa viedä palvelukonsepteiksi.',
  },
  sv: {
    title: 'Framtidsverkstad',
    purpose:
      'I en framtidsverkstad föreställer sig kunder, anställda och intressenter tillsammans hur tjänsten borde vara i framtiden och söker stegen dit. Den frigör tänkandet från dagens strukturer och engagerar deltagarna i förändringen.',
    steps: [
      'Kritikfasen: deltagarna skriver vad som inte fungerar i dagens tjänst. Gruppera och välj de viktigaste.',
      'Fantasifasen: föreställ er hur tjänsten kunde vara till exempel år 2035, om ingenting begränsade. Skriv nyhetsrubriker från framtiden.',
      'Förverkligandefasen: välj de mest lovande visionerna och fråga vad av dem som kunde prövas redan nu och vad som hindrar.',
      'Sammanställ resultaten på tavlan: smärtpunkter, visioner och de första stegen.',
      'Kom överens om vem som för vad vidare och berätta för deltagarna vad som händer med resultaten.',
    ],
    materials: [
      'Tre väggar eller tavlor för faserna',
      'Lappar och tuschpennor',
      'Trendkort eller framtidskunskap från bakgrundsundersökningen',
    ],
    tips: [
      'Bjud in en mångsidig grupp: expert, utvecklare, beslutsfattare och kund.',
      'Håll faserna isär: kritiken löses inte i kritikfasen, och visionerna bedöms inte i fantasifasen.',
      'Värm upp fantasifasen med en rolig uppgift.',
    ],
    pitfalls: [
      'Verkstaden fastnar i klagomål när kritikfasen inte har en tidsgräns.',
      'Visionerna är små förbättringar av dagens tjänst.',
      'Deltagarna får inte veta vad som hände med resultaten, och det blir svårt att få folk till nästa verkstad.',
    ],
    example:
      'Under struktureringen i KUNTO-projektet hölls en framtidsverkstad där projektets personal beskrev hur en bestående sysselsättningsmodell i Lahtis kunde se ut efter projektet och namngav de försök som lönar sig att utveckla till tjänstekoncept.',
  },
  en: {
    title: 'Future workshop',
    purpose:
      'In a future workshop, customers, staff and stakeholders imagine together what the service should be like in the future and look for the steps to get there. It frees thinking from today’s structures and commits the participants to the change.',
    steps: [
      'Critique phase: participants write down what does not work in today’s service. Cluster and pick the most important.',
      'Fantasy phase: imagine what the service could be like in, say, 2035 if nothing held you back. Write news headlines from the future.',
      'Implementation phase: pick the most promising visions and ask what of them could be tried already now and what stands in the way.',
      'Gather the results on the board: pain points, visions and the first steps.',
      'Agree who takes what forward, and tell the participants what will happen to the results.',
    ],
    materials: [
      'Three walls or boards for the phases',
      'Sticky notes and markers',
      'Trend cards or foresight from the desk research',
    ],
    tips: [
      'Invite a multidisciplinary group: an expert, a developer, a decision-maker and a customer.',
      'Keep the phases apart: critique is not solved in the critique phase, and visions are not judged in the fantasy phase.',
      'Warm up the fantasy phase with a playful task.',
    ],
    pitfalls: [
      'The workshop gets stuck in complaints when the critique phase has no time limit.',
      'The visions are small improvements to today’s service.',
      'Participants never hear what happened to the results, and it becomes hard to get people to the next workshop.',
    ],
    example:
      'In the structuring phase of the KUNTO project, a future workshop was held in which the project’s staff described what a lasting employment model in Lahti could look like after the project, and named the trials worth developing into service concepts.',
  },
};

export const conceptWorkshop: ShippedMethodCard = {
  phases: ['develop', 'deliver'],
  minutes: { min: 120, max: 240 },
  groupSize: { min: 4, max: 12 },
  tool: 'concepts',
  fi: {
    title: 'Konseptointityöpaja',
    purpose:
      'Konseptointityöpajassa valitut ideat kootaan palvelukonseptiksi: mikä ongelma ratkaistaan, kenelle, mikä on arvolupaus, miten palvelu toimii ja mitä se vaatii. Konsepti on riittävän konkreettinen testattavaksi ja päätettäväksi.',
    steps: [
      'Palauttakaa mieleen oivallukset ja "Miten voisimme…?" -kysymys, johon konsepti vastaa.',
      'Yhdistelkää valituista ideoista 1–3 konseptiluonnosta.',
      'Täyttäkää jokaiselle konseptikortti: ongelma, kohderyhmä, arvolupaus, miten se toimii, kanavat, resurssit, kumppanit, riskit ja mittarit.',
      'Kertokaa jokaisesta konseptista tarina personan näkökulmasta: miten hänen polkunsa muuttuu?',
      'Nimetkää, mitä konseptista pitää testata ensin ja mitä haluatte oppia.',
      'Jäädyttäkää luonnos versioksi ennen testausta, jotta muutokset voi myöhemmin jäljittää.',
    ],
    materials: [
      'Timantin konseptikortti tai kokeilukortti',
      'Valitut ideat ja oivallukset',
      'Palvelupolku ja personat',
    ],
    tips: [
      'Kutsukaa mukaan toteuttajat ja päättäjät: konsepti, jota kukaan ei omista, ei etene.',
      'Pitäkää konsepti sivun mittaisena.',
      'Kirjatkaa oletukset näkyviin: jokainen oletus on testattava asia.',
    ],
    pitfalls: [
      'Konsepti on olemassa olevan palvelun uusi nimi.',
      'Resurssit ja riskit jätetään tyhjiksi, ja konsepti kaatuu ensimmäiseen päätöskokoukseen.',
      'Konseptia ei kytketä oivalluksiin, eikä kukaan muista, mihin asiakkaan ongelmaan se vastaa.',
    ],
    example:
      'KUNTO-hankkeessa konseptoinnin työpajoissa hankkeen kokeiluja kehitettiin palvelukonsepteiksi, ja palvelukuvausten sisältöjä työstettiin eteenpäin sidosryhmien kanssa. Tulokset koottiin lopuksi yhteenvetokirjaseen.',
  },
  sv: {
    title: 'Konceptverkstad',
    purpose:
      'I en konceptverkstad sammanförs de valda idéerna till ett tjänstekoncept: vilket problem som löses, för vem, vilket värdelöfte, hur tjänsten fungerar och vad den kräver. Konceptet är tillräckligt konkret för att kunna testas och fattas beslut om.',
    steps: [
      'Påminn er om insikterna och den ”Hur skulle vi kunna …?”-fråga som konceptet svarar på.',
      'Kombinera de valda idéerna till 1–3 konceptutkast.',
      'Fyll i ett konceptkort för vart och ett: problem, målgrupp, värdelöfte, hur det fungerar, kanaler, resurser, partner, risker och mätare.',
      'Berätta för varje koncept en berättelse ur personans perspektiv: hur förändras hens stig?',
      'Namnge vad i konceptet som ska testas först och vad ni vill lära er.',
      'Frys utkastet som en version före testningen, så att ändringarna senare kan spåras.',
    ],
    materials: [
      'Timantis konceptkort eller försökskort',
      'De valda idéerna och insikterna',
      'Servicestigen och personorna',
    ],
    tips: [
      'Bjud in dem som ska genomföra och besluta: ett koncept som ingen äger går inte vidare.',
      'Håll konceptet på en sida.',
      'Skriv ut antagandena: varje antagande är något att testa.',
    ],
    pitfalls: [
      'Konceptet är ett nytt namn på en befintlig tjänst.',
      'Resurser och risker lämnas tomma, och konceptet faller vid första beslutsmötet.',
      'Konceptet kopplas inte till insikterna, och ingen minns vilket kundproblem det svarar på.',
    ],
    example:
      'I KUNTO-projektets konceptverkstäder utvecklades projektets försök till tjänstekoncept, och innehållet i tjänstebeskrivningarna bearbetades vidare med intressenterna. Resultaten samlades till sist i ett sammanfattande häfte.',
  },
  en: {
    title: 'Concept workshop',
    purpose:
      'In a concept workshop the chosen ideas are put together into a service concept (palvelukonsepti): which problem is solved, for whom, what the value promise is, how the service works and what it takes. The concept is concrete enough to test and to decide on.',
    steps: [
      'Recall the insights and the “How might we…?” question the concept answers.',
      'Combine the chosen ideas into 1–3 concept drafts.',
      'Fill in a concept card for each: problem, target group, value promise, how it works, channels, resources, partners, risks and indicators.',
      'Tell a story of each concept from a persona’s point of view: how does their journey change?',
      'Name what should be tested first and what you want to learn.',
      'Freeze the draft as a version before testing, so changes can be traced later.',
    ],
    materials: [
      'Timantti’s concept card or experiment card',
      'The chosen ideas and insights',
      'The service journey and personas',
    ],
    tips: [
      'Invite those who will implement and decide: a concept nobody owns goes nowhere.',
      'Keep the concept to one page.',
      'Write the assumptions down: each one is something to test.',
    ],
    pitfalls: [
      'The concept is a new name for an existing service.',
      'Resources and risks are left blank, and the concept falls at the first decision meeting.',
      'The concept is not linked to insights, and nobody remembers which customer problem it answers.',
    ],
    example:
      'In the KUNTO project’s concept workshops, the project’s trials were developed into service concepts, and the content of the service descriptions was worked on further with stakeholders. The results were finally gathered into a summary booklet.',
  },
};

export const ideationDotVoting: ShippedMethodCard = {
  phases: ['develop'],
  minutes: { min: 45, max: 90 },
  groupSize: { min: 3, max: 20 },
  tool: 'ideas',
  fi: {
    title: 'Ideointi ja pisteäänestys',
    purpose:
      'Ideoinnissa tuotetaan ensin paljon ratkaisuvaihtoehtoja arvostelematta, ja pisteäänestyksellä ryhmä valitsee nopeasti ja tasapuolisesti, mitä kehitetään eteenpäin. Määrä tuo laatua: parhaat ideat syntyvät usein vasta, kun ilmeiset on sanottu.',
    steps: [
      'Kirjoittakaa näkyviin "Miten voisimme…?" -kysymys, johon ideoidaan.',
      'Ideoikaa ensin hiljaa yksin 5–10 minuuttia: yksi idea lappuun tai korttiin.',
      'Jakakaa ideat vuorotellen ja jatkakaa toisten ideoista ("kyllä, ja…").',
      'Ryhmitelkää samankaltaiset ideat ja tarkentakaa epäselvät.',
      'Pisteäänestys: jokaisella on sama määrä pisteitä (esim. kolme), jotka hän antaa haluamilleen ideoille. Tulokset näytetään vasta, kun kierros suljetaan.',
      'Keskustelkaa eniten pisteitä saaneista ja merkitkää valitut ideat jatkokehitykseen.',
    ],
    materials: [
      'Timantin ideasivu ja äänestyskierros tai laput ja tarrapisteet',
      'Ajastin',
      'Oivallukset ja personat näkyvillä',
    ],
    tips: [
      'Hiljainen ideointi ensin antaa äänen myös niille, jotka eivät puhu isossa ryhmässä.',
      'Piilottakaa ideoiden kirjoittajat äänestyksessä, niin ääni annetaan ideoille eikä ihmisille.',
      'Luonnostelkaa: piirros kertoo usein enemmän kuin lause.',
    ],
    pitfalls: [
      'Ideoita arvostellaan heti, ja villimmät jäävät sanomatta.',
      'Esihenkilö äänestää ensin ja muut seuraavat.',
      'Äänestys korvaa harkinnan: eniten pisteitä saanut idea ei välttämättä vastaa asiakkaan tarpeeseen.',
    ],
    example:
      'Kokeilujalostamon toisessa työpajassa tiimit tarkensivat haastetta ja kehittivät ideoinnin avulla alustavan ratkaisukonseptin. Kinnulan tiimi, joka pohti työttömien hyvinvointia, saattoi ideoida yhdessä kokemusasiantuntijan kanssa ja äänestää jatkoon vietävät ideat.',
  },
  sv: {
    title: 'Idégenerering och prickröstning',
    purpose:
      'I idégenereringen tar man först fram många lösningsalternativ utan att värdera dem, och med prickröstning väljer gruppen snabbt och rättvist vad som utvecklas vidare. Mängd ger kvalitet: de bästa idéerna föds ofta först när de självklara är sagda.',
    steps: [
      'Skriv upp den ”Hur skulle vi kunna …?”-fråga som idéerna ska svara på.',
      'Generera först idéer tyst på egen hand i 5–10 minuter: en idé per lapp eller kort.',
      'Dela idéerna i tur och ordning och bygg vidare på varandras idéer (”ja, och …”).',
      'Gruppera likartade idéer och förtydliga oklara.',
      'Prickröstning: alla har lika många prickar (t.ex. tre) som de ger de idéer de vill. Resultatet visas först när omgången stängs.',
      'Diskutera de idéer som fick flest prickar och markera de valda för vidareutveckling.',
    ],
    materials: [
      'Timantis idésida och röstningsomgång, eller lappar och klistermärken',
      'Timer',
      'Insikterna och personorna synliga',
    ],
    tips: [
      'Tyst idégenerering först ger röst också åt dem som inte talar i en stor grupp.',
      'Dölj vem som skrivit idéerna vid röstningen, så att rösterna ges till idéer och inte till personer.',
      'Skissa: en teckning säger ofta mer än en mening.',
    ],
    pitfalls: [
      'Idéerna bedöms genast, och de djärvare blir osagda.',
      'Chefen röstar först och de andra följer efter.',
      'Röstningen ersätter eftertanken: idén med flest prickar svarar inte nödvändigtvis mot kundens behov.',
    ],
    example:
      'I Kokeilujalostamos andra verkstad preciserade teamen utmaningen och utvecklade ett preliminärt lösningskoncept med hjälp av idégenerering. Kinnulas team, som funderade på arbetslösas välbefinnande, kunde generera idéer tillsammans med en erfarenhetsexpert och rösta fram de idéer som skulle gå vidare.',
  },
  en: {
    title: 'Ideation and dot voting',
    purpose:
      'Ideation first produces many possible solutions without judging them, and dot voting lets the group choose quickly and fairly what to develop further. Quantity brings quality: the best ideas often come only once the obvious ones have been said.',
    steps: [
      'Write up the “How might we…?” question the ideas answer.',
      'Ideate silently alone for 5–10 minutes first: one idea per note or card.',
      'Share the ideas in turn and build on each other’s (“yes, and…”).',
      'Group similar ideas and clarify unclear ones.',
      'Dot voting: everyone has the same number of dots (e.g. three) to give to the ideas they choose. Results are shown only when the round is closed.',
      'Discuss the ideas with the most dots and mark the chosen ones for further development.',
    ],
    materials: [
      'Timantti’s ideas page and voting round, or notes and sticker dots',
      'A timer',
      'The insights and personas in view',
    ],
    tips: [
      'Silent ideation first gives a voice to those who do not speak up in a large group.',
      'Hide who wrote the ideas while voting, so votes go to ideas, not people.',
      'Sketch: a drawing often says more than a sentence.',
    ],
    pitfalls: [
      'Ideas are judged at once, and the bolder ones go unsaid.',
      'The manager votes first and the others follow.',
      'Voting replaces judgement: the idea with the most dots does not necessarily meet the customer’s need.',
    ],
    example:
      'In Kokeilujalostamo’s second workshop, the teams sharpened their challenge and used ideation to develop a first solution concept. Kinnula’s team, working on the wellbeing of unemployed people, could ideate together with an experience expert and vote on the ideas to take forward.',
  },
};

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
