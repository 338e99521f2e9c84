import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { plainTextOf, type RichTextDoc } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { noteExtensions } from './extensions.ts';
import { offsetAt, positionAt, textBlockSpans } from './positions.ts';

const schema = getSchema(noteExtensions);

const transcript: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Haastattelu' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'H: ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'Lomake oli vaikea.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Soitin neuvontaan 😊.' },
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

describe('positions of a note in the editor', () => {
  const doc = Node.fromJSON(schema, transcript);
  const spans = textBlockSpans(doc);
  const plain = plainTextOf(transcript);

  it('read the same text as the projection the server keeps', () => {
    const read = spans.map((s) => doc.textBetween(s.from, s.to, undefined, '\n')).join('\n');
    expect(read).toBe(plain);
  });

  it('map every offset to a position and back', () => {
    for (let offset = 0; offset <= plain.length; offset++) {
      expect(offsetAt(spans, positionAt(spans, offset))).toBe(offset);
    }
  });

  it('select in the editor what the server slices', () => {
    const word = 'neuvontaan 😊';
    const start = plain.indexOf(word);
    const from = positionAt(spans, start);
    const to = positionAt(spans, start + word.length);
    expect(doc.textBetween(from, to)).toBe(word);
    expect(plain.slice(offsetAt(spans, from), offsetAt(spans, to))).toBe(word);
  });
});
