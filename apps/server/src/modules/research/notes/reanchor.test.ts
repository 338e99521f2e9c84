import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor.ts';

const note = 'Asiakas kertoi: "Lomake oli vaikea." Sitten hän soitti neuvontaan.';
const quote = { start: 16, end: 36, text: '"Lomake oli vaikea."' };

describe('reanchor', () => {
  it('keeps a passage before the edit and moves one after it', () => {
    const edited = note.replace('neuvontaan', 'palvelupisteeseen') + ' Lisäys.';
    expect(reanchor(note, edited, [quote])).toEqual([{ start: 16, end: 36 }]);
    expect(reanchor(note, 'Haastattelu 3. ' + note, [quote])).toEqual([{ start: 31, end: 51 }]);
  });

  it('finds a passage whose surroundings were rewritten by its text', () => {
    const edited = 'Hän sanoi: "Lomake oli vaikea." Sitten soitto.';
    const [anchor] = reanchor(note, edited, [quote]);
    expect(anchor && edited.slice(anchor.start, anchor.end)).toBe(quote.text);
  });

  it('lets go of a passage whose words were changed', () => {
    expect(reanchor(note, note.replace('vaikea', 'helppo'), [quote])).toEqual([null]);
  });

  it('prefers the occurrence nearest the old place', () => {
    const text = 'kyllä. kyllä. kyllä.';
    expect(
      reanchor(text, `${text.slice(0, 7)}no ${text.slice(7)}`, [
        { start: 7, end: 13, text: 'kyllä.' },
      ]),
    ).toEqual([{ start: 10, end: 16 }]);
  });

  it('never points at other words, and keeps every passage an edit elsewhere left alone', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 10 }),
        (before, a, b, c, d, inserted) => {
          const start = Math.min(a % before.length, (b % before.length) + 1);
          const end = Math.max(a % before.length, (b % before.length) + 1);
          if (start === end) return;
          const text = before.slice(start, end);
          const from = Math.min(c, d) % (before.length + 1);
          const to = Math.max(from, Math.max(c, d) % (before.length + 1));
          const after = before.slice(0, from) + inserted + before.slice(to);
          const [anchor] = reanchor(before, after, [{ start, end, text }]);
          if (anchor) expect(after.slice(anchor.start, anchor.end)).toBe(text);
          const untouched = to < start || from > end || (from === to && inserted === '');
          if (untouched) expect(anchor).not.toBeNull();
        },
      ),
    );
  });
});
