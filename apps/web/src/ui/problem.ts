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
  return pathParts(path)[0] ?? '';
}

const pathParts = (path: string) =>
  path.split(/[./]/).filter((part) => part !== '' && part !== 'body');

/**
 * Field errors of a failed request, keyed by the form field's name: the path's first part
 * (`goals` of `/goals/2`) and, for a nested object's field, its own name too (`email` of
 * `/contact/email`), where a form shows that object's fields with their own names.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.problem.errors) return {};
  const result: Record<string, string> = {};
  for (const { path, message } of error.problem.errors) {
    const parts = pathParts(path);
    const nested = parts.at(-1);
    for (const field of [parts[0], parts.length > 1 && !/^\d+$/.test(nested ?? '') && nested]) {
      if (field && !(field in result)) result[field] = message;
    }
  }
  return result;
}
