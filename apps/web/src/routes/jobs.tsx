import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { organisationQuery } from '../api/queries.ts';
import { JobsTable } from '../features/jobs/JobsTable.tsx';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { useT } from '../i18n/LocaleProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { NotFoundPage } from './not-found.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/jobs');

/** Administrators see the organisation's background jobs, cancel them and run failed ones again. */
export function JobsPage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  useDocumentTitle(t('jobs.title'), organisation.name);

  if (!organisation.abilities.manageJobs) return <NotFoundPage />;

  return (
    <>
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('jobs.title')}</PageHeading>
      <p className="lead">{t('jobs.intro')}</p>
      <JobsTable orgId={org.id} />
    </>
  );
}
