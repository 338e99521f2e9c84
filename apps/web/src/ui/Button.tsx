import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { withClass } from './classes.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

export interface ButtonProps extends AriaButtonProps {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  ref?: Ref<HTMLButtonElement>;
}

/** A Suomi.fi styled button; `isPending` keeps focus while a request runs. */
export function Button({ variant = 'primary', size = 'normal', className, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={withClass(`button button--${variant} button--${size}`, className)}
    />
  );
}
