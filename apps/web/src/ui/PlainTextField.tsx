import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n/LocaleProvider.tsx';

export interface PlainTextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'className'
> {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  errorMessage?: string | undefined;
}

/**
 * A text field of native elements, for the sign-in page, which loads no React Aria: the same
 * look, label, required mark and error (aria-invalid, aria-describedby) as `TextField`.
 */
export function PlainTextField({
  label,
  errorMessage,
  onChange,
  required,
  ...props
}: PlainTextFieldProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      <input
        {...props}
        id={id}
        className="field__input"
        required={required}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={errorMessage ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {errorMessage ? (
        <span id={errorId} className="field__error">
          {errorMessage}
        </span>
      ) : null}
    </div>
  );
}
