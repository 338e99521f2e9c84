import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@timantti/contracts';
import type { LocaleCode, MessageKey, MessageParams } from '@timantti/i18n/core';
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { meQuery, updateAccount } from '../api/auth.ts';
import { setRequestLocale } from '../api/client.ts';
import { storeMe } from '../features/session/session.ts';
import {
  allParts,
  hasCatalog,
  loadCatalog,
  loadedCatalogs,
  messageOf,
  shellOnly,
  subscribeToCatalogs,
  type LoadedCatalog,
} from './catalogs.ts';
import { initialLocale, rememberLocale } from './locale-storage.ts';

interface LocaleContextValue {
  locale: LocaleCode;
  setLocale: (locale: LocaleCode) => void;
  catalog: LoadedCatalog | undefined;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

/**
 * The UI language: the signed-in user's own choice, saved to the account, or for anonymous
 * visitors the one kept in this browser. Its messages are loaded on demand (a signed-in user's
 * pages need both parts, the others the frame's only); until they have arrived the page stays
 * in the language it shows. The first language is loaded before the first render (`main.tsx`)
 * and a signed-in user's before their pages (`router.tsx`).
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const [anonymousLocale, setAnonymousLocale] = useState<LocaleCode>(initialLocale);
  const wanted = me?.user.locale ?? anonymousLocale;
  const parts = me ? allParts : shellOnly;
  const catalogs = useSyncExternalStore(subscribeToCatalogs, loadedCatalogs);
  const [shown, setShown] = useState(wanted);
  const locale = hasCatalog(catalogs, wanted, parts) ? wanted : shown;
  if (locale !== shown) setShown(locale);
  const catalog = catalogs[locale];

  useEffect(() => {
    // A failed load leaves the page in the language it shows; choosing again tries again.
    loadCatalog(wanted, parts).catch(() => undefined);
  }, [wanted, parts]);

  // Set during render so that requests started by this render already carry the language.
  setRequestLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The new language shows at once; the account follows, and a failure puts the old one back.
  const saveLocale = useMutation({
    mutationFn: (next: LocaleCode) => updateAccount({ locale: next }),
    onMutate: (next: LocaleCode) => {
      const previous = queryClient.getQueryData(meQuery.queryKey);
      if (previous) {
        const optimistic: Me = { ...previous, user: { ...previous.user, locale: next } };
        queryClient.setQueryData(meQuery.queryKey, optimistic);
      }
      return { previous };
    },
    onSuccess: (updated) => storeMe(queryClient, updated),
    onError: (_error, _next, context) => {
      if (context?.previous) storeMe(queryClient, context.previous);
    },
  });
  const { mutate } = saveLocale;

  const setLocale = useCallback(
    (next: LocaleCode) => {
      rememberLocale(next);
      setAnonymousLocale(next);
      if (me) mutate(next);
    },
    [me, mutate],
  );

  const value = useMemo(() => ({ locale, setLocale, catalog }), [locale, setLocale, catalog]);
  return (
    // React Aria's own language is set by `AriaProviders`, in the areas that use React Aria.
    <LocaleContext value={value}>{children}</LocaleContext>
  );
}

export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error('useLocale is used outside LocaleProvider');
  return value;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translation function of the current UI language. */
export function useT(): Translate {
  const { locale, catalog } = useLocale();
  return useCallback(
    (key: MessageKey, params?: MessageParams) => messageOf(catalog, locale, key, params),
    [locale, catalog],
  );
}
