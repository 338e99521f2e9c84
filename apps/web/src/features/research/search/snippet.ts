// The server marks matched words in a snippet between these two control characters, so the
// text can be highlighted without trusting any HTML.
const START = '\u0002';
const STOP = '\u0003';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** Splits a search snippet into plain and matched parts, for `<mark>` elements. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
    text = '';
  };
  for (const char of snippet) {
    if (char === START || char === STOP) {
      flush();
      marked = char === START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
