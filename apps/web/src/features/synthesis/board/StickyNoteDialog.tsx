import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';

/** Writes a new sticky note or edits one, in a dialog. */
export function StickyNoteDialog({
  title,
  triggerLabel,
  triggerText,
  initial = '',
  onSave,
}: {
  title: string;
  /** The trigger's accessible name. */
  triggerLabel: string;
  /** What the trigger shows, when shorter than its name. */
  triggerText?: string;
  initial?: string;
  onSave: (text: string) => void;
}) {
  const t = useT();
  return (
    <FormDialog
      title={title}
      trigger={
        <Button
          variant={triggerText ? 'secondary' : 'tertiary'}
          size="small"
          aria-label={triggerLabel}
        >
          {triggerText ?? t('common.edit')}
        </Button>
      }
    >
      {(close) => <StickyNoteForm initial={initial} onSave={onSave} close={close} />}
    </FormDialog>
  );
}

function StickyNoteForm({
  initial,
  onSave,
  close,
}: {
  initial: string;
  onSave: (text: string) => void;
  close: () => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [text, setText] = useState(initial);
  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        if (!form.check(value ? {} : { text: t('validation.required') })) return;
        onSave(value);
        close();
      }}
    >
      <TextField
        name="text"
        label={t('board.sticky.text')}
        value={text}
        onChange={setText}
        errorMessage={form.errors.text}
        maxLength={2000}
        multiline
        rows={4}
        isRequired
        autoFocus
      />
      <FormActions submitLabel={t('board.sticky.save')} isPending={false} onCancel={close} />
    </Form>
  );
}
