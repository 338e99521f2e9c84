import type { ReactNode } from 'react';
import { cx } from './classes.ts';

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'info' | 'warning' | 'success' | 'phase';
  children: ReactNode;
}) {
  return <span className={cx('badge', `badge--${tone}`)}>{children}</span>;
}
