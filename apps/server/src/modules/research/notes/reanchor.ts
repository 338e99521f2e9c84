export type Anchor = { start: number; end: number };

/**
 * Where each passage of a note is after the note was edited, or null when its words are no
 * longer there. A passage before the changed stretch keeps its offsets and one after it moves
 * with the change; one that touches the changed stretch is looked up by its text, preferring
 * the occurrence nearest its old place, so fixing a typo beside a quote keeps the quote.
 */
export function reanchor(
  before: string,
  after: string,
  passages: readonly (Anchor & { text: string })[],
): (Anchor | null)[] {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const changedFrom = prefix;
  const changedTo = before.length - suffix;
  const shift = after.length - before.length;

  return passages.map(({ start, end, text }) => {
    if (end <= changedFrom) return { start, end };
    if (start >= changedTo) return { start: start + shift, end: end + shift };
    return nearestOccurrence(after, text, start);
  });
}

function nearestOccurrence(haystack: string, needle: string, near: number): Anchor | null {
  if (!needle) return null;
  let best: number | null = null;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best === null ? null : { start: best, end: best + needle.length };
}
