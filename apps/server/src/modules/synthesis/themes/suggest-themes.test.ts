// Runs against the real libvoikko (CI installs libvoikko1 and voikko-fi), as the search tests
// do, so a missing library fails loudly; the fallback without it is tested by passing null.
import { afterAll, describe, expect, it } from 'vitest';
import { openVoikko, type VoikkoAnalyzer } from '../../search/voikko.ts';
import {
  MAX_NOTES,
  suggestThemes,
  type ThemeNote,
  type ThemeProgress,
  type ThemeSuggestion,
} from './suggest-themes.ts';

function requireVoikko(): VoikkoAnalyzer {
  const load = openVoikko();
  if (!load.analyzer) {
    throw new Error(
      `Voikko is required here (apt-get install libvoikko1 voikko-fi): ${load.reason}`,
    );
  }
  return load.analyzer;
}
const voikko = requireVoikko();
afterAll(() => voikko.close());

// Three themes of an interview round, each worded differently from note to note: inflected
// forms, compounds and derivations of a few words.
const queues = [
  'Jonotin puhelinjonossa lähes tunnin ennen kuin pääsin puhumaan.',
  'Puhelinjonot ovat aamuisin kohtuuttoman pitkiä.',
  'Odotusaika terveysasemalle on viikkoja, ja jono vain kasvaa.',
  'Jonossa odottaminen turhauttaa asiakkaita.',
  'Odotusajat pitenivät, kun puhelinjonoon ei vastattu.',
  'Takaisinsoitto puhelinjonosta toimi, vaikka odotusaika oli pitkä.',
];
const parking = [
  'Pysäköintipaikkaa ei löytynyt sairaalan läheltä.',
  'Pysäköinti maksaa liikaa, ja pysäköintialue on kaukana.',
  'Bussi kulkee asemalle harvoin, joten tulin autolla pysäköimään.',
  'Pysäköintialueelta oli pitkä kävelymatka sisäänkäynnille.',
  'Bussiyhteys puuttuu iltaisin, ja pysäköintipaikat loppuvat.',
  'Pysäköintimaksu yllätti, bussilla olisi päässyt halvemmalla.',
];
const forms = [
  'Sähköinen lomake kaatui kesken täyttämisen.',
  'Lomakkeen kentät olivat epäselviä, enkä ymmärtänyt lomaketta.',
  'Hakemuslomake pyysi samoja tietoja moneen kertaan.',
  'Paperilomake oli helpompi täyttää kuin sähköinen.',
  'Lomakkeessa ei voinut tallentaa keskeneräistä hakemusta.',
  'Täytin hakemuksen lomakkeella, mutta liitteen lisääminen epäonnistui.',
];
const notesOf = (texts: string[], prefix: string, language: ThemeNote['language'] = 'fi') =>
  texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text, language }));
const finnish = [...notesOf(queues, 'q'), ...notesOf(parking, 'p'), ...notesOf(forms, 'f')];

/** Each theme as the set of id prefixes of its notes. */
const topics = (result: ThemeSuggestion) =>
  result.themes.map((theme) => [...new Set(theme.noteIds.map((id) => id[0]))].join(''));

describe('suggestThemes', () => {
  it('groups notes on one theme, whatever their word forms, and labels them with lemmas', () => {
    const result = suggestThemes({ notes: finnish, k: 3 }, { analyzer: voikko });
    expect(topics(result).sort()).toEqual(['f', 'p', 'q']);
    expect(result.unassignedNoteIds).toEqual([]);
    const labelOf = (prefix: string) =>
      result.themes.find((theme) => theme.noteIds[0]?.startsWith(prefix))?.terms ?? [];
    // Base forms (jono, not jonossa), compound parts (puhelin of puhelinjono) and roots
    // (pysäköidä of pysäköinti, pysäköintipaikka and pysäköimään).
    expect(labelOf('q')).toEqual(expect.arrayContaining(['jono', 'puhelin']));
    expect(labelOf('p')).toEqual(expect.arrayContaining(['pysäköidä', 'bussi']));
    expect(labelOf('f')).toEqual(expect.arrayContaining(['lomake', 'hakemus']));
    for (const theme of result.themes) {
      expect(theme.terms.length).toBeGreaterThanOrEqual(2);
      expect(theme.terms.length).toBeLessThanOrEqual(4);
      expect(theme.label).toBe(theme.terms.join(', '));
    }
    expect(result.finnishAnalysis).toEqual({ method: 'voikko' });
  });

  it('chooses the number of themes itself', () => {
    const result = suggestThemes({ notes: finnish }, { analyzer: voikko });
    expect(result.k).toBe(3);
    expect(topics(result).sort()).toEqual(['f', 'p', 'q']);
    expect(result.candidates.map((candidate) => candidate.k)).toEqual([2, 3, 4]);
    const best = Math.max(...result.candidates.map((candidate) => candidate.silhouette));
    expect(result.candidates.find((candidate) => candidate.k === 3)?.silhouette).toBe(best);
  });

  it('gives the same result for the same input', () => {
    const run = () => suggestThemes({ notes: finnish, seed: 5 }, { analyzer: voikko });
    expect(run()).toEqual(run());
  });

  it('leaves unassigned the notes that fit nowhere', () => {
    const notes = [
      ...finnish,
      { id: 'cat', text: 'Kissa nukkui ikkunalaudalla.', language: 'fi' as const },
      { id: 'empty', text: ' — ', language: 'fi' as const },
    ];
    const result = suggestThemes({ notes, k: 3 }, { analyzer: voikko });
    expect(result.unassignedNoteIds).toEqual(['cat', 'empty']);
    expect(topics(result).sort()).toEqual(['f', 'p', 'q']);
  });

  it('groups Swedish and English notes by their own stems', () => {
    const notes = [
      ...notesOf(
        [
          'Väntetiden i telefonkön var lång.',
          'Telefonkön växer på morgonen och väntetiden blir längre.',
          'Jag väntade länge i telefonkö.',
        ],
        's',
        'sv',
      ),
      ...notesOf(
        [
          'The parking fees at the hospital are too high.',
          'Parking was full, so I parked far away.',
          'No free parking near the hospital entrance.',
        ],
        'e',
        'en',
      ),
    ];
    const result = suggestThemes({ notes, k: 2 }, { analyzer: voikko });
    expect(topics(result).sort()).toEqual(['e', 's']);
  });

  it('falls back to stems without Voikko and says so', () => {
    const result = suggestThemes(
      { notes: finnish, k: 3 },
      { analyzer: null, analyzerUnavailableReason: 'cannot load libvoikko.so.1' },
    );
    expect(result.finnishAnalysis).toEqual({
      method: 'stem',
      reason: 'cannot load libvoikko.so.1',
    });
    expect(topics(result).sort()).toEqual(['f', 'p', 'q']);
  });

  it('reports progress from 0 to 1 through its phases in order', () => {
    const progress: ThemeProgress[] = [];
    suggestThemes({ notes: finnish }, { analyzer: voikko, onProgress: (p) => progress.push(p) });
    const fractions = progress.map((p) => p.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect([...new Set(progress.map((p) => p.phase))]).toEqual([
      'terms',
      'choosing-k',
      'clustering',
      'labelling',
    ]);
  });

  it('handles no notes, and refuses too many notes or a bad k', () => {
    expect(suggestThemes({ notes: [] }, { analyzer: voikko })).toMatchObject({
      themes: [],
      unassignedNoteIds: [],
      k: 0,
    });
    const many = Array.from({ length: MAX_NOTES + 1 }, (_, i) => ({
      id: String(i),
      text: 'jono',
      language: 'fi' as const,
    }));
    expect(() => suggestThemes({ notes: many }, { analyzer: voikko })).toThrow(RangeError);
    for (const k of [0, 1.5, 51]) {
      expect(() => suggestThemes({ notes: finnish, k }, { analyzer: voikko })).toThrow(RangeError);
    }
  });
});
