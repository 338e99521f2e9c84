export interface Passage {
  start: number;
  end: number;
  text: string;
}

/**
 * The passage of a note between two offsets into its body (JS string offsets, as
 * `body.slice(start, end)` reads them, in either order). White space at either end is left
 * out; a selection of nothing but white space is no passage.
 */
export function passageOf(body: string, from: number, to: number): Passage | null {
  let start = Math.min(from, to);
  let end = Math.min(Math.max(from, to), body.length);
  while (start < end && /\s/.test(body.charAt(start))) start += 1;
  while (end > start && /\s/.test(body.charAt(end - 1))) end -= 1;
  if (start >= end) return null;
  return { start, end, text: body.slice(start, end) };
}
