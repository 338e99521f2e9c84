/**
 * A text area holds its value with every line break as "\n": the browser turns "\r\n" of the
 * stored note into one character. Its selection offsets therefore count one less per "\r\n"
 * before them than the offsets into the note's body, which the server slices.
 */
export function bodyOffset(body: string, valueOffset: number): number {
  let index = 0;
  for (let seen = 0; seen < valueOffset && index < body.length; seen += 1) {
    index += body.startsWith('\r\n', index) ? 2 : 1;
  }
  return index;
}

export interface Passage {
  start: number;
  end: number;
  text: string;
}

/**
 * The passage of a note selected in its text area, as offsets into the note's body (JS string
 * offsets, as `body.slice(start, end)` reads them). White space at either end of the selection
 * is left out; a selection of nothing but white space is no passage.
 */
export function passageOf(
  body: string,
  selectionStart: number,
  selectionEnd: number,
): Passage | null {
  let start = bodyOffset(body, Math.min(selectionStart, selectionEnd));
  let end = bodyOffset(body, Math.max(selectionStart, selectionEnd));
  while (start < end && /\s/.test(body.charAt(start))) start += 1;
  while (end > start && /\s/.test(body.charAt(end - 1))) end -= 1;
  if (start === end) return null;
  return { start, end, text: body.slice(start, end) };
}
