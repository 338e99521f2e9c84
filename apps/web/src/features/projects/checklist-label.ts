import { checklistTemplate, type ChecklistItem } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n/core';

const builtInSteps = new Set<string>(Object.values(checklistTemplate).flat());

/** The key of a built-in checklist step, or null for a step the templates do not know. */
export function checklistKey(templateKey: string): MessageKey | null {
  return builtInSteps.has(templateKey) ? (`checklist.${templateKey}` as MessageKey) : null;
}

/** A team's own wording wins; a built-in step is shown in the reader's language. */
export function checklistLabel(item: ChecklistItem, t: (key: MessageKey) => string): string {
  if (item.label) return item.label;
  const key = item.templateKey ? checklistKey(item.templateKey) : null;
  return key ? t(key) : (item.templateKey ?? '');
}
