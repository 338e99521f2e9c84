import { useRouterState } from '@tanstack/react-router';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Link } from '../../ui/Link.tsx';
import { useResearchProject } from './useResearchProject.ts';

/** The parts of the research repository, as a second level of navigation in the project. */
export function ResearchNav() {
  const t = useT();
  const { research, canWrite } = useResearchProject();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = [
    { href: research.participants(), label: t('research.nav.participants') },
    { href: research.sessions(), label: t('research.nav.sessions') },
    { href: research.evidence(), label: t('research.nav.evidence') },
    { href: research.sources(), label: t('research.nav.sources') },
    { href: research.tags(), label: t('research.nav.tags') },
    ...(canWrite ? [{ href: research.import(), label: t('research.nav.import') }] : []),
    { href: research.search(), label: t('research.nav.search') },
  ];
  return (
    <nav aria-label={t('research.title')} className="research-nav">
      <ul className="research-nav__list">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                className="research-nav__link"
                aria-current={current ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
