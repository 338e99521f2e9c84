import { app as enApp } from './catalogs/en/app.ts';
import { domain as enDomain } from './catalogs/en/domain.ts';
import { errors as enErrors } from './catalogs/en/errors.ts';
import { app as fiApp } from './catalogs/fi/app.ts';
import { domain as fiDomain } from './catalogs/fi/domain.ts';
import { errors as fiErrors } from './catalogs/fi/errors.ts';
import { app as svApp } from './catalogs/sv/app.ts';
import { domain as svDomain } from './catalogs/sv/domain.ts';
import { errors as svErrors } from './catalogs/sv/errors.ts';

const fi = { ...fiDomain, ...fiErrors, ...fiApp };
export type MessageKey = keyof typeof fi;
export type Catalog = Record<MessageKey, string>;
export type LocaleCode = 'fi' | 'sv' | 'en';

export const catalogs: Record<LocaleCode, Catalog> = {
  fi,
  sv: { ...svDomain, ...svErrors, ...svApp },
  en: { ...enDomain, ...enErrors, ...enApp },
};

export const defaultLocale: LocaleCode = 'fi';
export const localeCodes: readonly LocaleCode[] = ['fi', 'sv', 'en'];

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

export type MessageParams = Record<string, string | number>;

/** Looks up a message and fills its `{name}` placeholders. */
export function translate(locale: LocaleCode, key: MessageKey, params?: MessageParams): string {
  const message = catalogs[locale][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | undefined): LocaleCode {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((entry) => Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (
    (ranked.find((entry) => isLocale(entry.lang))?.lang as LocaleCode | undefined) ?? defaultLocale
  );
}
