import { useCallback, useEffect, useId, useState } from 'react';
import { fieldErrors } from './problem.ts';

export type FieldErrors = Record<string, string>;

/**
 * Errors of one form: field errors (shown by each field's FieldError, linked with
 * aria-describedby) and the failed request (its title goes to an alert). After a failed
 * submit focus moves to the first invalid field.
 */
export function useFormErrors() {
  // The form is found by id: a ref returned from a hook would be read during render.
  const formId = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [focusToken, setFocusToken] = useState(0);

  useEffect(() => {
    if (focusToken === 0) return;
    document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusToken, formId]);

  /** Shows client-side errors; returns true when there were none. */
  const check = useCallback((next: FieldErrors): boolean => {
    setProblem(null);
    setErrors(next);
    if (Object.keys(next).length === 0) return true;
    setFocusToken((token) => token + 1);
    return false;
  }, []);

  const fail = useCallback((error: unknown) => {
    const fields = fieldErrors(error);
    setProblem(error);
    setErrors(fields);
    if (Object.keys(fields).length > 0) setFocusToken((token) => token + 1);
  }, []);

  const reset = useCallback(() => {
    setProblem(null);
    setErrors({});
  }, []);

  return { formId, errors, problem, check, fail, reset };
}
