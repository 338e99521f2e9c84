import { describe, expect, it } from 'vitest';
import {
  catalogs,
  intlLocales,
  localeCodes,
  messageArguments,
  translate,
  type Catalog,
  type LocaleCode,
  type MessageKey,
  type MessageParams,
} from './index.ts';

/**
 * The rule: a message takes a count when one of its arguments is named `count` or `…Count`, or
 * is a plural in the Finnish source. In every language that argument must be a plural with a
 * form for each plural category of the language (`Intl.PluralRules`), or — where the number
 * stands alone, as in "(3)" — `{count, number}`; a plural in Finnish is a plural everywhere.
 * A bare `{count}` would read "1 korttia".
 */
function countProblems(all: Record<LocaleCode, Catalog>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(all.fi) as MessageKey[]) {
    const source = messageArguments(all.fi[key]);
    const inflected = new Set(source.filter((a) => a.kind === 'plural').map((a) => a.name));
    const isCount = (name: string) =>
      name === 'count' || name.endsWith('Count') || inflected.has(name);
    for (const locale of localeCodes) {
      const categories = new Intl.PluralRules(intlLocales[locale]).resolvedOptions()
        .pluralCategories;
      for (const argument of messageArguments(all[locale][key])) {
        if (!isCount(argument.name)) continue;
        const where = `${locale} ${key} {${argument.name}}`;
        if (argument.kind === 'value') problems.push(`${where}: no plural forms`);
        if (argument.kind === 'number' && inflected.has(argument.name))
          problems.push(`${where}: a plural in Finnish, a bare number here`);
        if (argument.kind === 'plural') {
          const missing = categories.filter((category) => !argument.forms.includes(category));
          if (missing.length > 0) problems.push(`${where}: no form for ${missing.join(', ')}`);
        }
      }
    }
  }
  return problems;
}

describe('count messages', () => {
  it('have their plural forms in every language', () => {
    expect(countProblems(catalogs)).toEqual([]);
  });

  it('are found lacking them', () => {
    const broken: Record<LocaleCode, Catalog> = {
      fi: { ...catalogs.fi, 'board.group.cardCount': '{count} korttia' },
      sv: { ...catalogs.sv, 'journey.cell.citations': '{count, plural, other {# källor}}' },
      en: { ...catalogs.en, 'search.count': '{count, number} results' },
    };
    expect(countProblems(broken)).toEqual([
      'en search.count {count}: a plural in Finnish, a bare number here',
      'fi board.group.cardCount {count}: no plural forms',
      'sv journey.cell.citations {count}: no form for one',
    ]);
  });

  const forms = (locale: LocaleCode, key: MessageKey, params: (n: number) => MessageParams) =>
    [0, 1, 2, 5].map((n) => translate(locale, key, params(n)));
  const count = (n: number) => ({ count: n });
  const themes = (n: number) => ({ count: n, unassignedCount: n });

  it.each<[LocaleCode, MessageKey, (n: number) => MessageParams, string[]]>([
    ['fi', 'board.group.cardCount', count, ['0 korttia', '1 kortti', '2 korttia', '5 korttia']],
    ['sv', 'board.group.cardCount', count, ['0 kort', '1 kort', '2 kort', '5 kort']],
    ['en', 'board.group.cardCount', count, ['0 cards', '1 card', '2 cards', '5 cards']],
    ['fi', 'journey.cell.citations', count, ['0 lähdettä', '1 lähde', '2 lähdettä', '5 lähdettä']],
    ['sv', 'journey.cell.citations', count, ['0 källor', '1 källa', '2 källor', '5 källor']],
    ['en', 'journey.cell.citations', count, ['0 sources', '1 source', '2 sources', '5 sources']],
    [
      'fi',
      'board.themes.done',
      themes,
      [
        '0 teemaa ehdotettu; 0 korttia ei sopinut mihinkään.',
        '1 teema ehdotettu; 1 kortti ei sopinut mihinkään.',
        '2 teemaa ehdotettu; 2 korttia ei sopinut mihinkään.',
        '5 teemaa ehdotettu; 5 korttia ei sopinut mihinkään.',
      ],
    ],
    [
      'sv',
      'board.themes.done',
      themes,
      [
        '0 teman föreslogs; 0 kort passade inte in någonstans.',
        '1 tema föreslogs; 1 kort passade inte in någonstans.',
        '2 teman föreslogs; 2 kort passade inte in någonstans.',
        '5 teman föreslogs; 5 kort passade inte in någonstans.',
      ],
    ],
    [
      'en',
      'board.themes.done',
      themes,
      [
        '0 themes suggested; 0 cards fitted none.',
        '1 theme suggested; 1 card fitted none.',
        '2 themes suggested; 2 cards fitted none.',
        '5 themes suggested; 5 cards fitted none.',
      ],
    ],
  ])('%s %s for 0, 1, 2 and 5', (locale, key, params, expected) => {
    expect(forms(locale, key, params)).toEqual(expected);
  });

  it('write the number in the format of the language', () => {
    expect(translate('fi', 'board.group.cardCount', { count: 1234 })).toBe('1\u00a0234 korttia');
    expect(translate('sv', 'insight.list.count', { count: 1234 })).toBe('1\u00a0234 insikter');
    expect(translate('en', 'board.group.cardCount', { count: 1234 })).toBe('1,234 cards');
    expect(translate('fi', 'note.evidenceTitle', { count: 1500 })).toBe(
      'Tästä muistiinpanosta tehty evidenssi (1\u00a0500)',
    );
  });
});
