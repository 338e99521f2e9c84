import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RICH_TEXT_MAX_DEPTH,
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
    const long = richTextFromPlain('a'.repeat(200_001));
    expect(RichTextDoc.safeParse(long).success).toBe(false);
    expect(RichTextDoc.safeParse(nested(RICH_TEXT_MAX_DEPTH - 1)).success).toBe(true);
    expect(RichTextDoc.safeParse(nested(RICH_TEXT_MAX_DEPTH)).error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        params: { reason: 'too_deep', max: RICH_TEXT_MAX_DEPTH },
      }),
    ]);
  });

  it('refuses a paragraph inside 1,000 or 100,000 quotes with a validation error, not a stack overflow', () => {
    for (const depth of [20, 1_000, 100_000]) {
      const result = RichTextDoc.safeParse(nested(depth));
      expect(result.error?.issues, `${depth}`).toEqual([
        expect.objectContaining({
          code: 'custom',
          path: [],
          params: { reason: 'too_deep', max: RICH_TEXT_MAX_DEPTH },
        }),
      ]);
    }
    let lists: unknown = [];
    for (let i = 0; i < 10_000; i++) lists = [lists];
    expect(RichTextDoc.safeParse({ type: 'doc', content: lists }).success).toBe(false);
  });

  it('refuses NUL and lone surrogates in any text, href or key, even one it would drop, naming where', () => {
    const document = {
      ...transcript,
      content: [
        ...transcript.content,
        {
          type: 'paragraph',
          attrs: { textAlign: 'left' },
          content: [
            {
              type: 'text',
              text: 'Lupapiste',
              marks: [{ type: 'link', attrs: { href: 'https://lupapiste.fi/', target: '_blank' } }],
            },
          ],
        },
      ],
    };
    expect(RichTextDoc.safeParse(document).success).toBe(true);
    const places = placesOf(document);
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom('\u0000', '\ud800', '\udfff'),
        ({ path, key }, bad) => {
          const spoiled = spoil(document, path, key, bad);
          const result = RichTextDoc.safeParse(spoiled);
          expect(result.success).toBe(false);
          expect(result.error?.issues).toContainEqual(
            expect.objectContaining({
              code: 'custom',
              path: key ? [...path, `${key}${bad}`] : path,
              params: { reason: 'unstorable_text' },
            }),
          );
        },
      ),
      { seed: 20261123 },
    );
  });
});

/** A paragraph inside `depth` quotes. */
function nested(depth: number): unknown {
  let block: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'syvällä' }] };
  for (let i = 0; i < depth; i++) block = { type: 'blockquote', content: [block] };
  return { type: 'doc', content: [block] };
}

type Place = { path: (string | number)[]; key: string | null };

/** Every string of a JSON value (key null), and every key of its objects. */
function placesOf(value: unknown, path: (string | number)[] = []): Place[] {
  if (typeof value === 'string') return [{ path, key: null }];
  if (Array.isArray(value)) return value.flatMap((item, i) => placesOf(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [
    { path, key },
    ...placesOf(item, [...path, key]),
  ]);
}

/** The value with `bad` added to the string at `path`, or to the name of `key` in the object there. */
function spoil(
  value: unknown,
  path: (string | number)[],
  key: string | null,
  bad: string,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (key === null) return `${value as string}${bad}`;
    return Object.fromEntries(
      Object.entries(value as object).map(([k, v]) => [k === key ? `${k}${bad}` : k, v]),
    );
  }
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? spoil(item, rest, key, bad) : item));
  return Object.fromEntries(
    Object.entries(value as object).map(([k, v]) => [k, k === head ? spoil(v, rest, key, bad) : v]),
  );
}
