import { defaultLocale, isLocale, negotiateLocale, type LocaleCode } from '@timantti/i18n/core';

const STORAGE_KEY = 'timantti.locale';

/** The language chosen before signing in, else the browser's preference, else Finnish. */
export function initialLocale(): LocaleCode {
  const stored = readStorage(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  if (typeof navigator !== 'undefined' && navigator.languages.length > 0) {
    return negotiateLocale(navigator.languages.join(','));
  }
  return defaultLocale;
}

export function rememberLocale(locale: LocaleCode): void {
  writeStorage(STORAGE_KEY, locale);
}

// Storage may be unavailable (private mode, blocked cookies); the app works without it.
export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice lasts for this page load only.
  }
}
