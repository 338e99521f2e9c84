import { checklistMethodCards, checklistTemplate, type ChecklistItem } from '@timantti/contracts';
import type { MessageKey } from '@timantti/i18n/core';
import { paths } from '../../paths.ts';

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

/**
 * The method card a built-in step is done with, opened for the project so that its "use it"
 * link leads to the project's tool; a team's own step has none.
 */
export function methodCardHref(
  orgSlug: string,
  projectId: string,
  item: Pick<ChecklistItem, 'templateKey'>,
): string | null {
  const key = item.templateKey ? checklistMethodCards[item.templateKey] : undefined;
  return key ? paths.method(orgSlug, key, projectId) : null;
}
