import { Outlet } from '@tanstack/react-router';
import { ResearchNav } from '../../features/research/ResearchNav.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Link } from '../../ui/Link.tsx';

/** Every research page: where it is in the project, the parts of the repository, the page. */
export function ResearchLayout() {
  const t = useT();
  const { org, project } = useResearchProject();
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
          <li>{t('research.title')}</li>
        </ol>
      </nav>
      <ResearchNav />
      {project.archived ? (
        <Alert tone="info" className="archived-note">
          {t('research.archivedNote')}
        </Alert>
      ) : null}
      <Outlet />
    </>
  );
}
