import {
  formatMessage,
  type Catalog,
  type CatalogPart,
  type LocaleCode,
  type MessageKey,
  type MessageParams,
} from '@timantti/i18n/core';

// Each language's messages are chunks of their own, in two parts: a page loads only its own
// language, and the sign-in page only the frame's part (`shell`).
const importers: Record<LocaleCode, Record<CatalogPart, () => Promise<Partial<Catalog>>>> = {
  fi: {
    shell: async () => (await import('@timantti/i18n/catalogs/fi/shell')).shell,
    areas: async () => (await import('@timantti/i18n/catalogs/fi/areas')).areas,
  },
  sv: {
    shell: async () => (await import('@timantti/i18n/catalogs/sv/shell')).shell,
    areas: async () => (await import('@timantti/i18n/catalogs/sv/areas')).areas,
  },
  en: {
    shell: async () => (await import('@timantti/i18n/catalogs/en/shell')).shell,
    areas: async () => (await import('@timantti/i18n/catalogs/en/areas')).areas,
  },
};

/** What a page needs: a signed-in user's pages need both parts. */
export const shellOnly: readonly CatalogPart[] = ['shell'];
export const allParts: readonly CatalogPart[] = ['shell', 'areas'];

export interface LoadedCatalog {
  /** The parts loaded so far; a message of a part not loaded is missing. */
  messages: Partial<Catalog>;
  parts: ReadonlySet<CatalogPart>;
}

export type LoadedCatalogs = Readonly<Partial<Record<LocaleCode, LoadedCatalog>>>;

let loaded: LoadedCatalogs = {};
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

function loadPart(locale: LocaleCode, part: CatalogPart): Promise<void> {
  const key = `${locale}:${part}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = importers[locale][part]().then(
      (messages) => {
        const previous = loaded[locale];
        loaded = {
          ...loaded,
          [locale]: {
            messages: { ...previous?.messages, ...messages },
            parts: new Set([...(previous?.parts ?? []), part]),
          },
        };
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed load is tried again on the next call.
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** Loads the parts of a language's messages that are not loaded yet. */
export async function loadCatalog(locale: LocaleCode, parts: readonly CatalogPart[]) {
  await Promise.all(parts.map((part) => loadPart(locale, part)));
}

export function hasCatalog(
  catalogs: LoadedCatalogs,
  locale: LocaleCode,
  parts: readonly CatalogPart[],
): boolean {
  const catalog = catalogs[locale];
  return parts.every((part) => catalog?.parts.has(part));
}

/** The catalogs loaded so far: a new object after each load, for `useSyncExternalStore`. */
export function loadedCatalogs(): LoadedCatalogs {
  return loaded;
}

export function subscribeToCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A message, or its key when its part is not loaded (a bug, better seen than a crash). */
export function messageOf(
  catalog: LoadedCatalog | undefined,
  locale: LocaleCode,
  key: MessageKey,
  params?: MessageParams,
): string {
  const message = catalog?.messages[key];
  return message === undefined ? key : formatMessage(locale, message, params);
}

/** A message outside React (the API client's stand-in problems). */
export function translateLoaded(
  locale: LocaleCode,
  key: MessageKey,
  params?: MessageParams,
): string {
  return messageOf(loaded[locale], locale, key, params);
}
