import { useRouterState } from '@tanstack/react-router';
import { Link } from '../../ui/Link.tsx';

export type AreaNavItem = { href: string; label: string };

/**
 * The parts of one area of a project (research, synthesis) as a second level of navigation;
 * the part the page belongs to is marked current.
 */
export function AreaNav({ label, items }: { label: string; items: readonly AreaNavItem[] }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav aria-label={label} className="research-nav">
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
