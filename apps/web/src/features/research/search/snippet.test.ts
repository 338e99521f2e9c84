import { describe, expect, it } from 'vitest';
import { splitSnippet } from './snippet.ts';

describe('splitSnippet', () => {
  it('splits marked words from the plain text around them', () => {
    expect(splitSnippet('Kävin \u0002työpajoissa\u0003 ja \u0002työpajassa\u0003.')).toEqual([
      { text: 'Kävin ', marked: false },
      { text: 'työpajoissa', marked: true },
      { text: ' ja ', marked: false },
      { text: 'työpajassa', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps markup as text: nothing is ever read as HTML', () => {
    expect(splitSnippet('<b>\u0002polku\u0003</b>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'polku', marked: true },
      { text: '</b>', marked: false },
    ]);
  });

  it('survives a snippet cut inside a match and stray markers', () => {
    expect(splitSnippet('alku \u0002kesken')).toEqual([
      { text: 'alku ', marked: false },
      { text: 'kesken', marked: true },
    ]);
    expect(splitSnippet('\u0003a\u0002\u0003b')).toEqual([{ text: 'ab', marked: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('joins adjacent matches into one mark', () => {
    expect(splitSnippet('\u0002palvelu\u0003\u0002polku\u0003')).toEqual([
      { text: 'palvelupolku', marked: true },
    ]);
  });
});
