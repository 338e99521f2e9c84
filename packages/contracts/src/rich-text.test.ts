import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  plainTextOf,
  redactRichText,
  richTextFromPlain,
  RichTextDoc,
  type RichTextDoc as Doc,
} from './rich-text.ts';

const transcript: Doc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Haastattelu' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'H: ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'Lomake oli vaikea.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Soitin neuvontaan.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'jono' }] }],
        },
        { type: 'listItem', content: [{ type: 'paragraph' }] },
      ],
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Loppu' }] }],
    },
  ],
};

describe('rich text', () => {
  it('projects text blocks in reading order, a line break between blocks and for hard breaks', () => {
    expect(plainTextOf(transcript)).toBe(
      'Haastattelu\nH: Lomake oli vaikea.\nSoitin neuvontaan.\njono\n\nLoppu',
    );
  });

  it('makes a paragraph of each line of plain text, keeping its projection', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const doc = richTextFromPlain(text);
        expect(RichTextDoc.safeParse(doc).success).toBe(true);
        const lines = text.replace(/\r\n|\r/gu, '\n');
        // eslint-disable-next-line no-control-regex -- control characters are what it replaces
        expect(plainTextOf(doc)).toBe(lines.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, ' '));
      }),
    );
  });

  it('blanks ranges of the projection across marks and blocks, keeping every length', () => {
    const plain = plainTextOf(transcript);
    const start = plain.indexOf('oli');
    const end = plain.indexOf('neuvontaan') + 'neuvontaan'.length;
    const redacted = plainTextOf(redactRichText(transcript, [{ start, end }], '█'));
    expect(redacted).toHaveLength(plain.length);
    expect(redacted).toBe(
      plain.slice(0, start) + plain.slice(start, end).replace(/[^\n]/gu, '█') + plain.slice(end),
    );
    expect(redacted).toContain('vaikea'.replace(/./gu, '█'));
    expect(plainTextOf(transcript)).toBe(plain);
  });

  it('refuses what a note has no place for, and drops attributes it does not keep', () => {
    const withParagraph = (content: unknown) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content }],
    });
    const link = (href: string) =>
      withParagraph([{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }]);
    expect(RichTextDoc.safeParse(link('javascript:alert(1)')).success).toBe(false);
    expect(RichTextDoc.safeParse(link('https://lupapiste.fi')).success).toBe(true);
    expect(RichTextDoc.safeParse({ type: 'doc', content: [{ type: 'image' }] }).success).toBe(
      false,
    );
    expect(RichTextDoc.safeParse(withParagraph([{ type: 'text', text: '' }])).success).toBe(false);
    expect(RichTextDoc.safeParse({ type: 'doc', content: [] }).success).toBe(false);
    const parsed = RichTextDoc.parse({
      type: 'doc',
      content: [{ type: 'paragraph', attrs: { textAlign: 'left', style: 'x' }, content: [] }],
    });
    expect(parsed).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [] }] });
  });

  it('refuses documents nested too deep or too long', () => {
    let block: unknown = { type: 'paragraph' };
    for (let i = 0; i < 20; i++) block = { type: 'blockquote', content: [block] };
    expect(RichTextDoc.safeParse({ type: 'doc', content: [block] }).success).toBe(false);
    const long = richTextFromPlain('a'.repeat(200_001));
    expect(RichTextDoc.safeParse(long).success).toBe(false);
  });
});
