import { Outlet } from '@tanstack/react-router';
import { SynthesisNav } from '../../features/synthesis/SynthesisNav.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Link } from '../../ui/Link.tsx';

/** Every synthesis page: where it is in the project, the parts of synthesis, the page. */
export function SynthesisLayout() {
  const t = useT();
  const { org, project } = useSynthesisProject();
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
          <li>{t('synthesis.title')}</li>
        </ol>
      </nav>
      <SynthesisNav />
      {project.archived ? (
        <Alert tone="info" className="archived-note">
          {t('synthesis.archivedNote')}
        </Alert>
      ) : null}
      <Outlet />
    </>
  );
}
