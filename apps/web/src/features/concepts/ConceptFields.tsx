import {
  CONCEPT_ITEM_MAX,
  CONCEPT_NAME_MAX,
  CONCEPT_TEXT_MAX,
  addConceptItem,
  isConceptListField,
  moveConceptItem,
  removeConceptItem,
  setConceptItemText,
  setConceptText,
  type ConceptField,
  type ConceptListField,
  type ConceptSnapshot,
  type ConceptTextField,
} from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import type * as Y from 'yjs';
import { conceptFieldKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';

type Live = {
  doc: Y.Doc;
  origin: unknown;
  draft: ConceptSnapshot;
  canEdit: boolean;
  onAnnounce: (message: string) => void;
};

/**
 * The draft's fields in the order a layout reads them, each edited in place: a text field
 * writes the smallest change into its Y.Text as one types, a list is its items with their own
 * fields and buttons to move and remove them. The same document whatever the layout.
 */
export function ConceptFields({
  fields,
  layout,
  ...live
}: Live & { fields: readonly ConceptField[]; layout: 'concept' | 'experiment' }) {
  const t = useT();
  return (
    <div className="concept-card">
      {fields.map((field) =>
        isConceptListField(field) ? (
          <ListField
            key={field}
            field={field}
            label={t(conceptFieldKey(field, layout))}
            {...live}
          />
        ) : (
          <LiveTextField
            key={field}
            field={field}
            label={t(conceptFieldKey(field, layout))}
            {...live}
          />
        ),
      )}
    </div>
  );
}

export function LiveTextField({
  field,
  label,
  doc,
  origin,
  draft,
  canEdit,
}: Live & { field: ConceptTextField; label: string }) {
  const multiline = field !== 'name' && field !== 'implementer' && field !== 'budget';
  return (
    <TextField
      name={field}
      label={label}
      value={draft[field]}
      multiline={multiline}
      rows={3}
      isReadOnly={!canEdit}
      maxLength={field === 'name' ? CONCEPT_NAME_MAX : CONCEPT_TEXT_MAX}
      onChange={(value) => setConceptText(doc, field, value, origin)}
      className="concept-card__field"
    />
  );
}

function ListField({
  field,
  label,
  doc,
  origin,
  draft,
  canEdit,
  onAnnounce,
}: Live & { field: ConceptListField; label: string }) {
  const t = useT();
  const items = draft[field];
  const [text, setText] = useState('');
  const headingId = `concept-${field}-heading`;
  return (
    <section className="concept-card__field concept-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="concept-list__title">
        {label}
      </h3>
      {items.length === 0 ? <p className="muted">{t('concept.item.empty')}</p> : null}
      <ol className="concept-list__items">
        {items.map((item, index) => (
          <li key={item.id} className="concept-list__item">
            <TextField
              name={`${field}-${item.id}`}
              label={t('concept.item.label', { field: label, position: String(index + 1) })}
              hideLabel
              value={item.text}
              isReadOnly={!canEdit}
              maxLength={CONCEPT_ITEM_MAX}
              onChange={(value) => setConceptItemText(doc, item.id, value, origin)}
            />
            {canEdit ? (
              <span className="concept-list__actions">
                <Button
                  variant="tertiary"
                  size="small"
                  isDisabled={index === 0}
                  aria-label={t('concept.item.moveUp', { text: item.text })}
                  onPress={() => {
                    moveConceptItem(doc, field, item.id, index - 1, origin);
                    onAnnounce(
                      t('concept.item.moved', { text: item.text, position: String(index) }),
                    );
                  }}
                >
                  ↑
                </Button>
                <Button
                  variant="tertiary"
                  size="small"
                  isDisabled={index === items.length - 1}
                  aria-label={t('concept.item.moveDown', { text: item.text })}
                  onPress={() => {
                    moveConceptItem(doc, field, item.id, index + 1, origin);
                    onAnnounce(
                      t('concept.item.moved', { text: item.text, position: String(index + 2) }),
                    );
                  }}
                >
                  ↓
                </Button>
                <Button
                  variant="tertiary"
                  size="small"
                  aria-label={t('concept.item.remove', { text: item.text })}
                  onPress={() => {
                    removeConceptItem(doc, field, item.id, origin);
                    onAnnounce(t('concept.item.removed', { text: item.text }));
                  }}
                >
                  ×
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <Form
          className="concept-list__new"
          onSubmit={(event) => {
            event.preventDefault();
            const value = text.trim();
            if (!value) return;
            addConceptItem(doc, field, value, undefined, origin);
            setText('');
            onAnnounce(t('concept.item.added', { text: value }));
          }}
        >
          <TextField
            name={`${field}-new`}
            label={t('concept.item.new', { field: label })}
            value={text}
            onChange={setText}
            maxLength={CONCEPT_ITEM_MAX}
          />
          <Button type="submit" variant="secondary">
            {t('concept.item.add')}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
