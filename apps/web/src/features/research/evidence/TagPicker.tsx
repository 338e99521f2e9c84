import type { Tag } from '@timantti/contracts';
import { useState } from 'react';
import { createTag } from '../../../api/evidence.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Checkbox, CheckboxGroup } from '../../../ui/Checkbox.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useResearchMutation } from '../useResearchProject.ts';

/**
 * Tags of the project's codebook as checkboxes, with a field to add a new tag on the spot (it is
 * chosen at once). Enter in that field adds the tag instead of submitting the outer form.
 */
export function TagPicker({
  projectId,
  tags,
  value,
  onChange,
  label,
  canCreate,
  onAnnounce,
}: {
  projectId: string;
  tags: Tag[];
  value: string[];
  onChange: (tagIds: string[]) => void;
  label: string;
  canCreate: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const create = useResearchMutation(projectId, (tagName: string) => createTag(projectId, tagName));

  const add = () => {
    const tagName = name.trim();
    if (!tagName) return;
    const existing = tags.find(
      (tag) => tag.name.toLocaleLowerCase() === tagName.toLocaleLowerCase(),
    );
    if (existing) {
      if (!value.includes(existing.id)) onChange([...value, existing.id]);
      setName('');
      onAnnounce(t('tagPicker.chosen', { name: existing.name }));
      return;
    }
    create.mutate(tagName, {
      onSuccess: (tag) => {
        onChange([...value, tag.id]);
        setName('');
        onAnnounce(t('tagPicker.created', { name: tag.name }));
      },
    });
  };

  return (
    <div className="tag-picker">
      {tags.length > 0 ? (
        <CheckboxGroup label={label} value={value} onChange={onChange}>
          {tags.map((tag) => (
            <Checkbox key={tag.id} value={tag.id}>
              {tag.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
      ) : (
        <p className="muted">{t('tagPicker.empty')}</p>
      )}
      {canCreate ? (
        <div className="inline-form tag-picker__new">
          <TextField
            label={t('tagPicker.newTag')}
            value={name}
            onChange={setName}
            maxLength={80}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <Button variant="secondary" size="small" isPending={create.isPending} onPress={add}>
            {t('tagPicker.add')}
          </Button>
          <FormProblem error={create.error} />
        </div>
      ) : null}
    </div>
  );
}
