import type { ChecklistItem } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n';
import { checklistKey } from '../../i18n/keys.ts';

/** A team's own wording wins; a built-in step is shown in the reader's language. */
export function checklistLabel(item: ChecklistItem, t: (key: MessageKey) => string): string {
  if (item.label) return item.label;
  const key = item.templateKey ? checklistKey(item.templateKey) : null;
  return key ? t(key) : (item.templateKey ?? '');
}
