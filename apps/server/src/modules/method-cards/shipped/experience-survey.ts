import type { ShippedMethodCard } from './types.ts';

export const experienceSurvey: ShippedMethodCard = {
  phases: ['discover', 'deliver'],
  minutes: { min: 120, max: 480 },
  groupSize: { min: 1, max: 3 },
  tool: 'import',
  fi: {
    title: 'Kokemusdatan kysely',
    purpose:
      'Kyselyllä kerätään kokemuksia laajemmalta joukolta kuin haastatteluilla ehditään. Se kertoo, kuinka yleisiä haastatteluissa kuullut asiat ovat, ja antaa lähtötason, johon muutoksen vaikutusta voi myöhemmin verrata.',
    steps: [
      'Määritelkää, mitä päätöstä tai kysymystä kysely palvelee. Karsikaa kysymykset, joiden vastauksia ette aio käyttää.',
      'Hyödyntäkää ensin olemassa oleva data: asiakaspalautteet, aiemmat kyselyt ja palautejärjestelmät.',
      'Laatikaa lyhyt kysely: muutama asteikkokysymys ja 1–2 avointa kysymystä ("Mikä oli hankalinta?").',
      'Testatkaa kysely parilla asiakkaalla ennen julkaisua ja korjatkaa epäselvät kysymykset.',
      'Tarjotkaa kysely suomeksi, ruotsiksi ja selkokielellä tarpeen mukaan ja kanavissa, joissa asiakkaat ovat.',
      'Tuokaa vastaukset Timanttiin CSV-tiedostona: avoimet vastaukset muuttuvat näytöiksi, joita voi ryhmitellä.',
    ],
    materials: [
      'Kyselytyökalu tai paperilomake',
      'Olemassa olevat palaute- ja asiakastyytyväisyysaineistot',
      'Saatekirje, jossa kerrotaan tietojen käytöstä',
    ],
    tips: [
      'Avoimet vastaukset ovat usein arvokkain osa: varatkaa aikaa niiden lukemiseen.',
      'Kerätkää taustatiedoksi vain se, mitä tarvitsette asiakasryhmien vertailuun.',
      'Kertokaa vastaajille jälkikäteen, mitä vastauksilla tehtiin.',
    ],
    pitfalls: [
      'Liian pitkä kysely: vastausprosentti ja vastausten laatu laskevat.',
      'Vain nykyisiltä asiakkailta kysyminen: palvelusta luopuneet tai sen ulkopuolelle jääneet eivät tule kuulluiksi.',
      'Keskiarvot piilottavat erot: pienenkin asiakasryhmän kokemus voi olla palvelun kannalta ratkaiseva.',
    ],
    example:
      'Työllisyyspalveluissa, kuten Lahden KUNTO-hankkeessa, kyselyn avulla voi selvittää, miten alle 30-vuotiaat työnhakijat kokevat ohjauksen palvelusta toiseen, ja verrata samaa kysymystä kokeilun jälkeen.',
  },
  sv: {
    title: 'Enkät om upplevelser',
    purpose:
      'Med en enkät samlar man upplevelser från en större grupp än man hinner intervjua. Den visar hur vanligt det man hört i intervjuerna är och ger en utgångsnivå som förändringens effekt senare kan jämföras med.',
    steps: [
      'Bestäm vilket beslut eller vilken fråga enkäten ska tjäna. Stryk frågor vars svar ni inte tänker använda.',
      'Använd först befintliga data: kundrespons, tidigare enkäter och responssystem.',
      'Gör en kort enkät: några skalfrågor och en eller två öppna frågor (”Vad var svårast?”).',
      'Testa enkäten med ett par kunder före publiceringen och rätta otydliga frågor.',
      'Erbjud enkäten på finska, svenska och lättläst språk vid behov, i de kanaler där kunderna finns.',
      'För in svaren i Timantti som en CSV-fil: de öppna svaren blir belägg som kan grupperas.',
    ],
    materials: [
      'Enkätverktyg eller pappersblankett',
      'Befintlig respons och kundnöjdhetsdata',
      'Följebrev som berättar hur uppgifterna används',
    ],
    tips: [
      'De öppna svaren är ofta den mest värdefulla delen: reservera tid för att läsa dem.',
      'Samla bara de bakgrundsuppgifter ni behöver för att jämföra kundgrupper.',
      'Berätta efteråt för de svarande vad svaren ledde till.',
    ],
    pitfalls: [
      'En för lång enkät: svarsfrekvensen och svarens kvalitet sjunker.',
      'Att bara fråga nuvarande kunder: de som slutat använda tjänsten eller aldrig nått den blir inte hörda.',
      'Medelvärden döljer skillnader: även en liten kundgrupps upplevelse kan vara avgörande för tjänsten.',
    ],
    example:
      'Inom sysselsättningstjänster, som i Lahtis KUNTO-projekt, kan en enkät visa hur arbetssökande under 30 år upplever att bli hänvisade från en tjänst till en annan, och samma fråga kan ställas igen efter försöket.',
  },
  en: {
    title: 'Experience-data survey',
    purpose:
      'A survey gathers experiences from more people than there is time to interview. It shows how common the things heard in interviews are and gives a baseline against which the effect of a change can later be compared.',
    steps: [
      'Define which decision or question the survey serves. Drop questions whose answers you will not use.',
      'Start from the data you already have: customer feedback, earlier surveys and feedback systems.',
      'Write a short survey: a few rating questions and one or two open ones (“What was hardest?”).',
      'Try the survey with a couple of customers before publishing it and fix unclear questions.',
      'Offer the survey in Finnish, Swedish and plain language where needed, in the channels where customers are.',
      'Bring the answers into Timantti as a CSV file: open answers become evidence that can be clustered.',
    ],
    materials: [
      'A survey tool or paper form',
      'Existing feedback and customer-satisfaction data',
      'A covering note explaining how the information is used',
    ],
    tips: [
      'Open answers are often the most valuable part: set aside time to read them.',
      'Collect only the background details you need to compare customer groups.',
      'Tell respondents afterwards what was done with their answers.',
    ],
    pitfalls: [
      'A survey that is too long: response rates and answer quality drop.',
      'Asking only current customers: those who gave up on the service or never reached it go unheard.',
      'Averages hide differences: even a small customer group’s experience can be decisive for the service.',
    ],
    example:
      'In employment services, such as Lahti’s KUNTO project, a survey can show how jobseekers under 30 experience being referred from one service to another, and the same question can be asked again after the trial.',
  },
};
