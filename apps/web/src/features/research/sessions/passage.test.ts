import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageOf } from './passage.ts';

describe('passageOf', () => {
  const body = 'Haastateltava: Lupaa piti hakea kolmesta paikasta.\nSe oli raskasta.';

  it('gives the offsets the server slices', () => {
    const start = body.indexOf('Lupaa');
    const end = body.indexOf('.') + 1;
    expect(passageOf(body, start, end)).toEqual({
      start,
      end,
      text: 'Lupaa piti hakea kolmesta paikasta.',
    });
  });

  it('leaves out white space at either end and accepts a backwards selection', () => {
    const start = body.indexOf('paikasta.') + 'paikasta.'.length;
    const end = body.indexOf('raskasta') + 'raskasta'.length;
    expect(passageOf(body, end, start)?.text).toBe('Se oli raskasta');
  });

  it('is nothing for an empty or blank selection', () => {
    expect(passageOf(body, 5, 5)).toBeNull();
    expect(passageOf('a   b', 1, 4)).toBeNull();
  });

  it('keeps characters outside the basic plane whole (offsets in UTF-16 units)', () => {
    const text = 'Hymy 😀 ja kiitos';
    const start = text.indexOf('😀');
    expect(passageOf(text, start, start + 2)?.text).toBe('😀');
  });

  it('always slices the selected text, trimmed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'ä', ' ', '\n', 'sana', '😀'), { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join('');
          const from = a % (text.length + 1);
          const to = b % (text.length + 1);
          const passage = passageOf(text, from, to);
          const shown = text.slice(Math.min(from, to), Math.max(from, to)).trim();
          if (shown === '') expect(passage).toBeNull();
          else expect(passage?.text).toBe(shown);
          if (passage) expect(text.slice(passage.start, passage.end)).toBe(passage.text);
        },
      ),
    );
  });
});
