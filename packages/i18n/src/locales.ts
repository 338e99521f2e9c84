export type LocaleCode = 'fi' | 'sv' | 'en';

export const defaultLocale: LocaleCode = 'fi';
export const localeCodes: readonly LocaleCode[] = ['fi', 'sv', 'en'];

// Intl wants a full language tag to pick the Finnish, Swedish (Finland) and English conventions.
export const intlLocales: Record<LocaleCode, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
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
