import { Link, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { useMe } from '../session/session.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

const SignedInTools = lazy(() =>
  import('./SignedInHeader.tsx').then((module) => ({ default: module.SignedInTools })),
);
const MainNavigation = lazy(() =>
  import('./SignedInHeader.tsx').then((module) => ({ default: module.MainNavigation })),
);

function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M8 4h16l6 8-14 16L2 12z" fill="currentColor" />
      <path
        d="M2 12h28M16 28 10 12l6-8 6 8z"
        fill="none"
        stroke="#fff"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Header() {
  const t = useT();
  const me = useMe();
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        {/* The router's own link, a native one: the sign-in page loads no React Aria. */}
        <Link to={paths.home()} className="brand">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {me ? (
            <Suspense fallback={null}>
              <SignedInTools me={me} />
            </Suspense>
          ) : null}
          <LanguageSwitcher />
        </div>
      </div>
      {me ? (
        <Suspense fallback={<NavigationBar />}>
          <MainNavigation me={me} />
        </Suspense>
      ) : (
        <AnonymousNavigation />
      )}
    </header>
  );
}

/** Visitors who are not signed in (login, invitation) get the same landmark with one way in. */
function AnonymousNavigation() {
  const t = useT();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <ul className="main-nav__list container">
        <li>
          <Link
            to={paths.login()}
            className="main-nav__link"
            aria-current={pathname === paths.login() ? 'page' : undefined}
          >
            {t('nav.signIn')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The navigation's empty bar, holding its place while a signed-in user's links load. */
function NavigationBar() {
  const t = useT();
  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <ul className="main-nav__list container" />
    </nav>
  );
}
