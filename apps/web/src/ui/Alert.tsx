import type { ReactNode } from 'react';
import { cx } from './classes.ts';

export interface AlertProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** False for a box that holds controls: the caller announces its message separately. */
  live?: boolean;
}

/**
 * A message box. Errors use role="alert" so they are read out at once; the other tones are
 * polite status messages.
 */
export function Alert({ tone, title, children, className, live = true }: AlertProps) {
  return (
    <div
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
      className={cx('alert', `alert--${tone}`, className)}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}
