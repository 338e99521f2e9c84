import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useRouterState } from '@tanstack/react-router';
import type { Me } from '@timantti/contracts';
import { logout } from '../../api/auth.ts';
import { organisationQuery } from '../../api/queries.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { clearSession, homeOrganisation, orgBySlug, useMe } from '../session/session.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';

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
        <Link href={paths.home()} className="brand">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {me ? <SignedInTools me={me} /> : null}
          <LanguageSwitcher />
        </div>
      </div>
      {me ? <MainNavigation me={me} /> : <AnonymousNavigation />}
    </header>
  );
}

/** The organisation shown in the URL, else the one `/` would open. */
function useCurrentOrganisation(me: Me) {
  const { orgSlug } = useParams({ strict: false });
  return orgBySlug(me, orgSlug) ?? homeOrganisation(me);
}

function SignedInTools({ me }: { me: Me }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { orgSlug } = useParams({ strict: false });
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      clearSession(queryClient);
      void navigate({ to: '/login' });
    },
  });
  return (
    <>
      <OrganisationSwitcher me={me} currentSlug={orgBySlug(me, orgSlug)?.slug ?? null} />
      <p className="site-header__user">
        <span className="visually-hidden">{t('header.signedInAs')} </span>
        {me.user.displayName}
      </p>
      <Button variant="secondary" size="small" onPress={() => signOut.mutate()}>
        {t('header.signOut')}
      </Button>
    </>
  );
}

function MainNavigation({ me }: { me: Me }) {
  const t = useT();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const org = useCurrentOrganisation(me);
  const organisation = useQuery({ ...organisationQuery(org?.id ?? ''), enabled: Boolean(org) });

  const items: Array<{ href: string; label: string; exact?: boolean }> = [];
  if (org) {
    items.push({ href: paths.projects(org.slug), label: t('nav.projects') });
    if (organisation.data?.abilities.manageMembers) {
      items.push({ href: paths.members(org.slug), label: t('nav.members') });
    }
  }
  items.push({ href: paths.account(), label: t('nav.account') });

  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <ul className="main-nav__list container">
        {org && me.organisations.length === 1 ? (
          <li className="main-nav__organisation">{org.name}</li>
        ) : null}
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                className="main-nav__link"
                aria-current={current ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
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
            href={paths.login()}
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
