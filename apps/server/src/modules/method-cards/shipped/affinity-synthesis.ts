import type { ShippedMethodCard } from './types.ts';

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
