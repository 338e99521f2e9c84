import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyOffset, passageOf } from './passage.ts';

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

  it('maps text-area offsets past Windows line breaks onto the stored body', () => {
    const windows = 'Ensimmäinen rivi.\r\nToinen rivi.\r\nKolmas rivi.';
    const value = windows.replace(/\r\n/g, '\n');
    const start = value.indexOf('Kolmas');
    const passage = passageOf(windows, start, value.length);
    expect(passage?.text).toBe('Kolmas rivi.');
    expect(windows.slice(passage?.start, passage?.end)).toBe('Kolmas rivi.');
  });

  it('keeps characters outside the basic plane whole (offsets in UTF-16 units)', () => {
    const text = 'Hymy 😀 ja kiitos';
    const start = text.indexOf('😀');
    expect(passageOf(text, start, start + 2)?.text).toBe('😀');
  });

  it('always slices what the text area showed as selected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'ä', ' ', '\n', '\r\n', 'sana', '😀'), { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const stored = pieces.join('');
          const value = stored.replace(/\r\n/g, '\n');
          const from = Math.min(a, b) % (value.length + 1);
          const to = Math.max(from, Math.max(a, b) % (value.length + 1));
          const passage = passageOf(stored, from, to);
          const shown = value.slice(from, to).trim();
          if (shown === '') {
            expect(passage).toBeNull();
          } else {
            expect(passage?.text.replace(/\r\n/g, '\n')).toBe(shown);
            expect(stored.slice(passage?.start, passage?.end)).toBe(passage?.text);
          }
        },
      ),
    );
  });
});

describe('bodyOffset', () => {
  it('counts each Windows line break as one character of the text area', () => {
    expect(bodyOffset('a\r\nb', 2)).toBe(3);
    expect(bodyOffset('a\nb', 2)).toBe(2);
    expect(bodyOffset('ab', 10)).toBe(2);
  });
});
