import { z } from 'zod';

// Keyset cursors are opaque to clients: the last row's sort key, as base64url JSON. A cursor
// that does not decode to the expected shape starts from the beginning rather than failing.

export const encodeCursor = (key: object): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor<T>(value: string | undefined, shape: z.ZodType<T>): T | null {
  if (!value) return null;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// A row's time kept as PostgreSQL's text, to the microsecond, which a JavaScript Date is not.
const TIMESTAMP_TEXT =
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::\d{2})?$/;

/** Whether PostgreSQL can cast the text: a forged cursor it cannot would fail the query. */
function isTimestampText(value: string): boolean {
  const parts = TIMESTAMP_TEXT.exec(value)?.slice(1).map(Number);
  if (!parts) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offset = 0] = parts;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    year >= 1 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offset <= 15
  );
}

/** The key of a list ordered by a time column (as `column::text`) with the id breaking ties. */
export const TimeCursor = z.object({
  at: z.string().max(64).refine(isTimestampText),
  id: z.uuid(),
});
