import type { Project } from '@timantti/contracts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { synthesisPaths } from '../../paths.ts';
import { Link } from '../../ui/Link.tsx';

/** The way from the project page into its synthesis: boards, insights, personas. */
export function SynthesisSection({ orgSlug, project }: { orgSlug: string; project: Project }) {
  const t = useT();
  const synthesis = synthesisPaths(orgSlug, project.id);
  return (
    <section className="project-section" aria-labelledby="synthesis-heading">
      <h2 id="synthesis-heading">{t('synthesis.title')}</h2>
      <p className="muted">{t('synthesis.section.intro')}</p>
      <ul className="research-links">
        <li>
          <Link href={synthesis.boards()}>{t('synthesis.nav.boards')}</Link>
          <span className="research-links__text"> – {t('synthesis.section.boards')}</span>
        </li>
        <li>
          <Link href={synthesis.insights()}>{t('synthesis.nav.insights')}</Link>
          <span className="research-links__text"> – {t('synthesis.section.insights')}</span>
        </li>
        <li>
          <Link href={synthesis.personas()}>{t('synthesis.nav.personas')}</Link>
          <span className="research-links__text"> – {t('synthesis.section.personas')}</span>
        </li>
        <li>
          <Link href={synthesis.journeys()}>{t('synthesis.nav.journeys')}</Link>
          <span className="research-links__text"> – {t('synthesis.section.journeys')}</span>
        </li>
        <li>
          <Link href={synthesis.ideas()}>{t('synthesis.nav.ideas')}</Link>
          <span className="research-links__text"> – {t('synthesis.section.ideas')}</span>
          <Link href={synthesis.concepts()}>{t('synthesis.nav.concepts')}</Link>
          <span className="research-links__text"> – {t('synthesis.section.concepts')}</span>
        </li>
      </ul>
    </section>
  );
}
