import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { SingleFieldForm } from '../../../ui/SingleFieldForm.tsx';

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
      {(close) => (
        <SingleFieldForm
          name="text"
          label={t('board.sticky.text')}
          initial={initial}
          submitLabel={t('board.sticky.save')}
          maxLength={2000}
          multiline
          onSave={onSave}
          close={close}
        />
      )}
    </FormDialog>
  );
}
