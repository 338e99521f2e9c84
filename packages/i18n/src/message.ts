import { intlLocales, type LocaleCode } from './locales.ts';

/**
 * The part of ICU MessageFormat the catalogs use, read by our own small parser so that the web
 * app's first load carries no message-format library:
 * - `{name}`: the value as given;
 * - `{name, number}`: a number in the locale's format;
 * - `{name, plural, =0 {…} one {# kortti} other {# korttia}}`: the form `Intl.PluralRules` picks
 *   (an exact `=n` first), where `#` is the number in the locale's format.
 * Anything else between braces is a syntax error, which the catalog tests find.
 */
export type MessagePart =
  | string
  | { kind: 'value'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'plural'; name: string; forms: Readonly<Record<string, MessagePart[]>> }
  | { kind: 'pound' };

/** Values of a message's arguments. A count is a number, so that it picks its plural form. */
export type MessageParams = {
  readonly count?: number;
  readonly [name: `${string}Count`]: number | undefined;
  readonly [name: string]: string | number | undefined;
};

interface Cursor {
  readonly source: string;
  at: number;
}

export function parseMessage(source: string): MessagePart[] {
  const cursor: Cursor = { source, at: 0 };
  const parts = parseParts(cursor, false);
  if (cursor.at < source.length) fail(cursor, 'a "}" without its "{"');
  return parts;
}

function parseParts(cursor: Cursor, inPlural: boolean): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push(text);
    text = '';
  };
  while (cursor.at < cursor.source.length) {
    const char = cursor.source[cursor.at];
    if (char === '}') break;
    cursor.at += 1;
    if (char === '{') {
      flush();
      parts.push(parseArgument(cursor));
    } else if (char === '#' && inPlural) {
      flush();
      parts.push({ kind: 'pound' });
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

function parseArgument(cursor: Cursor): MessagePart {
  const name = word(cursor);
  if (eat(cursor, '}')) return { kind: 'value', name };
  expect(cursor, ',');
  const type = word(cursor);
  if (type === 'number') {
    expect(cursor, '}');
    return { kind: 'number', name };
  }
  if (type !== 'plural') fail(cursor, `an argument type "${type}" (only number and plural)`);
  expect(cursor, ',');
  const forms: Record<string, MessagePart[]> = {};
  while (!eat(cursor, '}')) {
    const selector = token(cursor, /=\d+|[a-z]+/y, 'a plural category or =n');
    if (selector in forms) fail(cursor, `the form "${selector}" twice`);
    expect(cursor, '{');
    forms[selector] = parseParts(cursor, true);
    expect(cursor, '}');
  }
  if (!forms.other) fail(cursor, 'a plural without its "other" form');
  return { kind: 'plural', name, forms };
}

function skipSpace(cursor: Cursor) {
  while (/\s/.test(cursor.source[cursor.at] ?? '')) cursor.at += 1;
}

function eat(cursor: Cursor, char: string): boolean {
  skipSpace(cursor);
  if (cursor.source[cursor.at] !== char) return false;
  cursor.at += 1;
  return true;
}

function expect(cursor: Cursor, char: string) {
  if (!eat(cursor, char)) fail(cursor, `no "${char}"`);
}

function word(cursor: Cursor): string {
  return token(cursor, /\w+/y, 'a name');
}

function token(cursor: Cursor, pattern: RegExp, what: string): string {
  skipSpace(cursor);
  pattern.lastIndex = cursor.at;
  const match = pattern.exec(cursor.source);
  if (!match) fail(cursor, `no ${what}`);
  cursor.at += match[0].length;
  return match[0];
}

function fail(cursor: Cursor, problem: string): never {
  throw new SyntaxError(`Message "${cursor.source}" at ${cursor.at}: ${problem}`);
}

export interface MessageArgument {
  name: string;
  kind: 'value' | 'number' | 'plural';
  /** The selectors of a plural's forms (`one`, `other`, `=0` …). */
  forms: string[];
}

/** Every argument of a message, those inside plural forms too. */
export function messageArguments(message: string): MessageArgument[] {
  const of = (parts: readonly MessagePart[]): MessageArgument[] =>
    parts.flatMap((part): MessageArgument[] => {
      if (typeof part === 'string' || part.kind === 'pound') return [];
      if (part.kind !== 'plural') return [{ name: part.name, kind: part.kind, forms: [] }];
      return [
        { name: part.name, kind: 'plural', forms: Object.keys(part.forms) },
        ...Object.values(part.forms).flatMap(of),
      ];
    });
  return of(parseMessage(message));
}

const parsed = new Map<string, MessagePart[]>();
const numberFormats = new Map<LocaleCode, Intl.NumberFormat>();
const pluralRules = new Map<LocaleCode, Intl.PluralRules>();

function numberFormat(locale: LocaleCode): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocales[locale])));
  return format;
}

function pluralRule(locale: LocaleCode): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocales[locale])));
  return rules;
}

/** Fills a message's arguments in the locale's language; a missing one stays as `{name}`. */
export function formatMessage(locale: LocaleCode, message: string, params?: MessageParams): string {
  if (!message.includes('{')) return message;
  let parts = parsed.get(message);
  if (!parts) parsed.set(message, (parts = parseMessage(message)));
  return render(locale, parts, params ?? {}, undefined);
}

function render(
  locale: LocaleCode,
  parts: readonly MessagePart[],
  params: MessageParams,
  count: string | number | undefined,
): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
    } else if (part.kind === 'pound') {
      out += count === undefined ? '#' : formatNumber(locale, count);
    } else {
      const value = params[part.name];
      if (value === undefined) out += `{${part.name}}`;
      else if (part.kind === 'value') out += String(value);
      else if (part.kind === 'number') out += formatNumber(locale, value);
      else out += render(locale, pluralForm(locale, part.forms, Number(value)), params, value);
    }
  }
  return out;
}

// A string is shown as it is: the server fills some numbers from optional details.
function formatNumber(locale: LocaleCode, value: string | number): string {
  return typeof value === 'number' ? numberFormat(locale).format(value) : value;
}

function pluralForm(
  locale: LocaleCode,
  forms: Readonly<Record<string, MessagePart[]>>,
  value: number,
): readonly MessagePart[] {
  return forms[`=${value}`] ?? forms[pluralRule(locale).select(value)] ?? forms.other ?? [];
}
