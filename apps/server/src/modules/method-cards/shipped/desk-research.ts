import type { ShippedMethodCard } from './types.ts';

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
