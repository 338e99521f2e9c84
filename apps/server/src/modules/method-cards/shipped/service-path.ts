import type { ShippedMethodCard } from './types.ts';

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
