import { catalog as en } from './catalogs/en/index.ts';
import { catalog as fi } from './catalogs/fi/index.ts';
import { catalog as sv } from './catalogs/sv/index.ts';
import type { LocaleCode } from './locales.ts';
import { formatMessage, type MessageParams } from './message.ts';
import type { Catalog, MessageKey } from './messages.ts';

export * from './core.ts';

export const catalogs: Record<LocaleCode, Catalog> = { fi, sv, en };

/** Looks up a message and fills its arguments (see `message.ts` for the syntax). */
export function translate(locale: LocaleCode, key: MessageKey, params?: MessageParams): string {
  return formatMessage(locale, catalogs[locale][key], params);
}
