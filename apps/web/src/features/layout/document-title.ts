import { useEffect } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';

/** "Projektit – Lahden kaupunki – Timantti": page first, then its context, then the app. */
export function documentTitle(parts: ReadonlyArray<string | null | undefined>, appName: string) {
  return [...parts.filter((part): part is string => Boolean(part)), appName].join(' – ');
}

export function useDocumentTitle(...parts: Array<string | null | undefined>): void {
  const t = useT();
  const title = documentTitle(parts, t('app.name'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
