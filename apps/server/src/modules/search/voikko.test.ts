// Runs against the real libvoikko: CI installs Debian's libvoikko1 and voikko-fi, so a missing
// library fails here, loudly, instead of silently testing only the fallback.
import { afterAll, describe, expect, it } from 'vitest';
import { buildTsQuery, indexTerms, queryTerms } from './terms.ts';
import { openVoikko, sharedFinnishAnalyzer, type VoikkoAnalyzer } from './voikko.ts';

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

const terms = (text: string) => indexTerms(text, 'fi', voikko).split(' ');

describe('Voikko through koffi', () => {
  it('gives compounds their lemma and parts', () => {
    expect(terms('palvelupoluilla')).toEqual(
      expect.arrayContaining(['palvelupolku', 'palvelu', 'polku']),
    );
    expect(terms('työpajoissa')).toEqual(expect.arrayContaining(['työpaja', 'työ', 'paja']));
    expect(terms('kokemusasiantuntijoiden')).toEqual(
      expect.arrayContaining(['kokemusasiantuntija', 'kokemus', 'asiantuntija']),
    );
    expect(terms('Lupahakemuksen')).toEqual(
      expect.arrayContaining(['lupahakemus', 'lupa', 'hakemus']),
    );
  });

  it('undoes consonant gradation', () => {
    expect(terms('asiakkaiden')).toContain('asiakas');
    expect(terms('hankkeen')).toContain('hanke');
    expect(terms('luvan')).toContain('lupa');
    expect(terms('odotusajat')).toEqual(expect.arrayContaining(['odotusaika', 'aika']));
    expect(terms('digituen')).toEqual(expect.arrayContaining(['digituki', 'tuki']));
  });

  it('analyses the pieces of a hyphenated word it does not know whole', () => {
    expect(voikko.analyze('kunto-hankkeen')).toEqual([]);
    expect(terms('KUNTO-hankkeen')).toContain('hanke');
  });

  it('does not split derivations into the words they come from', () => {
    expect(terms('palveluiden')).not.toContain('palvella');
    expect(terms('lupaus')).not.toContain('lupa');
  });

  it('knows no analysis for a word it does not know, nor for an overlong one', () => {
    expect(voikko.analyze('xqzzyplörk')).toEqual([]);
    expect(voikko.analyze('a'.repeat(300))).toEqual([]);
    expect(voikko.analyze('')).toEqual([]);
  });

  it('gives query words their lemmas as alternatives', () => {
    expect(queryTerms('Asiakkaiden palvelupoluilla', 'fi', voikko)).toEqual([
      ['asiakkaiden', 'asiakas'],
      ['palvelupoluilla', 'palvelupolku'],
    ]);
    expect(buildTsQuery(queryTerms('työpajoissa', 'fi', voikko))).toBe(
      "('työpajoissa' | 'työpaja')",
    );
  });

  it('answers repeated words from its cache, case-insensitively', () => {
    const fresh = requireVoikko();
    try {
      const first = fresh.analyze('Neuvolassa');
      expect(fresh.analyze('neuvolassa')).toBe(first);
      expect(fresh.stats()).toMatchObject({ cacheHits: 1, cacheMisses: 1, cached: 1 });
      expect(fresh.stats().nativeMicroseconds).toBeGreaterThan(0);
    } finally {
      fresh.close();
    }
  });

  it('forgets the least recently used word when the cache is full', () => {
    const small = openVoikko({ cacheSize: 2 }).analyzer;
    if (!small) throw new Error('Voikko did not open a second time');
    try {
      small.analyze('kunta');
      small.analyze('polku');
      small.analyze('kunta');
      small.analyze('paja');
      expect(small.stats()).toMatchObject({ cacheMisses: 3, cacheHits: 1, cached: 2 });
      small.analyze('kunta');
      expect(small.stats().cacheHits).toBe(2);
      small.analyze('polku');
      expect(small.stats().cacheMisses).toBe(4);
    } finally {
      small.close();
    }
  });

  it('refuses to analyse after close', () => {
    const closed = requireVoikko();
    closed.close();
    expect(() => closed.analyze('polku')).toThrow(/close/);
  });

  it('shares one instance per process', () => {
    const shared = sharedFinnishAnalyzer();
    expect(shared).not.toBeNull();
    expect(sharedFinnishAnalyzer()).toBe(shared);
  });
});

describe('without Voikko', () => {
  it('answers null with the reason instead of throwing', () => {
    const load = openVoikko({ libraryPath: 'libvoikko-missing-for-test.so.1' });
    expect(load.analyzer).toBeNull();
    expect(load.reason).toMatch(/libvoikko-missing-for-test/);
  });
});
