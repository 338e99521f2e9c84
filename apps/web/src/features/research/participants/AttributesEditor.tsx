import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { FieldErrors } from '../../../ui/useFormErrors.ts';
import {
  attributeNameField,
  attributeValueField,
  MAX_ATTRIBUTES,
  newAttributeRow,
  type AttributeRow,
} from './attribute-rows.ts';

/** Free attributes of a participant as name–value rows (e.g. ikäryhmä – 30–39). */
export function AttributesEditor({
  rows,
  onChange,
  errors,
}: {
  rows: AttributeRow[];
  onChange: (rows: AttributeRow[]) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding or removing a row, focus goes where the user continues (see ListEditor).
  const focusTarget = useRef<{ index: number } | 'add' | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    if (target === 'add') addRef.current?.focus();
    else listRef.current?.querySelectorAll('li')[target.index]?.querySelector('input')?.focus();
  });

  const update = (key: string, change: Partial<AttributeRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <fieldset className="fieldset" aria-describedby={`${id}-hint`}>
      <legend className="fieldset__legend">{t('participant.attributes.title')}</legend>
      <p id={`${id}-hint`} className="field__description">
        {t('participant.attributes.hint')}
      </p>
      {rows.length > 0 ? (
        <ol className="attribute-rows" ref={listRef}>
          {rows.map((row, index) => {
            const position = index + 1;
            return (
              <li key={row.key} className="attribute-row">
                <TextField
                  name={attributeNameField(row)}
                  label={t('participant.attributes.name', { position })}
                  value={row.name}
                  onChange={(name) => update(row.key, { name })}
                  errorMessage={errors[attributeNameField(row)]}
                  maxLength={60}
                />
                <TextField
                  name={attributeValueField(row)}
                  label={t('participant.attributes.value', { position })}
                  value={row.value}
                  onChange={(value) => update(row.key, { value })}
                  errorMessage={errors[attributeValueField(row)]}
                  maxLength={200}
                />
                <Button
                  variant="tertiary"
                  size="small"
                  aria-label={t('participant.attributes.remove', { position })}
                  onPress={() => {
                    onChange(rows.filter((other) => other.key !== row.key));
                    focusTarget.current =
                      rows.length > 1 ? { index: Math.max(0, index - 1) } : 'add';
                  }}
                >
                  {t('common.remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {rows.length < MAX_ATTRIBUTES ? (
        <Button
          ref={addRef}
          variant="secondary"
          size="small"
          onPress={() => {
            onChange([...rows, newAttributeRow()]);
            focusTarget.current = { index: rows.length };
          }}
        >
          + {t('participant.attributes.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}
