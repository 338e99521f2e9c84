import type { ShippedMethodCard } from './types.ts';

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
