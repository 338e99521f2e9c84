import type { z } from 'zod';
import { isApiError } from '../api/client.ts';

/**
 * The resource as it is now, when a save was refused because someone saved it after the
 * version the edit was made on (409 `edit_conflict`); null for any other failure.
 */
export function editConflictOf<S extends z.ZodType>(error: unknown, schema: S): z.output<S> | null {
  if (!isApiError(error, 409) || error.code !== 'edit_conflict') return null;
  const parsed = schema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

/** One field of a conflicting edit, as text: the value in my edit and the one saved now. */
export type ConflictField = { id: string; label: string; mine: string; theirs: string };
export type ConflictRow = ConflictField & { differs: boolean };

export function conflictRows(fields: readonly ConflictField[]): ConflictRow[] {
  return fields.map((field) => ({ ...field, differs: field.mine !== field.theirs }));
}

/** A list field (goals, needs) shown one item a line. */
export const linesOf = (items: readonly string[]) => items.join('\n');
