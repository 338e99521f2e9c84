import { describe, expect, it } from 'vitest';
import { englishStem, finnishStem, swedishStem } from './stem.ts';

describe('finnishStem', () => {
  it('gives the inflected forms of a word one stem', () => {
    const forms = ['palvelu', 'palvelussa', 'palvelut', 'palveluiden', 'palveluja', 'palvelunsa'];
    expect(new Set(forms.map(finnishStem)).size).toBe(1);
    expect(finnishStem('asiakkaiden')).toBe(finnishStem('asiakkaalle'));
    expect(finnishStem('kirjastossakin')).toBe(finnishStem('kirjasto'));
  });

  it('leaves short words long enough to tell apart', () => {
    expect(finnishStem('kala')).not.toBe(finnishStem('kuu'));
    expect(finnishStem('jono').length).toBeGreaterThanOrEqual(3);
  });
});

describe('swedishStem', () => {
  it('strips plural and definite endings', () => {
    expect(swedishStem('väntetiderna')).toBe('väntetid');
    expect(swedishStem('väntetiden')).toBe('väntetid');
    expect(swedishStem('kunder')).toBe(swedishStem('kunderna'));
  });
});

describe('englishStem', () => {
  it('strips plurals, -ing, -ed and -ly', () => {
    expect(englishStem('queues')).toBe('queue');
    expect(englishStem('services')).toBe('service');
    expect(englishStem('stories')).toBe('story');
    expect(englishStem('waiting')).toBe('wait');
    expect(englishStem('waited')).toBe('wait');
    expect(englishStem('running')).toBe('run');
    expect(englishStem('quickly')).toBe('quick');
    expect(englishStem('process')).toBe('process');
  });
});
