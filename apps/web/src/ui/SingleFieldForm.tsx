import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useT } from '../i18n/LocaleProvider.tsx';
import { FormActions } from './FormActions.tsx';
import { TextField } from './TextField.tsx';
import { useFormErrors } from './useFormErrors.ts';

/** A form of one required text, for a dialog: a title to give, a note to write. */
export function SingleFieldForm({
  name,
  label,
  initial,
  submitLabel,
  maxLength,
  multiline = false,
  onSave,
  close,
}: {
  name: string;
  label: string;
  initial: string;
  submitLabel: string;
  maxLength: number;
  multiline?: boolean;
  /** Gets the text trimmed; the dialog closes after. */
  onSave: (value: string) => void;
  close: () => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [value, setValue] = useState(initial);
  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const next = value.trim();
        if (!form.check(next ? {} : { [name]: t('validation.required') })) return;
        onSave(next);
        close();
      }}
    >
      <TextField
        name={name}
        label={label}
        value={value}
        onChange={setValue}
        errorMessage={form.errors[name]}
        maxLength={maxLength}
        multiline={multiline}
        rows={4}
        isRequired
        autoFocus
      />
      <FormActions submitLabel={submitLabel} isPending={false} onCancel={close} />
    </Form>
  );
}
