import { intlLocales as intlLocale, type LocaleCode } from '@timantti/i18n/core';

export function formatDate(locale: LocaleCode, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(locale: LocaleCode, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatNumber(locale: LocaleCode, value: number): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** "a, b and c" in the locale's own words. */
export function formatList(locale: LocaleCode, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale[locale], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

/** Shortens a long text at a word boundary for previews. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

/**
 * A calendar date (YYYY-MM-DD, no time of day) in the locale's format. Read as UTC midnight
 * and shown in UTC, so the day never shifts with the browser's time zone.
 */
export function formatCalendarDate(locale: LocaleCode, date: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Today in the browser's time zone, as a calendar date (YYYY-MM-DD). */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
