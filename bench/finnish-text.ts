// Deterministic Finnish evidence text for the search and import benchmarks: interview findings,
// observations and survey answers about municipal services, 8–25 words a sentence, with inflected
// forms (asiakkaiden, luvan, tuen), consonant gradation and a long tail of compounds made of a
// modifier and an inflected head (lupahakemuksen, palvelupoluilla, työllisyyspalveluista), picked
// with a skewed distribution so that a few words are everywhere and most are rare, as in real text.

/** A small, fast generator (sfc32) seeded from one integer: the same seed, the same text. */
export function createRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T => {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
};

/** Skewed towards the start of the list: the first items are common, the last rare. */
const pickSkewed = <T>(random: Random, list: readonly T[], skew = 2.2): T => {
  const value = list[Math.floor(random() ** skew * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
};

/** A random (version 4 shaped) UUID from the generator, so ids are reproducible too. */
export function randomUuid(random: Random): string {
  const hex: string[] = [];
  for (let i = 0; i < 4; i++)
    hex.push(
      Math.floor(random() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    );
  const h = hex.join('');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// Case forms of a compound head: nominative, genitive, partitive, inessive, elative, illative,
// adessive, allative, nominative plural, genitive plural, inessive plural.
const cases = [
  'nom',
  'gen',
  'part',
  'ine',
  'ela',
  'ill',
  'ade',
  'all',
  'nomPl',
  'genPl',
  'inePl',
] as const;
type Case = (typeof cases)[number];
type Forms = Record<Case, string>;

// Most common first (pickSkewed).
const heads: readonly Forms[] = [
  'palvelu palvelun palvelua palvelussa palvelusta palveluun palvelulla palvelulle palvelut palveluiden palveluissa',
  'polku polun polkua polussa polusta polkuun polulla polulle polut polkujen poluilla',
  'hakemus hakemuksen hakemusta hakemuksessa hakemuksesta hakemukseen hakemuksella hakemukselle hakemukset hakemusten hakemuksissa',
  'neuvonta neuvonnan neuvontaa neuvonnassa neuvonnasta neuvontaan neuvonnalla neuvonnalle neuvonnat neuvontojen neuvonnoissa',
  'ohjaus ohjauksen ohjausta ohjauksessa ohjauksesta ohjaukseen ohjauksella ohjaukselle ohjaukset ohjausten ohjauksissa',
  'kokemus kokemuksen kokemusta kokemuksessa kokemuksesta kokemukseen kokemuksella kokemukselle kokemukset kokemusten kokemuksissa',
  'tarina tarinan tarinaa tarinassa tarinasta tarinaan tarinalla tarinalle tarinat tarinoiden tarinoissa',
  'lomake lomakkeen lomaketta lomakkeessa lomakkeesta lomakkeeseen lomakkeella lomakkeelle lomakkeet lomakkeiden lomakkeissa',
  'päätös päätöksen päätöstä päätöksessä päätöksestä päätökseen päätöksellä päätökselle päätökset päätösten päätöksissä',
  'tuki tuen tukea tuessa tuesta tukeen tuella tuelle tuet tukien tuissa',
  'kysely kyselyn kyselyä kyselyssä kyselystä kyselyyn kyselyllä kyselylle kyselyt kyselyjen kyselyissä',
  'maksu maksun maksua maksussa maksusta maksuun maksulla maksulle maksut maksujen maksuissa',
  'ohje ohjeen ohjetta ohjeessa ohjeesta ohjeeseen ohjeella ohjeelle ohjeet ohjeiden ohjeissa',
  'sivusto sivuston sivustoa sivustossa sivustosta sivustoon sivustolla sivustolle sivustot sivustojen sivustoissa',
  'piste pisteen pistettä pisteessä pisteestä pisteeseen pisteellä pisteelle pisteet pisteiden pisteissä',
  'lupa luvan lupaa luvassa luvasta lupaan luvalla luvalle luvat lupien luvissa',
  'suunnitelma suunnitelman suunnitelmaa suunnitelmassa suunnitelmasta suunnitelmaan suunnitelmalla suunnitelmalle suunnitelmat suunnitelmien suunnitelmissa',
  'järjestelmä järjestelmän järjestelmää järjestelmässä järjestelmästä järjestelmään järjestelmällä järjestelmälle järjestelmät järjestelmien järjestelmissä',
  'tieto tiedon tietoa tiedossa tiedosta tietoon tiedolla tiedolle tiedot tietojen tiedoissa',
  'kanava kanavan kanavaa kanavassa kanavasta kanavaan kanavalla kanavalle kanavat kanavien kanavissa',
  'prosessi prosessin prosessia prosessissa prosessista prosessiin prosessilla prosessille prosessit prosessien prosesseissa',
  'aika ajan aikaa ajassa ajasta aikaan ajalla ajalle ajat aikojen ajoissa',
  'paja pajan pajaa pajassa pajasta pajaan pajalla pajalle pajat pajojen pajoissa',
  'raati raadin raatia raadissa raadista raatiin raadilla raadille raadit raatien raadeissa',
  'kartta kartan karttaa kartassa kartasta karttaan kartalla kartalle kartat karttojen kartoissa',
  'ryhmä ryhmän ryhmää ryhmässä ryhmästä ryhmään ryhmällä ryhmälle ryhmät ryhmien ryhmissä',
  'viesti viestin viestiä viestissä viestistä viestiin viestillä viestille viestit viestien viesteissä',
  'asiantuntija asiantuntijan asiantuntijaa asiantuntijassa asiantuntijasta asiantuntijaan asiantuntijalla asiantuntijalle asiantuntijat asiantuntijoiden asiantuntijoissa',
  'tila tilan tilaa tilassa tilasta tilaan tilalla tilalle tilat tilojen tiloissa',
  'varaus varauksen varausta varauksessa varauksesta varaukseen varauksella varaukselle varaukset varausten varauksissa',
].map((line) => {
  const words = line.split(' ');
  if (words.length !== cases.length) throw new Error(`${line}: expected ${cases.length} forms`);
  return Object.fromEntries(cases.map((form, i) => [form, words[i] ?? ''])) as Forms;
});

// Compound-initial forms, most common first.
const modifiers = [
  'asiakas',
  'palvelu',
  'työllisyys',
  'lupa',
  'sosiaali',
  'terveys',
  'asiointi',
  'kokemus',
  'asumis',
  'kirjasto',
  'liikunta',
  'nuoriso',
  'kotihoito',
  'perhe',
  'vammais',
  'koulu',
  'joukkoliikenne',
  'jäte',
  'ympäristö',
  'rakennus',
  'kotoutumis',
  'omaishoito',
  'varhaiskasvatus',
  'toimeentulo',
  'kuntoutus',
  'verkko',
  'puhelin',
  'palaute',
  'kehittämis',
  'yritys',
  'opiskelija',
  'neuvola',
  'hyvinvointi',
  'matkailu',
  'pysäköinti',
  'tapahtuma',
  'vuokra',
  'harrastus',
  'kulttuuri',
  'ajanvaraus',
] as const;

/** The compound the selective query looks for: never made by `compound()`, only planted. */
export const RARE_WORD = 'kotoutumissuunnitelma';
const rareSentences = [
  'Kotoutumissuunnitelman laatiminen kesti liian kauan.',
  'Kotoutumissuunnitelmassa ei huomioitu perheen tilannetta.',
  'Kotoutumissuunnitelmaan kirjattiin kielikoulutus ja työkokeilu.',
  'Ohjaaja päivitti kotoutumissuunnitelmaa yhdessä perheen kanssa.',
  'Hän ei tiennyt, mikä kotoutumissuunnitelma on.',
  'Kotoutumissuunnitelmista puuttui tieto lasten päivähoidosta.',
];

function compound(random: Random, form: Case): string {
  for (;;) {
    const modifier = pickSkewed(random, modifiers, 1.8);
    const head = pickSkewed(random, heads, 1.6);
    if (modifier === 'kotoutumis' && head.nom === 'suunnitelma') continue;
    if (modifier === head.nom) continue;
    return modifier + head[form];
  }
}

type Subject = { text: string; plural: boolean };
const subjects: readonly Subject[] = [
  { text: 'asiakas', plural: false },
  { text: 'asiakkaat', plural: true },
  { text: 'moni asiakas', plural: false },
  { text: 'työnhakija', plural: false },
  { text: 'nuori työnhakija', plural: false },
  { text: 'omaishoitaja', plural: false },
  { text: 'kuntalainen', plural: false },
  { text: 'lapsiperhe', plural: false },
  { text: 'yrittäjä', plural: false },
  { text: 'iäkäs asukas', plural: false },
  { text: 'vastaaja', plural: false },
  { text: 'monet vastaajat', plural: true },
  { text: 'haastateltava', plural: false },
  { text: 'kokemusasiantuntija', plural: false },
  { text: 'palveluohjaaja', plural: false },
  { text: 'sosiaaliohjaaja', plural: false },
  { text: 'työntekijä', plural: false },
  { text: 'henkilökunta', plural: false },
  { text: 'maahan muuttanut perhe', plural: false },
  { text: 'opiskelija', plural: false },
  { text: 'vanhemmat', plural: true },
  { text: 'nuoret', plural: true },
];
const saidVerbs: readonly [string, string][] = [
  ['kertoi', 'kertoivat'],
  ['totesi', 'totesivat'],
  ['toivoi', 'toivoivat'],
  ['sanoi', 'sanoivat'],
  ['mainitsi', 'mainitsivat'],
  ['korosti', 'korostivat'],
  ['kuvasi', 'kuvasivat'],
  ['harmitteli', 'harmittelivat'],
  ['arvioi', 'arvioivat'],
];
const occasions = [
  'haastattelussa',
  'työpajassa',
  'asiakasraadissa',
  'palautekyselyssä',
  'puhelinhaastattelussa',
  'havainnoinnin aikana',
  'asukastilaisuudessa',
  'ryhmähaastattelussa',
  'palvelumuotoilun työpajassa',
  'kokemusasiantuntijoiden tapaamisessa',
];
const places = [
  'sähköisessä asiointipalvelussa',
  'palvelupisteessä',
  'puhelinpalvelussa',
  'kirjastossa',
  'terveysasemalla',
  'kaupungin verkkosivuilla',
  'chat-palvelussa',
  'virastotalossa',
  'työllisyyspalveluissa',
  'asukastalolla',
  'neuvolassa',
  'lähitoimistossa',
];
const infinitives = [
  'täyttäminen',
  'löytäminen',
  'ymmärtäminen',
  'käyttäminen',
  'varaaminen',
  'lähettäminen',
  'seuraaminen',
  'peruminen',
  'muuttaminen',
];
const judgements = [
  'hankalaa',
  'vaikeaa',
  'helppoa',
  'sekavaa',
  'hidasta',
  'työlästä',
  'yllättävän nopeaa',
  'turhauttavaa',
  'selkeää',
  'aikaa vievää',
];
const adverbs = [
  'hyvin',
  'huonosti',
  'sujuvasti',
  'hitaasti',
  'yllättävän nopeasti',
  'usein',
  'harvoin',
  'ajoittain',
  'joustavasti',
  'kankeasti',
];
const personsAllative = [
  'asiakkaalle',
  'hakijalle',
  'omaishoitajalle',
  'nuorelle',
  'perheelle',
  'yrittäjälle',
  'työnhakijalle',
  'kuntalaiselle',
  'asukkaalle',
  'asiakkaille',
];
const personsPlural = [
  'asiakkaat',
  'monet vastaajat',
  'nuoret',
  'iäkkäät asukkaat',
  'lapsiperheet',
  'yrittäjät',
  'työnhakijat',
  'kuntalaiset',
  'omaishoitajat',
];
const waits = [
  'kaksi viikkoa',
  'kolme viikkoa',
  'kuukauden',
  'useita päiviä',
  'puoli vuotta',
  'tunnin jonossa',
  'koko aamupäivän',
];
const presentVerbs = [
  'toimii',
  'kaatui',
  'palvelee',
  'jumittaa',
  'uudistettiin',
  'ruuhkautuu',
  'auttoi',
  'muuttui',
];
const channels = [
  'puhelimella',
  'verkossa',
  'kasvokkain',
  'chatissa',
  'sähköpostilla',
  'mobiilisovelluksella',
  'asiakkaan kotona',
];
const openings = [
  'Lisäksi',
  'Toisaalta',
  'Erityisesti',
  'Kuitenkin',
  'Myös',
  'Usein',
  'Monen mielestä',
];
const conjunctions = ['ja', 'mutta', 'koska', 'vaikka', 'joten'];

/** One clause of a finding, in lower case, without the full stop. */
function clause(random: Random): string {
  switch (Math.floor(random() * 10)) {
    case 0:
      return `${compound(random, 'gen')} ${pick(random, infinitives)} oli ${pick(random, judgements)}`;
    case 1:
      return `${compound(random, 'nomPl')} olivat hajallaan ${pick(random, places)}`;
    case 2:
      return `${pick(random, personsAllative)} ei kerrottu ${compound(random, 'ela')} mitään`;
    case 3:
      return `hän joutui odottamaan ${pick(random, waits)} ennen kuin sai ${compound(random, 'part')}`;
    case 4:
      return `${compound(random, 'ine')} asiointi sujui ${pick(random, adverbs)}`;
    case 5:
      return `${pick(random, personsPlural)} eivät tienneet, mistä ${compound(random, 'ela')} saa tietoa`;
    case 6:
      return `${compound(random, 'nom')} ${pick(random, presentVerbs)} ${pick(random, adverbs)}`;
    case 7:
      return `palvelu olisi parempi, jos ${compound(random, 'ade')} olisi selkeämmät ohjeet`;
    case 8:
      return `asia haluttiin hoitaa ${pick(random, channels)} eikä ${pick(random, places)}`;
    default:
      return `${compound(random, 'genPl')} ${pick(random, infinitives)} vei ${pick(random, waits)}`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One finding of 8–25 words. */
function sentence(random: Random): string {
  switch (Math.floor(random() * 5)) {
    case 0: {
      const subject = pick(random, subjects);
      const [one, many] = pick(random, saidVerbs);
      return `${capitalise(subject.text)} ${subject.plural ? many : one} ${pick(random, occasions)}, että ${clause(random)}.`;
    }
    case 1:
      return `${capitalise(pick(random, occasions))} nousi esiin, että ${clause(random)}.`;
    case 2:
      return `${capitalise(clause(random))}, ${pick(random, conjunctions)} ${clause(random)}.`;
    case 3:
      return `${capitalise(clause(random))}.`;
    default: {
      const subject = pick(random, subjects);
      return `${capitalise(subject.text)} ${subject.plural ? 'toivoivat' : 'toivoi'}, että ${compound(random, 'nom')} ${pick(random, presentVerbs)} ${pick(random, adverbs)} ${pick(random, places)}.`;
    }
  }
}

/**
 * A piece of evidence of 8–25 words; with `rare`, one of its sentences is about the
 * kotoutumissuunnitelma (RARE_WORD), in some inflected form.
 */
export function evidenceText(random: Random, rare = false): string {
  for (;;) {
    const parts = [sentence(random)];
    const target = 8 + Math.floor(random() * 18);
    while (wordCount(parts.join(' ')) < target - 6) {
      parts.push(`${pick(random, openings)} ${clause(random)}.`);
    }
    if (rare)
      parts.splice(Math.floor(random() * (parts.length + 1)), 0, pick(random, rareSentences));
    const text = parts.join(' ');
    const words = wordCount(text);
    if (words >= 8 && words <= 25) return text;
  }
}

/** Free-text survey answers, shorter and plainer than interview findings; '' for a skipped one. */
export function surveyAnswer(random: Random, skipShare: number): string {
  if (random() < skipShare) return '';
  return random() < 0.5 ? `${capitalise(clause(random))}.` : evidenceText(random);
}
