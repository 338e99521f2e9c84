import { AreaLayout } from '../../features/layout/AreaLayout.tsx';
import { ResearchNav } from '../../features/research/ResearchNav.tsx';
import { useResearchProject } from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';

/** Every research page: where it is in the project, the parts of the repository, the page. */
export function ResearchLayout() {
  const t = useT();
  const { org, project } = useResearchProject();
  return (
    <AreaLayout
      org={org}
      project={project}
      title={t('research.title')}
      nav={<ResearchNav />}
      archivedNote={t('research.archivedNote')}
    />
  );
}
