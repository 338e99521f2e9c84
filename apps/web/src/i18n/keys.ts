import type { Locale, Perspective, Phase, Role } from '@timantti/contracts';
import { catalogs, type MessageKey } from '@timantti/i18n';

// Domain enums have their labels in the domain catalogs; these helpers are the only place
// where a message key is built from a value, and the types prove every key exists.
export const phaseKey = (phase: Phase): MessageKey => `phase.${phase}`;
export const phaseDescriptionKey = (phase: Phase): MessageKey => `phase.${phase}.description`;
export const perspectiveKey = (perspective: Perspective): MessageKey =>
  `perspective.${perspective}`;
export const roleKey = (role: Role): MessageKey => `role.${role}`;
export const localeKey = (locale: Locale): MessageKey => `locale.${locale}`;

/** The key of a built-in checklist step, or null when the catalog does not know it. */
export function checklistKey(templateKey: string): MessageKey | null {
  const key = `checklist.${templateKey}`;
  return key in catalogs.fi ? (key as MessageKey) : null;
}
