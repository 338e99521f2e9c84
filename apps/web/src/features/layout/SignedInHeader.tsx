import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useRouterState } from '@tanstack/react-router';
import type { Me } from '@timantti/contracts';
import { logout } from '../../api/auth.ts';
import { organisationQuery } from '../../api/queries.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Button } from '../../ui/Button.tsx';
import { Link } from '../../ui/Link.tsx';
import { clearSession, homeOrganisation, orgBySlug } from '../session/session.ts';
import { AriaProviders } from './AriaProviders.tsx';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';

// The header's parts for a signed-in user, a chunk of their own: the sign-in page needs none
// of them (nor the organisation's API they read).

/** The organisation shown in the URL, else the one `/` would open. */
function useCurrentOrganisation(me: Me) {
  const { orgSlug } = useParams({ strict: false });
  return orgBySlug(me, orgSlug) ?? homeOrganisation(me);
}

export function SignedInTools({ me }: { me: Me }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { orgSlug } = useParams({ strict: false });
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: (endSessionUrl) => {
      clearSession(queryClient);
      // A session from single sign-on ends at the provider too, which sends the browser back.
      if (endSessionUrl) window.location.assign(endSessionUrl);
      else void navigate({ to: '/login' });
    },
  });
  // The header is outside the signed-in area's providers (SignedInArea.tsx).
  return (
    <AriaProviders>
      <OrganisationSwitcher me={me} currentSlug={orgBySlug(me, orgSlug)?.slug ?? null} />
      <p className="site-header__user">
        <span className="visually-hidden">{t('header.signedInAs')} </span>
        {me.user.displayName}
      </p>
      <Button variant="secondary" size="small" onPress={() => signOut.mutate()}>
        {t('header.signOut')}
      </Button>
    </AriaProviders>
  );
}

export function MainNavigation({ me }: { me: Me }) {
  const t = useT();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const org = useCurrentOrganisation(me);
  const organisation = useQuery({ ...organisationQuery(org?.id ?? ''), enabled: Boolean(org) });

  const items: Array<{ href: string; label: string; exact?: boolean }> = [];
  if (org) {
    items.push({ href: paths.projects(org.slug), label: t('nav.projects') });
    items.push({ href: paths.methods(org.slug), label: t('nav.methods') });
    items.push({ href: paths.training(org.slug), label: t('nav.training') });
    items.push({ href: paths.articles(org.slug), label: t('nav.articles') });
    if (organisation.data?.abilities.manageMembers) {
      items.push({ href: paths.members(org.slug), label: t('nav.members') });
    }
    if (organisation.data?.abilities.manageJobs) {
      items.push({ href: paths.jobs(org.slug), label: t('nav.jobs') });
    }
  }
  items.push({ href: paths.account(), label: t('nav.account') });

  return (
    <AriaProviders>
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
    </AriaProviders>
  );
}
