import { useCallback, useEffect, useId, useState } from 'react';
import type { ProblemCode } from '@timantti/contracts';
import { isApiError } from '../api/client.ts';
import { fieldErrors } from './problem.ts';

export type FieldErrors = Record<string, string>;

/**
 * Errors of one form: field errors (each field shows its own through React Aria's FieldError,
 * linked with aria-describedby) and the failed request (its title goes to an alert). After a
 * failed submit focus moves to the first invalid field. A field's error goes away when its value
 * changes — not on blur, which would shift the layout under a pointer reaching for "Save".
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

  /**
   * Shows a failed request with its field errors placed by the form itself: one whose fields
   * are named by full paths into lists (`questions.2.label.fi`) rather than by the first part.
   */
  const failAt = useCallback((error: unknown, fields: FieldErrors) => {
    setProblem(error);
    setErrors(fields);
    if (Object.keys(fields).length > 0) setFocusToken((token) => token + 1);
  }, []);

  /**
   * Shows a failed request. `codeFields` places a problem without field errors next to the
   * field it is about, e.g. `{ wrong_current_password: 'currentPassword' }`.
   */
  const fail = useCallback(
    (error: unknown, codeFields?: Partial<Record<ProblemCode, string>>) => {
      const fields = fieldErrors(error);
      const field = isApiError(error) ? codeFields?.[error.code] : undefined;
      if (field && isApiError(error) && !(field in fields)) {
        fields[field] = error.problem.detail ?? error.problem.title;
      }
      failAt(error, fields);
    },
    [failAt],
  );

  const reset = useCallback(() => {
    setProblem(null);
    setErrors({});
  }, []);

  // Input events bubble to the document; those from this form's fields clear their error.
  useEffect(() => {
    const onInput = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
      if (target.form?.id !== formId || !target.name) return;
      const name = target.name;
      setErrors((current) =>
        name in current
          ? Object.fromEntries(Object.entries(current).filter(([field]) => field !== name))
          : current,
      );
    };
    document.addEventListener('input', onInput);
    return () => document.removeEventListener('input', onInput);
  }, [formId]);

  return { formId, errors, problem, check, fail, failAt, reset };
}
