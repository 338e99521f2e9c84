// A survey export as Webropol (and Excel in a Finnish locale) writes one: semicolon-separated,
// Windows-1252, CRLF line ends, a header of questions in Finnish, quoted fields where an answer
// holds a semicolon, a quote or a line break. Deterministic from the seed.
import fs from 'node:fs';
import { once } from 'node:events';
import { createRandom, pick, surveyAnswer, type Random } from './finnish-text.ts';

export const SURVEY_HEADER = [
  'Vastaajan tunnus',
  'Ikäryhmä',
  'Asuinalue',
  'Mikä palvelussa toimi hyvin?',
  'Mitä meidän pitäisi parantaa?',
  'Vastausaika',
] as const;
/** The mapping a person would choose in the preview, one role per column. */
export const SURVEY_COLUMNS = [
  'attribute',
  'attribute',
  'segment',
  'evidence',
  'evidence',
  'ignore',
] as const;

const ageBands = ['alle 18', '18–29', '30–44', '45–64', '65–74', 'yli 75'];
const areas = [
  'Keskusta',
  'Kärpänen',
  'Liipola',
  'Kiveriö',
  'Ahtiala',
  'Mukkula',
  'Jalkaranta',
  'Villähde',
  'Nastola',
  'Hennala',
  'Möysä',
  'Launeenkylä',
  'Ämmälä',
];

// Windows-1252 differs from Latin-1 in 0x80–0x9F, where it has typographic marks.
const windows1252Extras = new Map<string, number>([
  ['€', 0x80],
  ['…', 0x85],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['–', 0x96],
  ['—', 0x97],
]);

export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const extra = windows1252Extras.get(text[i] ?? '');
    if (extra !== undefined) bytes[i] = extra;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else throw new Error(`not in Windows-1252: ${text[i]} in ${text}`);
  }
  return bytes;
}

const quoted = (value: string) =>
  /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** A free-text answer, now and then over two lines or with a quoted word or a semicolon. */
function answer(random: Random): string {
  let text = surveyAnswer(random, 0.25);
  if (!text) return text;
  const roll = random();
  if (roll < 0.04) text = `${text}\r\n${surveyAnswer(random, 0)}`;
  else if (roll < 0.07) text = text.replace(/ (\p{L}+)/u, ' ”$1”');
  else if (roll < 0.09) text = `${text.replace(/\.$/, '')}; muuten kaikki hyvin.`;
  return text;
}

export type SurveyFile = { rows: number; answers: number; bytes: number };

/** Writes `rows` respondents to `file`; counts the non-empty answers (the evidence to expect). */
export async function writeSurveyCsv(
  file: string,
  rows: number,
  seed: number,
): Promise<SurveyFile> {
  const random = createRandom(seed);
  const out = fs.createWriteStream(file);
  let answers = 0;
  let bytes = 0;
  const write = async (text: string) => {
    const chunk = encodeWindows1252(text);
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(`${SURVEY_HEADER.map(quoted).join(';')}\r\n`);
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const first = answer(random);
    const second = answer(random);
    // Empty and blank answers become no evidence.
    answers += Number(first.trim() !== '') + Number(second.trim() !== '');
    const day = 1 + Math.floor(random() * 28);
    const minute = Math.floor(random() * 24 * 60);
    const when = `${day}.11.2026 ${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
    lines.push(
      [String(100_001 + i), pick(random, ageBands), pick(random, areas), first, second, when]
        .map(quoted)
        .join(';'),
    );
    if (lines.length === 1000) {
      await write(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await write(`${lines.join('\r\n')}\r\n`);
  out.end();
  await once(out, 'finish');
  return { rows, answers, bytes };
}
