import type { ShippedMethodCard } from './types.ts';

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
