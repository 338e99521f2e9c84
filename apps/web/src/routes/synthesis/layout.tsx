import { AreaLayout } from '../../features/layout/AreaLayout.tsx';
import { SynthesisNav } from '../../features/synthesis/SynthesisNav.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';

/** Every synthesis page: where it is in the project, the parts of synthesis, the page. */
export function SynthesisLayout() {
  const t = useT();
  const { org, project } = useSynthesisProject();
  return (
    <AreaLayout
      org={org}
      project={project}
      title={t('synthesis.title')}
      nav={<SynthesisNav />}
      archivedNote={t('synthesis.archivedNote')}
    />
  );
}
