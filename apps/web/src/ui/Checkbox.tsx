import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Label,
  Text,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
  type CheckboxProps as AriaCheckboxProps,
} from 'react-aria-components';
import { cx } from './classes.ts';
import { withClass } from './with-class.ts';

function CheckIcon() {
  return (
    <svg viewBox="0 0 18 18" aria-hidden="true" className="checkbox__icon">
      <polyline points="3.5 9.5 7 13 14.5 5" fill="none" strokeWidth="2.5" />
    </svg>
  );
}

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'children'> {
  children: ReactNode;
}

export function Checkbox({ children, className, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className={withClass('checkbox', className)}>
      <span className="checkbox__box">
        <CheckIcon />
      </span>
      <span className="checkbox__label">{children}</span>
    </AriaCheckbox>
  );
}

export interface CheckboxGroupProps extends Omit<AriaCheckboxGroupProps, 'children' | 'className'> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
  children: ReactNode;
  className?: string;
  orientation?: 'horizontal' | 'vertical';
}

/** A labelled group of checkboxes (role="group"), e.g. a team member's perspectives. */
export function CheckboxGroup({
  label,
  description,
  errorMessage,
  children,
  className,
  orientation = 'horizontal',
  ...props
}: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup
      {...props}
      isInvalid={errorMessage ? true : props.isInvalid}
      className={cx('field checkbox-group', className)}
    >
      <Label className="field__label">{label}</Label>
      <div className={cx('checkbox-group__items', `checkbox-group__items--${orientation}`)}>
        {children}
      </div>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </AriaCheckboxGroup>
  );
}
