import { useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { useLocale } from '../../i18n/LocaleProvider.tsx';

/**
 * React Aria's language (dates, numbers, collation) and its links' navigation through the
 * router. Around each area that uses React Aria rather than the whole app: the sign-in page uses
 * native elements only and loads none of React Aria.
 */
export function AriaProviders({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  const router = useRouter();
  return (
    <I18nProvider locale={locale}>
      <RouterProvider navigate={(href) => void router.navigate({ href })} useHref={(href) => href}>
        {children}
      </RouterProvider>
    </I18nProvider>
  );
}
