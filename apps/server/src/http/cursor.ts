import type { z } from 'zod';

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
