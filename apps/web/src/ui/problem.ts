import type { MessageKey, MessageParams } from '@timantti/i18n';
import { isApiError } from '../api/client.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The localized title of a failed request, or a generic message for anything else. */
export function problemTitle(error: unknown, t: Translate): string {
  if (isApiError(error)) return error.problem.title;
  return t('errors.internal');
}

/** The field of a problem's error path: `/goals/2`, `body.goals.2` and `goals` give `goals`. */
export function fieldOfPath(path: string): string {
  const parts = path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
  return parts[0] ?? '';
}

/** Field errors of a failed request, keyed by the form field's name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const field = fieldOfPath(path);
    if (field && !(field in result)) result[field] = message;
  }
  return result;
}
