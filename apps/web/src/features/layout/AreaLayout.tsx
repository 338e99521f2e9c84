import { Outlet } from '@tanstack/react-router';
import type { Organisation, Project } from '@timantti/contracts';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Link } from '../../ui/Link.tsx';

/**
 * Every page of one area of a project (research, synthesis): where it is in the project, the
 * area's parts, a note when the project is archived, then the page.
 */
export function AreaLayout({
  org,
  project,
  title,
  nav,
  archivedNote,
}: {
  org: Pick<Organisation, 'slug'>;
  project: Pick<Project, 'id' | 'name' | 'archived'>;
  title: string;
  nav: ReactNode;
  archivedNote: string;
}) {
  const t = useT();
  return (
    <>
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.projects(org.slug)}>{t('project.list.title')}</Link>
          </li>
          <li>
            <Link href={paths.project(org.slug, project.id)}>{project.name}</Link>
          </li>
          <li>{title}</li>
        </ol>
      </nav>
      {nav}
      {project.archived ? (
        <Alert tone="info" className="archived-note">
          {archivedNote}
        </Alert>
      ) : null}
      <Outlet />
    </>
  );
}
