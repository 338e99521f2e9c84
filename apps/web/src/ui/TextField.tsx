import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import { useT } from '../i18n/LocaleProvider.tsx';
import { cx } from './classes.ts';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'children' | 'className'> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  /** Hides the label visually but keeps it for assistive technology. */
  hideLabel?: boolean;
  /** The language of the text typed in, when it differs from the page's (not the label's). */
  inputLang?: string;
}

/** Label, input, hint and error message, linked to each other for screen readers. */
export function TextField({
  label,
  description,
  errorMessage,
  multiline,
  rows = 4,
  placeholder,
  className,
  hideLabel,
  isRequired,
  inputLang,
  ...props
}: TextFieldProps) {
  const t = useT();
  return (
    <AriaTextField
      {...props}
      isRequired={isRequired}
      isInvalid={errorMessage ? true : props.isInvalid}
      className={cx('field', className)}
    >
      <Label className={cx('field__label', hideLabel && 'visually-hidden')}>
        {label}
        {isRequired ? <span className="field__required"> ({t('form.required')})</span> : null}
      </Label>
      {multiline ? (
        <TextArea
          className="field__input field__input--multiline"
          rows={rows}
          placeholder={placeholder}
          lang={inputLang}
        />
      ) : (
        <Input className="field__input" placeholder={placeholder} lang={inputLang} />
      )}
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
