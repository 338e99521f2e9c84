import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { editConflictOf } from './edit-conflict.ts';

/**
 * The conflict of a form's save with one someone else made meanwhile: the resource as it is
 * now (parsed with `schema`) and what this form tried to save, for EditConflictDialog.
 */
export function useEditConflict<S extends z.ZodType, Mine>(schema: S) {
  const [conflict, setConflict] = useState<{ current: z.output<S>; mine: Mine } | null>(null);

  /** True when the failure was an edit conflict, which is then kept for the dialog. */
  const catchConflict = useCallback(
    (error: unknown, mine: Mine): boolean => {
      const current = editConflictOf(error, schema);
      if (current === null) return false;
      setConflict({ current, mine });
      return true;
    },
    [schema],
  );
  const clear = useCallback(() => setConflict(null), []);

  return { conflict, catchConflict, clear };
}
