import type { MessageKey } from '@timantti/i18n';

/** Problems of a source's fields that the browser can tell before asking the server. */
export function sourceProblems(values: {
  title: string;
  year: string;
  url: string;
}): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  if (!values.title.trim()) problems.title = 'validation.required';
  const year = values.year.trim();
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1800 && Number(year) <= 2200)) {
    problems.year = 'source.yearInvalid';
  }
  const url = values.url.trim();
  if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) problems.url = 'source.urlInvalid';
  return problems;
}
