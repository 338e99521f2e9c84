import { useT } from '../i18n/LocaleProvider.tsx';

/** A polite "loading" status; the text is what a screen reader hears. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div role="status" className="loading">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
