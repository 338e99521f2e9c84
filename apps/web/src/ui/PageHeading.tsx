import type { ReactNode } from 'react';
import { cx } from './classes.ts';

/**
 * The page's one h1. tabIndex -1 lets the router move focus here after each navigation, so a
 * screen reader announces the new page (see router.tsx).
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 tabIndex={-1} className={cx('page-heading', className)}>
      {children}
    </h1>
  );
}
