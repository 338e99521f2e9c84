import type { Project } from '@timantti/contracts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { researchPaths } from '../../paths.ts';
import { Link } from '../../ui/Link.tsx';
import { researchAbilities } from './useResearchProject.ts';

/** The way from the project page into its research repository (tutkimusaineisto). */
export function ResearchSection({ orgSlug, project }: { orgSlug: string; project: Project }) {
  const t = useT();
  const research = researchPaths(orgSlug, project.id);
  const { canWrite } = researchAbilities(project);
  const parts = [
    {
      href: research.participants(),
      label: t('research.nav.participants'),
      text: t('research.section.participants'),
    },
    {
      href: research.sessions(),
      label: t('research.nav.sessions'),
      text: t('research.section.sessions'),
    },
    {
      href: research.evidence(),
      label: t('research.nav.evidence'),
      text: t('research.section.evidence'),
    },
    {
      href: research.sources(),
      label: t('research.nav.sources'),
      text: t('research.section.sources'),
    },
    { href: research.tags(), label: t('research.nav.tags'), text: t('research.section.tags') },
    ...(canWrite
      ? [
          {
            href: research.import(),
            label: t('research.nav.import'),
            text: t('research.section.import'),
          },
        ]
      : []),
    {
      href: research.search(),
      label: t('research.nav.search'),
      text: t('research.section.search'),
    },
  ];
  return (
    <section className="project-section" aria-labelledby="research-heading">
      <h2 id="research-heading">{t('research.title')}</h2>
      <p className="muted">{t('research.section.intro')}</p>
      <ul className="research-links">
        {parts.map((part) => (
          <li key={part.href}>
            <Link href={part.href}>{part.label}</Link>
            <span className="research-links__text"> – {part.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
