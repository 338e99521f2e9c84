import { Outlet } from '@tanstack/react-router';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Header } from './Header.tsx';
import { SkipLink } from './SkipLink.tsx';

/** Landmarks of every page: header with navigation, main content and footer. */
export function AppLayout() {
  const t = useT();
  return (
    <div className="app">
      <SkipLink />
      <Header />
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__content">
          <p>
            <strong>{t('app.name')}</strong> – {t('footer.description')}
          </p>
          <p>{t('footer.license')}</p>
        </div>
      </footer>
    </div>
  );
}
