import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { organisationQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { InvitationsSection } from '../features/members/InvitationsSection.tsx';
import { MembersTable } from '../features/members/MembersTable.tsx';
import { useMe } from '../features/session/session.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { NotFoundPage } from './not-found.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/members');

/** Administrators manage who belongs to the organisation and with which role. */
export function MembersPage() {
  const t = useT();
  const me = useMe();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  useDocumentTitle(t('members.title'), organisation.name);

  if (!organisation.abilities.manageMembers) return <NotFoundPage />;

  return (
    <>
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('members.title')}</PageHeading>
      <p className="lead">{t('members.intro')}</p>
      <MembersTable orgId={org.id} currentUserId={me?.user.id ?? ''} />
      <InvitationsSection orgId={org.id} />
    </>
  );
}
