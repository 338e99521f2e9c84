import type { ChecklistItem } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { formatDate } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Link } from '../../ui/Link.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { checklistLabel } from './checklist-label.ts';

export interface ChecklistItemRowProps {
  item: ChecklistItem;
  /** The method card of a built-in step. */
  cardHref: string | null;
  canEdit: boolean;
  onToggle: (done: boolean) => void;
  onRename: (label: string, done: { onSuccess: () => void; onError: (e: unknown) => void }) => void;
  onDelete: () => void;
  isPending: boolean;
}

export function ChecklistItemRow({
  item,
  cardHref,
  canEdit,
  onToggle,
  onRename,
  onDelete,
  isPending,
}: ChecklistItemRowProps) {
  const t = useT();
  const { locale } = useLocale();
  const label = checklistLabel(item, t);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(label);
  const form = useFormErrors();
  const editRef = useRef<HTMLButtonElement>(null);

  const closeEditor = () => {
    setEditing(false);
    form.reset();
    requestAnimationFrame(() => editRef.current?.focus());
  };

  if (editing) {
    return (
      <li className="checklist-item checklist-item--editing">
        <Form
          id={form.formId}
          className="inline-form"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            const value = draft.trim();
            if (!form.check(value ? {} : { label: t('validation.required') })) return;
            onRename(value, { onSuccess: closeEditor, onError: (error) => form.fail(error) });
          }}
        >
          <TextField
            name="label"
            errorMessage={form.errors.label}
            label={t('project.checklist.editLabel')}
            value={draft}
            onChange={setDraft}
            maxLength={300}
            autoFocus
            onKeyDown={(event) => {
              if (event.key === 'Escape') closeEditor();
            }}
          />
          <div className="inline-form__actions">
            <Button type="submit" size="small" isPending={isPending}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" size="small" onPress={closeEditor}>
              {t('common.cancel')}
            </Button>
          </div>
        </Form>
      </li>
    );
  }

  return (
    <li className="checklist-item">
      <Checkbox isSelected={item.done} isReadOnly={!canEdit} onChange={onToggle}>
        {label}
        {item.done && item.doneAt ? (
          <span className="checklist-item__done">
            {' '}
            {t('project.checklist.doneOn', { date: formatDate(locale, item.doneAt) })}
          </span>
        ) : null}
      </Checkbox>
      {cardHref ? (
        <Link
          href={cardHref}
          className="checklist-item__card"
          aria-label={t('methods.checklistLinkLabel', { label })}
        >
          {t('methods.checklistLink')}
        </Link>
      ) : null}
      {canEdit ? (
        <span className="checklist-item__actions">
          <Button
            ref={editRef}
            variant="tertiary"
            size="small"
            aria-label={t('project.checklist.editItem', { label })}
            onPress={() => {
              setDraft(label);
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </Button>
          <Button
            variant="tertiary"
            size="small"
            aria-label={t('project.checklist.deleteItem', { label })}
            onPress={onDelete}
          >
            {t('common.delete')}
          </Button>
        </span>
      ) : null}
    </li>
  );
}
