import type { Node } from '@tiptap/pm/model';

/** A text block of a document: its content's ProseMirror range and where it starts in text. */
export type TextBlockSpan = { from: number; to: number; offset: number };

/**
 * The text blocks of a document as the plain-text projection counts them (contracts'
 * `plainTextOf`): one "\n" between blocks; inside a block a position and an offset advance
 * together, a text node being as long as its string and a hard break one.
 */
export function textBlockSpans(doc: Node): TextBlockSpan[] {
  const spans: TextBlockSpan[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (spans.length > 0) offset += 1;
    spans.push({ from: pos + 1, to: pos + 1 + node.content.size, offset });
    offset += node.content.size;
    return false;
  });
  return spans;
}

/** The projection offset of a ProseMirror position; between blocks, the start of the next. */
export function offsetAt(spans: readonly TextBlockSpan[], pos: number): number {
  for (const span of spans) {
    if (pos <= span.to) return span.offset + Math.max(0, pos - span.from);
  }
  const last = spans.at(-1);
  return last ? last.offset + last.to - last.from : 0;
}

/** The ProseMirror position of a projection offset. */
export function positionAt(spans: readonly TextBlockSpan[], offset: number): number {
  for (const span of spans) {
    if (offset <= span.offset + span.to - span.from) {
      return span.from + Math.max(0, offset - span.offset);
    }
  }
  return spans.at(-1)?.to ?? 0;
}
