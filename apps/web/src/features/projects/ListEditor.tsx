import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { newListItem, type ListItem } from './list-items.ts';

export interface ListEditorProps {
  legend: string;
  description?: string;
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  itemLabel: (position: number) => string;
  removeLabel: (position: number) => string;
  addLabel: string;
  errorMessage?: string;
  maxItems?: number;
}

/** Edits a list of lines (goals, indicators): add a line, type, remove a line. */
export function ListEditor({
  legend,
  description,
  items,
  onChange,
  itemLabel,
  removeLabel,
  addLabel,
  errorMessage,
  maxItems = 20,
}: ListEditorProps) {
  const t = useT();
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After adding or removing a line, focus goes where the user expects to continue. The
  // target is kept in a ref and used after the next render, when the line exists.
  const focusTarget = useRef<{ index: number } | 'add' | null>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    if (target === 'add') addRef.current?.focus();
    else listRef.current?.querySelectorAll('input')[target.index]?.focus();
  });

  const describedBy = [description && `${id}-description`, errorMessage && `${id}-error`]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className="list-editor" aria-describedby={describedBy || undefined}>
      <legend className="field__label">{legend}</legend>
      {description ? (
        <p id={`${id}-description`} className="field__description">
          {description}
        </p>
      ) : null}
      {errorMessage ? (
        <p id={`${id}-error`} className="field__error">
          {errorMessage}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol className="list-editor__items" ref={listRef}>
          {items.map((item, index) => (
            <li key={item.key} className="list-editor__item">
              <TextField
                label={itemLabel(index + 1)}
                hideLabel
                value={item.value}
                onChange={(value) =>
                  onChange(
                    items.map((other) => (other.key === item.key ? { ...other, value } : other)),
                  )
                }
                className="list-editor__field"
              />
              <Button
                variant="tertiary"
                size="small"
                aria-label={removeLabel(index + 1)}
                onPress={() => {
                  onChange(items.filter((other) => other.key !== item.key));
                  focusTarget.current =
                    items.length > 1 ? { index: Math.max(0, index - 1) } : 'add';
                }}
              >
                {t('common.remove')}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {items.length < maxItems ? (
        <Button
          ref={addRef}
          variant="secondary"
          size="small"
          onPress={() => {
            onChange([...items, newListItem()]);
            focusTarget.current = { index: items.length };
          }}
        >
          + {addLabel}
        </Button>
      ) : null}
    </fieldset>
  );
}
