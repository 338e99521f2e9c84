import { useRouterState } from '@tanstack/react-router';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Link } from '../../ui/Link.tsx';
import { useSynthesisProject } from './useSynthesisProject.ts';

/** The parts of a project's synthesis, as a second level of navigation in the project. */
export function SynthesisNav() {
  const t = useT();
  const { synthesis } = useSynthesisProject();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = [
    { href: synthesis.boards(), label: t('synthesis.nav.boards') },
    { href: synthesis.insights(), label: t('synthesis.nav.insights') },
  ];
  return (
    <nav aria-label={t('synthesis.title')} className="research-nav">
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
