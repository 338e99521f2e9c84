import type { ShippedMethodCard } from './types.ts';

export const elevatorPitch: ShippedMethodCard = {
  phases: ['deliver'],
  minutes: { min: 30, max: 90 },
  groupSize: { min: 2, max: 30 },
  tool: 'concepts',
  fi: {
    title: 'Hissipuhe',
    purpose:
      'Hissipuhe kertoo konseptin ydinasian parissa minuutissa: kenen ongelma ratkaistaan, miten, ja miksi juuri nyt. Se pakottaa tiimin kirkastamaan konseptin ja auttaa saamaan päättäjät ja kumppanit mukaan.',
    steps: [
      'Kirjoittakaa yhdellä lauseella, kenen ongelman konsepti ratkaisee ja millä tavalla.',
      'Valitkaa yksi näyttö, joka tekee ongelman todeksi: lainaus, luku tai lyhyt asiakastarina.',
      'Kertokaa ratkaisu asiakkaan näkökulmasta ja se, mitä testissä opittiin.',
      'Päättäkää pyyntöön: mitä tarvitsette kuulijoilta (päätös, rahoitus, kumppani, pilottipaikka)?',
      'Harjoitelkaa ääneen ja ottakaa aikaa: 1–2 minuuttia.',
    ],
    materials: [
      'Konseptikortti ja testitulokset',
      'Ajastin',
      'Tarvittaessa yksi kuva tai prototyyppi näytettäväksi',
    ],
    tips: [
      'Aloittakaa asiakkaasta, ei organisaatiosta tai hankkeesta.',
      'Yksi vahva näyttö vakuuttaa enemmän kuin luettelo.',
      'Harjoitelkaa toisen tiimin edessä ja pyytäkää vertaispalautetta.',
    ],
    pitfalls: [
      'Puhe kertoo hankkeen vaiheista eikä siitä, mitä asiakkaalle muuttuu.',
      'Ammattisanasto ja lyhenteet, joita kuulijat eivät tunne.',
      'Pyyntö puuttuu, eikä kuulija tiedä, mitä häneltä odotetaan.',
    ],
    example:
      'Kokeilujalostamon viimeinen työpaja, päätösjuhla, koostui tiimien hiotuista hissipuheista ja vertaispalautteista niihin. Kymmenen kuntatiimiä esitteli konseptinsa toisilleen ja päättäjille.',
  },
  sv: {
    title: 'Hisspitch',
    purpose:
      'En hisspitch berättar konceptets kärna på ett par minuter: vems problem som löses, hur, och varför just nu. Den tvingar teamet att förtydliga konceptet och hjälper till att få beslutsfattare och partner med.',
    steps: [
      'Skriv i en mening vems problem konceptet löser och på vilket sätt.',
      'Välj ett belägg som gör problemet verkligt: ett citat, en siffra eller en kort kundberättelse.',
      'Berätta om lösningen ur kundens perspektiv och vad ni lärde er i testet.',
      'Avsluta med en begäran: vad behöver ni av åhörarna (beslut, finansiering, partner, pilotplats)?',
      'Öva högt och ta tid: 1–2 minuter.',
    ],
    materials: [
      'Konceptkortet och testresultaten',
      'Timer',
      'Vid behov en bild eller prototyp att visa',
    ],
    tips: [
      'Börja med kunden, inte med organisationen eller projektet.',
      'Ett starkt belägg övertygar mer än en lista.',
      'Öva inför ett annat team och be om kamratrespons.',
    ],
    pitfalls: [
      'Pitchen berättar om projektets skeden och inte om vad som förändras för kunden.',
      'Fackspråk och förkortningar som åhörarna inte känner till.',
      'Begäran saknas, och åhöraren vet inte vad som förväntas av hen.',
    ],
    example:
      'Kokeilujalostamos sista verkstad, avslutningsfesten, bestod av teamens finslipade hisspitchar och kamratrespons på dem. Tio kommunteam presenterade sina koncept för varandra och för beslutsfattare.',
  },
  en: {
    title: 'Elevator pitch',
    purpose:
      'An elevator pitch (hissipuhe) tells the heart of a concept in a couple of minutes: whose problem is solved, how, and why now. It forces the team to sharpen the concept and helps win over decision-makers and partners.',
    steps: [
      'Write in one sentence whose problem the concept solves and how.',
      'Choose one piece of evidence that makes the problem real: a quote, a figure or a short customer story.',
      'Tell the solution from the customer’s point of view, and what the test taught you.',
      'End with an ask: what do you need from the listeners (a decision, funding, a partner, a pilot site)?',
      'Rehearse aloud and time it: 1–2 minutes.',
    ],
    materials: [
      'The concept card and test results',
      'A timer',
      'One picture or the prototype to show, if needed',
    ],
    tips: [
      'Start with the customer, not the organisation or the project.',
      'One strong piece of evidence convinces more than a list.',
      'Rehearse in front of another team and ask for peer feedback.',
    ],
    pitfalls: [
      'The pitch tells the project’s stages instead of what changes for the customer.',
      'Jargon and abbreviations the listeners do not know.',
      'The ask is missing, and listeners do not know what is expected of them.',
    ],
    example:
      'Kokeilujalostamo’s last workshop, its closing celebration, consisted of the teams’ polished elevator pitches and peer feedback on them. Ten municipal teams presented their concepts to each other and to decision-makers.',
  },
};
