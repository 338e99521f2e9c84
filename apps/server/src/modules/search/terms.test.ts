import { describe, expect, it } from 'vitest';
import {
  analysisTerms,
  buildTsQuery,
  escapeTsQueryLexeme,
  finnishSnippet,
  indexTerms,
  MAX_QUERY_WORDS,
  queryTerms,
  tokenize,
  type FinnishAnalyzer,
  type MorphAnalysis,
} from './terms.ts';

// Readings as libvoikko 4.3 with voikko-fi 2.5 gives them, so the parsing of WORDBASES is tested
// without the native library; voikko.test.ts checks the same words against the real one.
const readings: Record<string, MorphAnalysis[]> = {
  palvelupoluilla: [
    { baseform: 'palvelupolku', wordbases: '+palvel(palvella)+u(+u)+polku(polku)' },
  ],
  työpajoissa: [{ baseform: 'työpaja', wordbases: '+työ(työ)+paja(paja)' }],
  asiakkaiden: [{ baseform: 'asiakas', wordbases: '+asiakas(asiakas)' }],
  kunto: [{ baseform: 'kunto', wordbases: '+kunto(kunto)' }],
  hankkeen: [{ baseform: 'hanke', wordbases: '+hanke(hanke)' }],
};
const fakeVoikko: FinnishAnalyzer = { analyze: (word) => readings[word] ?? [] };

describe('tokenize', () => {
  it('keeps hyphenated compounds whole and lists their pieces', () => {
    expect(tokenize('KUNTO-hankkeen tulokset')).toEqual([
      { word: 'kunto-hankkeen', parts: ['kunto', 'hankkeen'] },
      { word: 'tulokset', parts: ['tulokset'] },
    ]);
  });

  it('lower-cases capitalised words and keeps å, ä and ö', () => {
    expect(tokenize('Työpajoissa Åbolands Ääni ÖLJY').map((token) => token.word)).toEqual([
      'työpajoissa',
      'åbolands',
      'ääni',
      'öljy',
    ]);
  });

  it('splits at punctuation, spaces and dashes between words but not inside them', () => {
    expect(
      tokenize('asiakas, (palvelu)… "polku"! sote‑palvelut 2024–2025 kokemus- ja').map(
        (token) => token.word,
      ),
    ).toEqual(['asiakas', 'palvelu', 'polku', 'sote-palvelut', '2024', '2025', 'kokemus', 'ja']);
  });

  it("keeps the apostrophe Finnish spelling puts inside a word (vaa'an)", () => {
    expect(tokenize("vaa'an vaa’an ’lainaus’")).toEqual([
      { word: "vaa'an", parts: ["vaa'an"] },
      { word: "vaa'an", parts: ["vaa'an"] },
      { word: 'lainaus', parts: ['lainaus'] },
    ]);
  });

  it('composes decomposed letters, so ä typed as a + ◌̈ is one letter', () => {
    expect(tokenize('ta\u0308ma\u0308')).toEqual([{ word: 'tämä', parts: ['tämä'] }]);
  });

  it('finds no words in punctuation or whitespace', () => {
    expect(tokenize('  \t\n ,.;:!? -- \'" ')).toEqual([]);
  });
});

describe('analysisTerms', () => {
  it('gives a compound its parts and its runs of parts', () => {
    expect(
      analysisTerms({
        baseform: 'kokemusasiantuntija',
        wordbases: '+kokemus(kokemus)+asian(asia)+tunti(tuntea)+ja(+ja)',
      }),
    ).toEqual({
      lemma: 'kokemusasiantuntija',
      parts: ['kokemus', 'asia', 'kokemusasia', 'tuntija', 'asiantuntija'],
    });
  });

  it('names a derived part by its own letters, not by the word it comes from', () => {
    const { parts } = analysisTerms({
      baseform: 'asiointipalvelu',
      wordbases: '+asioi(asioida)+nti(+ti)+palvel(palvella)+u(+u)',
    });
    expect(parts).toEqual(['asiointi', 'palvelu']);
    expect(parts).not.toContain('asioida');
    expect(parts).not.toContain('palvella');
  });

  it('reads several derivational suffixes in one morpheme', () => {
    expect(
      analysisTerms({
        baseform: 'puhelinhaastattelu',
        wordbases: '+puhelin(puhelin)+haastat(haastattaa)tel(+ella)+u(+u)',
      }).parts,
    ).toEqual(['puhelin', 'haastattelu']);
  });

  it('folds an inflected non-final part into its part (palvelun+käyttäjä)', () => {
    expect(
      analysisTerms({
        baseform: 'palvelunkäyttäjä',
        wordbases: '+palvel(palvella)+un(+u)+käyttä(käyttää)+jä(+jä)',
      }).parts,
    ).toEqual(['palvelun', 'käyttäjä']);
  });

  it('keeps the hyphen in runs across it', () => {
    expect(
      analysisTerms({
        baseform: 'sote-palvelupolku',
        wordbases: '+sote(sote)+-+palvel(palvella)+u(+u)+polku(polku)',
      }).parts,
    ).toEqual(['sote', 'palvelu', 'sote-palvelu', 'polku', 'palvelupolku']);
  });

  it('takes a prefix without a base as a part, and a lexicalised base whole', () => {
    expect(analysisTerms({ baseform: 'digituki', wordbases: '+digi+tuki(tuki)' }).parts).toEqual([
      'digi',
      'tuki',
    ]);
    expect(
      analysisTerms({
        baseform: 'toimeentulotuki',
        wordbases: '+toimeentulo(toimeen=tulo)+tuki(tuki)',
      }).parts,
    ).toEqual(['toimeentulo', 'tuki']);
  });

  it('gives a simple word or a reading without WORDBASES only its lemma', () => {
    expect(analysisTerms({ baseform: 'Asiakas', wordbases: '+asiakas(asiakas)' })).toEqual({
      lemma: 'asiakas',
      parts: [],
    });
    expect(analysisTerms({ baseform: 'Alkio-opisto', wordbases: null })).toEqual({
      lemma: 'alkio-opisto',
      parts: [],
    });
  });
});

describe('indexTerms', () => {
  it('adds lemmas and compound parts of Finnish words, once each', () => {
    expect(
      indexTerms('Palvelupoluilla ja työpajoissa asiakkaiden palvelupoluilla', 'fi', fakeVoikko),
    ).toBe('palvelupolku palvelu polku työpaja työ paja asiakas');
  });

  it('analyses a hyphenated word piece by piece when Voikko does not know it whole', () => {
    expect(indexTerms('KUNTO-hankkeen', 'fi', fakeVoikko)).toBe('hanke');
  });

  it('adds nothing that the text already holds', () => {
    expect(indexTerms('työpaja työpajoissa työ paja', 'fi', fakeVoikko)).toBe('');
  });

  it('adds nothing without an analyzer (Snowball alone) or for other languages', () => {
    expect(indexTerms('palvelupoluilla työpajoissa', 'fi', null)).toBe('');
    expect(indexTerms('palvelupoluilla työpajoissa', 'fi')).toBe('');
    for (const language of ['sv', 'en', 'simple'] as const) {
      expect(indexTerms('palvelupoluilla työpajoissa', language, fakeVoikko)).toBe('');
    }
  });
});

describe('queryTerms', () => {
  it('gives each word its lemmas as alternatives', () => {
    expect(queryTerms('Asiakkaiden työpajoissa', 'fi', fakeVoikko)).toEqual([
      ['asiakkaiden', 'asiakas'],
      ['työpajoissa', 'työpaja'],
    ]);
  });

  it('makes each piece of a hyphenated word a word of the query', () => {
    expect(queryTerms('KUNTO-hankkeen', 'fi', fakeVoikko)).toEqual([
      ['kunto'],
      ['hankkeen', 'hanke'],
    ]);
  });

  it('falls back to the words as typed', () => {
    expect(queryTerms('Asiakkaiden  työpajoissa asiakkaiden', 'fi', null)).toEqual([
      ['asiakkaiden'],
      ['työpajoissa'],
    ]);
    expect(queryTerms('Asiakkaiden', 'sv', fakeVoikko)).toEqual([['asiakkaiden']]);
  });

  it('finds no words in an empty, blank or punctuation-only query', () => {
    for (const query of ['', '   ', '\t\n', "'&|!:*()\\", '<-> !! ::*']) {
      expect(queryTerms(query, 'fi', fakeVoikko)).toEqual([]);
      expect(buildTsQuery(queryTerms(query, 'fi', fakeVoikko))).toBe('');
    }
  });

  it(`stops at ${MAX_QUERY_WORDS} words`, () => {
    const words = Array.from({ length: 100 }, (_, index) => `sana${index}`);
    expect(queryTerms(words.join(' '), 'fi', null)).toHaveLength(MAX_QUERY_WORDS);
  });

  it('keeps operator characters inside words out of the query syntax', () => {
    expect(buildTsQuery(queryTerms("polku':* | !asiakas & (paja)", 'fi', null))).toBe(
      "'polku' & 'asiakas' & 'paja'",
    );
  });
});

describe('escapeTsQueryLexeme', () => {
  it('quotes a lexeme, doubling quotes and backslashes', () => {
    expect(escapeTsQueryLexeme('polku')).toBe("'polku'");
    expect(escapeTsQueryLexeme("vaa'an")).toBe("'vaa''an'");
    expect(escapeTsQueryLexeme('a\\b')).toBe("'a\\\\b'");
    expect(escapeTsQueryLexeme("\\'")).toBe("'\\\\'''");
    expect(escapeTsQueryLexeme("a' | b:* & !c")).toBe("'a'' | b:* & !c'");
  });

  it('drops NUL, which PostgreSQL text cannot hold', () => {
    expect(escapeTsQueryLexeme('a\0b')).toBe("'ab'");
  });
});

describe('buildTsQuery', () => {
  it('joins alternatives with | and words with &', () => {
    expect(buildTsQuery([['asiakkaiden', 'asiakas'], ['polku'], ['työpajoissa', 'työpaja']])).toBe(
      "('asiakkaiden' | 'asiakas') & 'polku' & ('työpajoissa' | 'työpaja')",
    );
  });

  it('skips empty lexemes and groups and repeated alternatives', () => {
    expect(buildTsQuery([[], ['', '  ', '\0'], ['paja', 'paja', ' paja ']])).toBe("'paja'");
    expect(buildTsQuery([])).toBe('');
  });

  it('quotes hostile lexemes given directly', () => {
    expect(
      buildTsQuery([
        ["'", '&', '|'],
        ['!', ':*', '()', '\\'],
      ]),
    ).toBe("('''' | '&' | '|') & ('!' | ':*' | '()' | '\\\\')");
  });
});

describe('finnishSnippet', () => {
  it('marks the compound and inflected words a query found, with context before them', () => {
    const text =
      'Kävin kolmessa toimipisteessä ennen kuin ymmärsin asian. Lupa-asioinnin palvelupoluilla eksyin, ja asiakkaiden jonot olivat pitkiä.';
    expect(finnishSnippet(text, 'polku asiakas', fakeVoikko)).toBe(
      'ennen kuin ymmärsin asian. Lupa-asioinnin \u0002palvelupoluilla\u0003 eksyin, ja \u0002asiakkaiden\u0003 jonot olivat pitkiä',
    );
  });

  it('is null when no word matches, and stops at the word limit', () => {
    expect(finnishSnippet('Lomake oli vaikea.', 'polku', fakeVoikko)).toBeNull();
    expect(finnishSnippet('kunto yksi kaksi kolme', 'kunto', fakeVoikko, 2)).toBe(
      '\u0002kunto\u0003 yksi',
    );
  });
});
