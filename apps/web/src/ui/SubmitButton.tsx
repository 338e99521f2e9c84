import type { ReactNode } from 'react';
import { cx } from './classes.ts';

/**
 * A native submit button styled as the primary `Button`, for pages that load no React Aria.
 * While its request runs it is a plain button (presses do nothing) that keeps focus.
 */
export function SubmitButton({ isPending, children }: { isPending: boolean; children: ReactNode }) {
  return (
    <button
      type={isPending ? 'button' : 'submit'}
      aria-disabled={isPending || undefined}
      className={cx('button button--primary button--normal', isPending && 'button--pending')}
    >
      {isPending ? <span className="button__spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
