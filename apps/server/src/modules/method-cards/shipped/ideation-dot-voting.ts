import type { ShippedMethodCard } from './types.ts';

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
