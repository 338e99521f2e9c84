import { describe, expect, it } from 'vitest';
import {
  excerpt,
  formatCalendarDate,
  formatDate,
  formatList,
  formatNumber,
  todayIso,
} from './format.ts';

describe('formatting per locale', () => {
  it('joins lists in the language of the page', () => {
    expect(formatList('fi', ['Asiantuntija', 'Kehittäjä', 'Asiakas'])).toBe(
      'Asiantuntija, Kehittäjä ja Asiakas',
    );
    expect(formatList('sv', ['Sakkunnig', 'Kund'])).toBe('Sakkunnig och Kund');
    expect(formatList('en', ['Expert', 'Developer', 'Customer'])).toBe(
      'Expert, Developer and Customer',
    );
  });

  it('formats numbers and dates with the local conventions', () => {
    expect(formatNumber('fi', 1234.5)).toBe('1\u00a0234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatDate('fi', '2026-03-05T10:00:00Z')).toBe('5.3.2026');
  });
});

describe('excerpt', () => {
  it('keeps short texts and flattens their white space', () => {
    expect(excerpt('  Lyhyt\n\nteksti  ')).toBe('Lyhyt teksti');
  });

  it('cuts long texts at a word boundary', () => {
    const text = 'Tapahtumajärjestäjä joutuu asioimaan usean yksikön kanssa eikä löydä lupia.';
    const short = excerpt(text, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe('calendar dates', () => {
  it('show the same day in every locale and time zone', () => {
    expect(formatCalendarDate('fi', '2026-03-05')).toBe('5.3.2026');
    expect(formatCalendarDate('en', '2026-01-01')).toBe('1 Jan 2026');
  });

  it("give today's local date with leading zeros", () => {
    expect(todayIso(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
