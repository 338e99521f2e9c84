import { useT } from '../../i18n/LocaleProvider.tsx';

/** The first stop of the Tab key: jumps past the header to the page content. */
export function SkipLink() {
  const t = useT();
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(event) => {
        // Focus main directly: the router would otherwise treat the hash as a navigation.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('nav.skipToContent')}
    </a>
  );
}
