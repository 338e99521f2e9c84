import type { ReactNode } from 'react';
import { cx } from './classes.ts';

export interface AlertProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A message box. Errors use role="alert" so they are read out at once; the other tones are
 * polite status messages.
 */
export function Alert({ tone, title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('alert', `alert--${tone}`, className)}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
