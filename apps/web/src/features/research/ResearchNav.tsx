import { useT } from '../../i18n/LocaleProvider.tsx';
import { AreaNav } from '../layout/AreaNav.tsx';
import { useResearchProject } from './useResearchProject.ts';

/** The parts of the research repository, as a second level of navigation in the project. */
export function ResearchNav() {
  const t = useT();
  const { research, canWrite } = useResearchProject();
  return (
    <AreaNav
      label={t('research.title')}
      items={[
        { href: research.participants(), label: t('research.nav.participants') },
        { href: research.sessions(), label: t('research.nav.sessions') },
        { href: research.evidence(), label: t('research.nav.evidence') },
        { href: research.sources(), label: t('research.nav.sources') },
        { href: research.tags(), label: t('research.nav.tags') },
        ...(canWrite ? [{ href: research.import(), label: t('research.nav.import') }] : []),
        { href: research.forms(), label: t('research.nav.forms') },
        { href: research.search(), label: t('research.nav.search') },
      ]}
    />
  );
}
