import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { cx } from './classes.ts';
import { withClass } from './with-class.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

export interface ButtonProps extends Omit<AriaButtonProps, 'isPending'> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  ref?: Ref<HTMLButtonElement>;
  /** A request started by this button is running: presses are ignored, focus stays. */
  isPending?: boolean;
}

/**
 * A Suomi.fi styled button. Pending is handled here rather than by React Aria's `isPending`,
 * whose announcement points at the button by id and breaks when the button then unmounts
 * (after a successful submit); the outcome of a request is announced by the page instead.
 */
export function Button({
  variant = 'primary',
  size = 'normal',
  className,
  isPending = false,
  onPress,
  type,
  children,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      type={isPending && type === 'submit' ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending || undefined}
      className={withClass(
        cx('button', `button--${variant}`, `button--${size}`, isPending && 'button--pending'),
        className,
      )}
    >
      {(values) => (
        <>
          {isPending ? <span className="button__spinner" aria-hidden="true" /> : null}
          {typeof children === 'function' ? children(values) : children}
        </>
      )}
    </AriaButton>
  );
}
