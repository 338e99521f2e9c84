import type { MessageKey } from '@timantti/i18n';
import type { Translate } from '../../i18n/LocaleProvider.tsx';

/** Client-side problems (message keys by field) as the messages a form shows. */
export function translateProblems(
  problems: Record<string, MessageKey>,
  t: Translate,
): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)]));
}
