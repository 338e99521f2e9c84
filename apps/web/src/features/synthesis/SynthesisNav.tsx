import { useT } from '../../i18n/LocaleProvider.tsx';
import { AreaNav } from '../layout/AreaNav.tsx';
import { useSynthesisProject } from './useSynthesisProject.ts';

/** The parts of a project's synthesis, as a second level of navigation in the project. */
export function SynthesisNav() {
  const t = useT();
  const { synthesis } = useSynthesisProject();
  return (
    <AreaNav
      label={t('synthesis.title')}
      items={[
        { href: synthesis.boards(), label: t('synthesis.nav.boards') },
        { href: synthesis.insights(), label: t('synthesis.nav.insights') },
        { href: synthesis.personas(), label: t('synthesis.nav.personas') },
        { href: synthesis.journeys(), label: t('synthesis.nav.journeys') },
        { href: synthesis.ideas(), label: t('synthesis.nav.ideas') },
        { href: synthesis.concepts(), label: t('synthesis.nav.concepts') },
      ]}
    />
  );
}
