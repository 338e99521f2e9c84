import type { ShippedMethodCard } from './types.ts';

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
