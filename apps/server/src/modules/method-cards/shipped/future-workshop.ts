import type { ShippedMethodCard } from './types.ts';

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
