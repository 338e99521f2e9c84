import type { ShippedMethodCard } from './types.ts';

// The methods of the first diamond's closing half: making sense of what was found.

export const servicePath: ShippedMethodCard = {
  phases: ['define', 'develop'],
  minutes: { min: 90, max: 240 },
  groupSize: { min: 3, max: 8 },
  tool: 'journeys',
  fi: {
    title: 'Palvelupolku',
    purpose:
      'Palvelupolku kuvaa asiakkaan kulun palvelussa vaihe vaiheelta: mitä asiakas tekee, missä kanavissa ja kosketuspisteissä hän asioi, mitä hän ajattelee ja tuntee, ja missä kohdin polku katkeaa. Taustapalvelukerrokset näyttävät, mitä organisaatiossa tapahtuu samaan aikaan.',
    steps: [
      'Valitkaa yksi asiakasryhmä tai persona ja yksi tilanne, jonka polun kuvaatte, sekä polun alku ja loppu.',
      'Kirjatkaa vaiheet asiakkaan näkökulmasta ("saa tietää", "hakee", "odottaa", "saa päätöksen"), ei organisaation prosessin nimillä.',
      'Täyttäkää jokaiselle vaiheelle asiakkaan teot, kosketuspisteet ja kanavat sekä ajatukset ja tunteet.',
      'Piirtäkää tunnekäyrä ja merkitkää kipupisteet. Liittäkää soluihin näytöt, joihin kuvaus perustuu.',
      'Lisätkää tarvittaessa palvelun etu- ja takanäyttämö sekä tukiprosessit: kuka tekee mitä, missä järjestelmässä.',
      'Nimetkää lopuksi mahdollisuudet: missä vaiheissa muutos auttaisi asiakasta eniten?',
    ],
    materials: [
      'Timantin palvelupolkupohja tai iso paperi ja tarralappuja',
      'Haastatteluista ja havainnoinnista nostetut näytöt',
      'Personat tai asiakastarinat',
    ],
    tips: [
      'Kuvatkaa ensin nykytila sellaisena kuin asiakas sen kokee, vasta sitten tavoitetila.',
      'Pyytäkää asiakasta tai kokemusasiantuntijaa tarkistamaan polku.',
      'Ottakaa mukaan ihmisiä polun eri vaiheiden taustalta: neuvonta, käsittely, päätöksenteko.',
    ],
    pitfalls: [
      'Polku piirretään organisaation prosessikaaviona: yksiköt ja järjestelmät näkyvät, asiakas ei.',
      'Tunteet ja kipupisteet arvataan ilman näyttöä.',
      'Liian laaja polku: yksi kartta kaikista asiakkaista kaikissa tilanteissa ei kerro kenestäkään.',
    ],
    example:
      'KUNTO-hankkeessa palvelupolkuja käytettiin sekä tiedonkeruussa että jäsentelyssä: polut näyttivät, miten nuori työnhakija kulkee sosiaali- ja terveyspalveluiden, työllisyyspalveluiden ja työnantajien välillä, ja missä kohdin hän jää ilman ohjausta.',
  },
  sv: {
    title: 'Servicestig',
    purpose:
      'En servicestig beskriver kundens väg genom tjänsten steg för steg: vad kunden gör, i vilka kanaler och kontaktpunkter hen sköter ärendet, vad hen tänker och känner, och var vägen bryts. Lager för bakomliggande tjänster visar vad som samtidigt händer i organisationen.',
    steps: [
      'Välj en kundgrupp eller persona och en situation vars stig ni beskriver, samt var stigen börjar och slutar.',
      'Skriv stegen ur kundens perspektiv (”får veta”, ”ansöker”, ”väntar”, ”får beslut”), inte med namnen på organisationens processer.',
      'Fyll för varje steg i kundens handlingar, kontaktpunkter och kanaler, samt tankar och känslor.',
      'Rita känslokurvan och markera smärtpunkterna. Knyt de belägg som beskrivningen bygger på till cellerna.',
      'Lägg vid behov till tjänstens främre och bakre scen samt stödprocesserna: vem gör vad, i vilket system.',
      'Namnge till sist möjligheterna: i vilka steg skulle en förändring hjälpa kunden mest?',
    ],
    materials: [
      'Timantis mall för servicestig eller ett stort papper och lappar',
      'Belägg från intervjuer och observationer',
      'Personor eller kundberättelser',
    ],
    tips: [
      'Beskriv först nuläget så som kunden upplever det, först därefter målläget.',
      'Be en kund eller erfarenhetsexpert granska stigen.',
      'Bjud in personer från stigens olika bakomliggande steg: rådgivning, handläggning, beslutsfattande.',
    ],
    pitfalls: [
      'Stigen ritas som organisationens processchema: enheter och system syns, kunden gör det inte.',
      'Känslor och smärtpunkter gissas utan belägg.',
      'En för bred stig: en karta över alla kunder i alla situationer säger ingenting om någon.',
    ],
    example:
      'I KUNTO-projektet användes servicestigar både för datainsamling och strukturering: stigarna visade hur en ung arbetssökande rör sig mellan social- och hälsovården, sysselsättningstjänsterna och arbetsgivarna, och var hen blir utan vägledning.',
  },
  en: {
    title: 'Service journey',
    purpose:
      'A service journey (palvelupolku) describes the customer’s way through the service step by step: what the customer does, in which channels and touchpoints, what they think and feel, and where the journey breaks. Blueprint lanes show what happens inside the organisation at the same time.',
    steps: [
      'Choose one customer group or persona and one situation whose journey you describe, and where it starts and ends.',
      'Name the stages from the customer’s point of view (“finds out”, “applies”, “waits”, “gets a decision”), not by the organisation’s process names.',
      'For each stage, fill in the customer’s actions, touchpoints and channels, and their thoughts and feelings.',
      'Draw the emotion curve and mark the pain points. Cite the evidence each cell rests on.',
      'Where useful, add the front stage, back stage and support processes: who does what, in which system.',
      'Finally, name the opportunities: at which stages would a change help the customer most?',
    ],
    materials: [
      'Timantti’s journey template, or a large sheet and sticky notes',
      'Evidence lifted from interviews and observation',
      'Personas or customer stories',
    ],
    tips: [
      'Map the current journey as the customer experiences it first, and only then the future one.',
      'Ask a customer or an experience expert to check the journey.',
      'Bring in people from behind the journey’s stages: advice, case handling, decision-making.',
    ],
    pitfalls: [
      'The journey is drawn as the organisation’s process chart: units and systems show, the customer does not.',
      'Feelings and pain points are guessed without evidence.',
      'A journey that is too broad: one map of every customer in every situation tells you about no one.',
    ],
    example:
      'In the KUNTO project, service journeys were used both for data collection and for structuring: they showed how a young jobseeker moves between social and health services, employment services and employers, and where they are left without guidance.',
  },
};

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

export const affinitySynthesis: ShippedMethodCard = {
  phases: ['define'],
  minutes: { min: 60, max: 180 },
  groupSize: { min: 3, max: 10 },
  tool: 'boards',
  fi: {
    title: 'Ryhmittely ja synteesi',
    purpose:
      'Synteesissä tiimi ryhmittelee yksittäiset havainnot, lainaukset ja faktat teemoiksi ja kirjoittaa niistä oivalluksia. Näin hajanainen aineisto muuttuu yhteiseksi ymmärrykseksi siitä, mikä asiakkaille on tärkeää.',
    steps: [
      'Tuokaa synteesitaululle näytöt haastatteluista, havainnoinnista, kyselyistä ja taustatutkimuksesta.',
      'Lukekaa kortit ääneen ja siirtäkää samaa asiaa käsittelevät kortit lähekkäin, ensin hiljaa ja nopeasti.',
      'Nimetkää ryhmät asiakkaan näkökulmasta kokonaisena lauseena ("En tiedä, kuka hakemustani käsittelee"), ei yhdellä sanalla.',
      'Tarkastelkaa ryhmiä: mikä toistuu usean asiakkaan kokemuksissa, mikä on ristiriitaista, mikä puuttuu?',
      'Kirjoittakaa jokaisesta keskeisestä teemasta oivallus ja liittäkää siihen näytöt, joihin se perustuu.',
    ],
    materials: [
      'Timantin synteesitaulu tai seinä ja tarralappuja',
      'Näytöt haastatteluista, havainnoinnista ja kyselyistä',
      'Konekäsittelyn ehdottamat teemat suuria aineistoja varten',
    ],
    tips: [
      'Ottakaa mukaan ihmisiä, jotka tekivät haastatteluja: he muistavat asiayhteyden.',
      'Sadoille korteille kannattaa pyytää koneen teemaehdotukset ja muokata niitä yhdessä.',
      'Kokeilujalostamon tapaan lyhyt synteesiharjoitus päivän lopuksi kokoaa päivän olennaiset havainnot.',
    ],
    pitfalls: [
      'Ryhmät muodostuvat organisaation yksiköiden tai olemassa olevien ratkaisujen mukaan.',
      'Oivallus kirjoitetaan ilman näyttöä tai yhden asiakkaan kommentin perusteella.',
      'Äänekkäin osallistuja ryhmittelee kaiken.',
    ],
    example:
      'Kokeilujalostamon ensimmäisen työpajan lopuksi tiimit tekivät synteesiharjoituksen, jossa päivän eri tehtävissä tehdyt olennaisimmat havainnot koostettiin ja jäsenneltiin. Useamman tiimin lapussa luki: "Olemmeko aidosti asiakaslähtöisiä?"',
  },
  sv: {
    title: 'Gruppering och syntes',
    purpose:
      'I syntesen grupperar teamet enskilda iakttagelser, citat och fakta i teman och skriver insikter utifrån dem. Så blir ett splittrat material en gemensam förståelse av vad som är viktigt för kunderna.',
    steps: [
      'För upp beläggen från intervjuer, observationer, enkäter och bakgrundsundersökningen på syntestavlan.',
      'Läs korten högt och flytta kort som handlar om samma sak nära varandra, först tyst och snabbt.',
      'Namnge grupperna ur kundens perspektiv med en hel mening (”Jag vet inte vem som handlägger min ansökan”), inte med ett ord.',
      'Granska grupperna: vad återkommer i flera kunders upplevelser, vad är motstridigt, vad saknas?',
      'Skriv en insikt om varje centralt tema och knyt de belägg som den bygger på till den.',
    ],
    materials: [
      'Timantis syntestavla eller en vägg och lappar',
      'Belägg från intervjuer, observationer och enkäter',
      'Maskinens temaförslag för stora material',
    ],
    tips: [
      'Bjud in dem som gjorde intervjuerna: de minns sammanhanget.',
      'För hundratals kort lönar det sig att be maskinen om temaförslag och bearbeta dem tillsammans.',
      'Som i Kokeilujalostamo samlar en kort syntesövning i slutet av dagen dagens viktigaste iakttagelser.',
    ],
    pitfalls: [
      'Grupperna bildas enligt organisationens enheter eller befintliga lösningar.',
      'En insikt skrivs utan belägg eller utifrån en enda kunds kommentar.',
      'Den som hörs mest grupperar allt.',
    ],
    example:
      'I slutet av Kokeilujalostamos första verkstad gjorde teamen en syntesövning där dagens viktigaste iakttagelser från olika uppgifter sammanställdes och strukturerades. På flera teams lappar stod det: ”Är vi verkligen kundorienterade?”',
  },
  en: {
    title: 'Affinity synthesis',
    purpose:
      'In synthesis the team clusters single observations, quotes and facts into themes and writes insights from them. Scattered material becomes a shared understanding of what matters to customers.',
    steps: [
      'Bring the evidence from interviews, observation, surveys and desk research onto the synthesis board.',
      'Read the cards aloud and move cards about the same thing close together, silently and quickly at first.',
      'Name the groups from the customer’s point of view in a whole sentence (“I don’t know who is handling my application”), not in one word.',
      'Look at the groups: what recurs in several customers’ experiences, what is contradictory, what is missing?',
      'Write an insight for each central theme and cite the evidence it rests on.',
    ],
    materials: [
      'Timantti’s synthesis board, or a wall and sticky notes',
      'Evidence from interviews, observation and surveys',
      'Machine-suggested themes for large material',
    ],
    tips: [
      'Include the people who did the interviews: they remember the context.',
      'For hundreds of cards, ask the machine for theme suggestions and rework them together.',
      'As in Kokeilujalostamo, a short synthesis exercise at the end of the day gathers the day’s key observations.',
    ],
    pitfalls: [
      'Groups form around the organisation’s units or existing solutions.',
      'An insight is written without evidence or from one customer’s comment.',
      'The loudest participant does all the clustering.',
    ],
    example:
      'At the end of Kokeilujalostamo’s first workshop, the teams did a synthesis exercise in which the key observations from the day’s tasks were gathered and structured. Several teams’ notes read: “Are we truly customer-centric?”',
  },
};

export const howMightWe: ShippedMethodCard = {
  phases: ['define', 'develop'],
  minutes: { min: 30, max: 60 },
  groupSize: { min: 2, max: 10 },
  tool: 'insights',
  fi: {
    title: 'Miten voisimme…?',
    purpose:
      '"Miten voisimme…?" -kysymys muuttaa oivalluksen kehittämistehtäväksi. Hyvä kysymys on tarpeeksi kapea, jotta siihen voi tarttua, ja tarpeeksi avoin, jotta siihen on monta ratkaisua. Se on siirtymä ensimmäisestä timantista toiseen.',
    steps: [
      'Valitkaa oivallus, joka perustuu usean asiakkaan näyttöön.',
      'Kirjoittakaa jokainen oma kysymyksensä: "Miten voisimme auttaa [ketä] [tekemään mitä], jotta [mitä hyötyä]?"',
      'Kokeilkaa eri laajuuksia: liian laaja ("Miten voisimme parantaa palvelua?") ja liian kapea ("Miten voisimme lisätä lomakkeeseen ohjetekstin?").',
      'Lukekaa kysymykset ääneen ja valitkaa äänestämällä 1–3, joihin ideoitte ratkaisuja.',
      'Kirjatkaa valitut kysymykset Timanttiin oivallusten yhteyteen.',
    ],
    materials: ['Oivallukset näyttöineen', 'Tarralappuja tai Timantin oivallussivu'],
    tips: [
      'Nimetkää kysymyksessä asiakas ja hänen tilanteensa, ei organisaation tavoitetta.',
      'Kysymys ei saa sisältää valmista ratkaisua.',
      'Kysymykset voi muotoilla yhdessä kokemusasiantuntijan kanssa.',
    ],
    pitfalls: [
      'Kysymys on ratkaisu kysymyksen muodossa ("Miten voisimme ottaa käyttöön sovelluksen?").',
      'Kysymys on niin laaja, ettei ideoinnista tule mitään konkreettista.',
      'Kysymys ei perustu oivallukseen vaan johdon valmiiseen toiveeseen.',
    ],
    example:
      'Oivalluksesta "tapahtumanjärjestäjä ei tiedä, mitä lupia hänen tapahtumansa tarvitsee" syntyy kysymys: "Miten voisimme auttaa ensimmäistä kertaa tapahtumaa järjestävää yhdistystä tietämään yhdellä kertaa kaikki tarvittavat luvat?"',
  },
  sv: {
    title: 'Hur skulle vi kunna …?',
    purpose:
      'Frågan ”Hur skulle vi kunna …?” gör en insikt till en utvecklingsuppgift. En bra fråga är tillräckligt smal för att gå att ta tag i och tillräckligt öppen för att ha många lösningar. Den är övergången från den första diamanten till den andra.',
    steps: [
      'Välj en insikt som bygger på belägg från flera kunder.',
      'Var och en skriver egna frågor: ”Hur skulle vi kunna hjälpa [vem] att [göra vad], så att [vilken nytta]?”',
      'Pröva olika bredd: för bred (”Hur skulle vi kunna förbättra tjänsten?”) och för smal (”Hur skulle vi kunna lägga till en hjälptext i blanketten?”).',
      'Läs frågorna högt och välj genom omröstning 1–3 som ni tar fram lösningar för.',
      'För in de valda frågorna i Timantti vid insikterna.',
    ],
    materials: ['Insikter med belägg', 'Lappar eller Timantis insiktssida'],
    tips: [
      'Nämn kunden och kundens situation i frågan, inte organisationens mål.',
      'Frågan får inte innehålla en färdig lösning.',
      'Frågorna kan formuleras tillsammans med en erfarenhetsexpert.',
    ],
    pitfalls: [
      'Frågan är en lösning i frågeform (”Hur skulle vi kunna införa en app?”).',
      'Frågan är så bred att idégenereringen inte leder till något konkret.',
      'Frågan bygger inte på en insikt utan på ledningens färdiga önskemål.',
    ],
    example:
      'Ur insikten ”evenemangsarrangören vet inte vilka tillstånd evenemanget behöver” föds frågan: ”Hur skulle vi kunna hjälpa en förening som ordnar ett evenemang för första gången att på en gång få veta alla tillstånd som behövs?”',
  },
  en: {
    title: 'How might we…?',
    purpose:
      'A “How might we…?” question turns an insight into a development task. A good question is narrow enough to get hold of and open enough to have many solutions. It is the passage from the first diamond to the second.',
    steps: [
      'Choose an insight that rests on evidence from several customers.',
      'Everyone writes their own questions: “How might we help [whom] to [do what], so that [what benefit]?”',
      'Try different scopes: too broad (“How might we improve the service?”) and too narrow (“How might we add a help text to the form?”).',
      'Read the questions aloud and vote for 1–3 to ideate solutions for.',
      'Record the chosen questions in Timantti with their insights.',
    ],
    materials: ['Insights with their evidence', 'Sticky notes or Timantti’s insights page'],
    tips: [
      'Name the customer and their situation in the question, not the organisation’s goal.',
      'The question must not contain a ready-made solution.',
      'The questions can be worded together with an experience expert.',
    ],
    pitfalls: [
      'The question is a solution in question form (“How might we introduce an app?”).',
      'The question is so broad that ideation yields nothing concrete.',
      'The question does not rest on an insight but on management’s ready-made wish.',
    ],
    example:
      'From the insight “an event organiser does not know which permits their event needs” comes the question: “How might we help an association organising its first event to learn all the permits it needs in one go?”',
  },
};
