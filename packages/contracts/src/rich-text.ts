import { z } from 'zod';
import { isStorableText, refusal } from './domain.ts';

// Notes and transcripts are rich text in the JSON shape of ProseMirror documents (what the
// web app's editor produces), limited to what an interview note needs. Evidence points into a
// note by offsets into its *plain-text projection*: the text of its text blocks (paragraphs and
// headings, wherever they sit in lists and quotes) in document order, one "\n" between blocks
// and for each hard line break. Inside a block a ProseMirror position and a projection offset
// advance together (a text node is as long as its string, a hard break is one), which is what
// lets the editor map a selection to offsets and back without the server knowing ProseMirror.

export const RICH_TEXT_MAX_CHARS = 200_000;
const MAX_NODES = 50_000;
/** How deep blocks may nest: quotes and list items inside each other. */
export const RICH_TEXT_MAX_DEPTH = 12;

const Link = z.object({
  type: z.literal('link'),
  attrs: z.object({
    href: z.url({ protocol: /^(https?|mailto)$/ }).max(2000),
  }),
});
const Mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  Link,
]);
export type RichTextMark = z.infer<typeof Mark>;

const TextNode = z.object({
  type: z.literal('text'),
  // ProseMirror has no empty text nodes; a control character other than tab has no place in prose.
  text: z
    .string()
    .min(1)
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    .regex(/^[^\u0000-\u0008\u000a-\u001f\u007f]*$/u),
  marks: z.array(Mark).max(4).optional(),
});
const HardBreak = z.object({ type: z.literal('hardBreak') });
const Inline = z.discriminatedUnion('type', [TextNode, HardBreak]);
export type RichTextInline = z.infer<typeof Inline>;

const Paragraph = z.object({
  type: z.literal('paragraph'),
  content: z.array(Inline).optional(),
});
const Heading = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
  content: z.array(Inline).optional(),
});

export type RichTextTextBlock = z.infer<typeof Paragraph> | z.infer<typeof Heading>;
export type RichTextBlock =
  | RichTextTextBlock
  | { type: 'blockquote'; content: RichTextBlock[] }
  | { type: 'bulletList'; content: RichTextListItem[] }
  | { type: 'orderedList'; attrs?: { start: number }; content: RichTextListItem[] };
export type RichTextListItem = { type: 'listItem'; content: RichTextBlock[] };

const ListItem: z.ZodType<RichTextListItem> = z.object({
  type: z.literal('listItem'),
  get content() {
    return z.array(Block).min(1);
  },
});
const Block: z.ZodType<RichTextBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    Paragraph,
    Heading,
    z.object({ type: z.literal('blockquote'), content: z.array(Block).min(1) }),
    z.object({ type: z.literal('bulletList'), content: z.array(ListItem).min(1) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).max(1_000_000) }).optional(),
      content: z.array(ListItem).min(1),
    }),
  ]),
);

export type RichTextDoc = { type: 'doc'; content: RichTextBlock[] };

// Far deeper than any document RICH_TEXT_MAX_DEPTH allows (each level is a node and its content array,
// and a text node's marks add a few), and far shallower than what exhausts the stack.
const MAX_JSON_DEPTH = 64;
const MAX_JSON_VALUES = 8 * MAX_NODES;
// Enough to point at the trouble; a document full of NULs needs no 50,000 errors.
const MAX_TEXT_ISSUES = 20;

/**
 * Walks the raw input with a stack of its own before the recursive schema sees it, which a
 * document nested a thousand deep would otherwise drive past the call stack's end. Every string
 * and key on the way, even one the schema would drop, must be text PostgreSQL can store.
 */
function checkShape(input: unknown, ctx: z.RefinementCtx): void {
  type Entry = { value: unknown; path: PropertyKey[]; depth: number };
  const stack: Entry[] = [{ value: input, path: [], depth: 0 }];
  let values = 0;
  let textIssues = 0;
  // `continue` lets a union of note shapes tell this one apart from those it does not match.
  const unstorable = (path: PropertyKey[]) => {
    ctx.addIssue({ code: 'custom', path, continue: true, ...refusal('unstorable_text') });
    textIssues += 1;
  };
  while (stack.length > 0 && textIssues < MAX_TEXT_ISSUES) {
    const { value, path, depth } = stack.pop() as Entry;
    if (typeof value === 'string') {
      if (!isStorableText(value)) unstorable(path);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        continue: true,
        ...refusal('too_deep', { max: RICH_TEXT_MAX_DEPTH }),
      });
      return;
    }
    values += 1;
    if (values > MAX_JSON_VALUES) {
      ctx.addIssue({
        code: 'custom',
        continue: true,
        ...refusal('too_many_nodes', { max: MAX_NODES }),
      });
      return;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((child, index) => [index, child])
      : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && !isStorableText(key)) unstorable([...path, key]);
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
}

/** The document's own limits, once its shape is known to be safe to walk. */
const RichTextShape = z
  .object({ type: z.literal('doc'), content: z.array(Block).min(1) })
  .superRefine((doc, ctx) => {
    let nodes = 0;
    let tooDeep = false;
    const walk = (
      blocks: readonly RichTextBlock[] | readonly RichTextListItem[],
      depth: number,
    ) => {
      if (depth > RICH_TEXT_MAX_DEPTH) tooDeep = true;
      for (const block of blocks) {
        nodes += 1;
        if (block.type === 'paragraph' || block.type === 'heading') {
          nodes += block.content?.length ?? 0;
        } else walk(block.content, depth + 1);
      }
    };
    walk(doc.content, 1);
    if (tooDeep)
      ctx.addIssue({ code: 'custom', ...refusal('too_deep', { max: RICH_TEXT_MAX_DEPTH }) });
    if (nodes > MAX_NODES)
      ctx.addIssue({ code: 'custom', ...refusal('too_many_nodes', { max: MAX_NODES }) });
    if (plainTextOf(doc).length > RICH_TEXT_MAX_CHARS) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: RICH_TEXT_MAX_CHARS,
        message: '',
      });
    }
  });

/**
 * A note's rich text from a client; unknown attributes are dropped, unknown nodes and marks
 * refused. Its shape is checked without recursion first.
 */
export const RichTextDoc: z.ZodType<RichTextDoc> = z.preprocess((input, ctx) => {
  checkShape(input, ctx);
  return input;
}, RichTextShape);

/** A note's rich text as stored, for responses: it was checked when it came in. */
export const StoredRichTextDoc: z.ZodType<RichTextDoc> = RichTextShape;

/** Visits the text blocks of a document in reading order. */
export function forEachTextBlock(
  doc: RichTextDoc,
  visit: (block: RichTextTextBlock) => void,
): void {
  const walk = (blocks: readonly (RichTextBlock | RichTextListItem)[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') visit(block);
      else walk(block.content);
    }
  };
  walk(doc.content);
}

const inlineText = (node: RichTextInline) => (node.type === 'text' ? node.text : '\n');

/** The plain-text projection that evidence offsets, search and exports read. */
export function plainTextOf(doc: RichTextDoc): string {
  const blocks: string[] = [];
  forEachTextBlock(doc, (block) => {
    blocks.push((block.content ?? []).map(inlineText).join(''));
  });
  return blocks.join('\n');
}

/** Plain text as a document of paragraphs, one a line, whose projection is the same text. */
export function richTextFromPlain(text: string): RichTextDoc {
  return {
    type: 'doc',
    content: text.split(/\r\n|\r|\n/u).map((line) => {
      // eslint-disable-next-line no-control-regex -- control characters are what it replaces
      const clean = line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, ' ');
      return clean
        ? { type: 'paragraph', content: [{ type: 'text', text: clean }] }
        : { type: 'paragraph' };
    }),
  };
}

/**
 * Replaces the characters of [start, end) ranges of the projection, wherever they sit in the
 * document, by `mark` (one UTF-16 unit) repeated — the same length, so every other offset stays
 * valid. Line
 * breaks inside a range stay, being structure rather than anyone's words.
 */
export function redactRichText(
  doc: RichTextDoc,
  ranges: readonly { start: number; end: number }[],
  mark: string,
): RichTextDoc {
  const copy = structuredClone(doc);
  let offset = 0;
  let first = true;
  forEachTextBlock(copy, (block) => {
    if (!first) offset += 1;
    first = false;
    for (const node of block.content ?? []) {
      if (node.type === 'hardBreak') {
        offset += 1;
        continue;
      }
      const from = offset;
      let text = node.text;
      for (const range of ranges) {
        const start = Math.max(range.start - from, 0);
        const end = Math.min(range.end - from, node.text.length);
        if (start < end) text = text.slice(0, start) + mark.repeat(end - start) + text.slice(end);
      }
      node.text = text;
      offset += node.text.length;
    }
  });
  return copy;
}
