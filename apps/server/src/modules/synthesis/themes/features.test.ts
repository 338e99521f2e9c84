import { describe, expect, it } from 'vitest';
import type { FinnishAnalyzer, MorphAnalysis } from '../../search/terms.ts';
import { buildTermMatrix, extractNoteTerms } from './features.ts';

// Readings as libvoikko 4.3 with voikko-fi 2.5 gives them, so features are tested without the
// native library; quality.test.ts runs the real one.
const readings: Record<string, MorphAnalysis[]> = {
  työpajoissa: [{ baseform: 'työpaja', wordbases: '+työ(työ)+paja(paja)' }],
  työpaja: [{ baseform: 'työpaja', wordbases: '+työ(työ)+paja(paja)' }],
  urheilija: [{ baseform: 'urheilija', wordbases: '+urheili(urheilla)+ja(+ja)' }],
  urheilua: [{ baseform: 'urheilu', wordbases: '+urheil(urheilla)+u(+u)' }],
  maailmassa: [
    { baseform: 'maailma', wordbases: '+maailma(maailma)' },
    { baseform: 'maailma', wordbases: '+maa(maa)+ilma(ilma)' },
  ],
  tuli: [
    { baseform: 'tulla', wordbases: '+tulla(tulla)' },
    { baseform: 'tuli', wordbases: '+tuli(tuli)' },
  ],
  tulipalo: [{ baseform: 'tulipalo', wordbases: '+tuli(tuli)+palo(palo)' }],
  tulipalon: [{ baseform: 'tulipalo', wordbases: '+tuli(tuli)+palo(palo)' }],
  helsingissä: [{ baseform: 'Helsinki', wordbases: '+Helsinki(Helsinki)' }],
  asiakkaat: [{ baseform: 'asiakas', wordbases: '+asiakas(asiakas)' }],
  jonossa: [{ baseform: 'jono', wordbases: '+jono(jono)' }],
  on: [{ baseform: 'olla', wordbases: '+olla(olla)' }],
};
const fakeVoikko: FinnishAnalyzer = { analyze: (word) => readings[word.toLowerCase()] ?? [] };

const termsOf = (text: string, analyzer: FinnishAnalyzer | null = fakeVoikko) =>
  Object.fromEntries(extractNoteTerms([{ text, language: 'fi' }], { analyzer }).terms[0] ?? []);

describe('extractNoteTerms', () => {
  it('turns Finnish words into lemmas, compound parts and derivation roots', () => {
    expect(termsOf('Työpajoissa urheilija')).toEqual({
      työpaja: 1,
      työ: 1,
      paja: 1,
      urheilija: 1,
      urheilla: 1,
    });
    // urheilu and urheilija share their root, so notes using either are linked.
    expect(termsOf('urheilua')).toEqual({ urheilu: 1, urheilla: 1 });
  });

  it('does not split a word that Voikko also knows whole', () => {
    expect(termsOf('maailmassa')).toEqual({ maailma: 1 });
  });

  it('reads an ambiguous word as the lemma the notes confirm', () => {
    const { terms } = extractNoteTerms(
      [
        { text: 'tuli', language: 'fi' },
        { text: 'tulipalo', language: 'fi' },
        { text: 'tulipalon', language: 'fi' },
      ],
      { analyzer: fakeVoikko },
    );
    // tuli (fire) is a part of two notes' compounds; tulla (to come) of none.
    expect(Object.fromEntries(terms[0] ?? [])).toEqual({ tuli: 1 });
  });

  it('drops stop words, digits and one-letter words, also by their lemma', () => {
    expect(termsOf('Asiakkaat on 3 h jonossa ja')).toEqual({ asiakas: 1, jono: 1 });
  });

  it('counts repeats and shows names as Voikko spells them', () => {
    const { terms, display } = extractNoteTerms(
      [{ text: 'Helsingissä jonossa, jonossa', language: 'fi' }],
      { analyzer: fakeVoikko },
    );
    expect(Object.fromEntries(terms[0] ?? [])).toEqual({ helsinki: 1, jono: 2 });
    expect(display.get('helsinki')).toBe('Helsinki');
  });

  it('stems words Voikko does not know, and every word without Voikko', () => {
    expect(termsOf('Zyxwvutilla zyxwvutit')).toEqual({ zyxwvu: 2 });
    const { terms, display } = extractNoteTerms(
      [{ text: 'asiakkaat asiakkaat asiakkaiden', language: 'fi' }],
      { analyzer: null },
    );
    expect(Object.fromEntries(terms[0] ?? [])).toEqual({ asiakk: 3 });
    // A stem is shown as the word it most often stands for.
    expect(display.get('asiakk')).toBe('asiakkaat');
  });

  it('stems Swedish and English with their own stop words', () => {
    const notes = [
      { text: 'Väntetiderna är långa och väntetiden', language: 'sv' as const },
      { text: 'The waiting times were long, waited', language: 'en' as const },
    ];
    const { terms } = extractNoteTerms(notes, { analyzer: fakeVoikko });
    expect([...(terms[0]?.keys() ?? [])]).toEqual(['väntetid', 'lång']);
    expect(Object.fromEntries(terms[1] ?? [])).toEqual({ wait: 2, time: 1, long: 1 });
  });
});

describe('buildTermMatrix', () => {
  const notes = extractNoteTerms(
    [
      { text: 'jonossa jonossa asiakkaat', language: 'fi' },
      { text: 'jonossa työpaja', language: 'fi' },
      { text: 'työpaja urheilija', language: 'fi' },
      { text: 'Helsingissä', language: 'fi' },
    ],
    { analyzer: fakeVoikko },
  );
  const matrix = buildTermMatrix(notes, { minNotes: 2, maxNoteShare: 0.5 });

  it('keeps only the terms shared by enough notes and not by too many', () => {
    expect(matrix.terms).toEqual(['jono', 'paja', 'työ', 'työpaja']);
    expect([...matrix.noteFrequency]).toEqual([2, 2, 2, 2]);
  });

  it('weighs sublinearly, rows of unit length, and keeps the raw counts', () => {
    const row = (i: number) => [
      ...matrix.tfidf.value.subarray(matrix.tfidf.rowStart[i], matrix.tfidf.rowStart[i + 1]),
    ];
    // Note 0 holds one kept term (jono, twice): alone it is the whole unit vector.
    expect(row(0)).toHaveLength(1);
    expect(row(0)[0]).toBeCloseTo(1, 12);
    const length = Math.hypot(...row(1));
    expect(length).toBeCloseTo(1, 12);
    // Note 3 shares nothing: an empty row.
    expect(row(3)).toEqual([]);
    expect([...matrix.counts.value.subarray(0, 1)]).toEqual([2]);
  });
});
