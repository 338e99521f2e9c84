import type { Tag } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormDialog } from '../../../ui/FormDialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';

/** Merges a tag into another: its evidence gets the other tag, and the tag itself goes. */
export function MergeTagDialog({
  tag,
  others,
  onMerge,
}: {
  tag: Tag;
  others: Tag[];
  onMerge: (into: Tag) => Promise<unknown>;
}) {
  const t = useT();
  return (
    <FormDialog
      role="alertdialog"
      title={t('tag.mergeTitle', { name: tag.name })}
      trigger={
        <Button variant="tertiary" size="small" aria-label={t('tag.merge', { name: tag.name })}>
          {t('tag.mergeShort')}
        </Button>
      }
    >
      {(close) => <MergeForm tag={tag} others={others} onMerge={onMerge} close={close} />}
    </FormDialog>
  );
}

function MergeForm({
  tag,
  others,
  onMerge,
  close,
}: {
  tag: Tag;
  others: Tag[];
  onMerge: (into: Tag) => Promise<unknown>;
  close: () => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const [intoId, setIntoId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const into = others.find((other) => other.id === intoId);
        if (!form.check(into ? {} : { intoTagId: t('tag.chooseTarget') }) || !into) return;
        setPending(true);
        onMerge(into).then(
          () => {
            setPending(false);
            close();
          },
          (error: unknown) => {
            setPending(false);
            form.fail(error);
          },
        );
      }}
    >
      <p>{t('tag.mergeText', { name: tag.name })}</p>
      <FormProblem error={form.problem} />
      <Select
        name="intoTagId"
        label={t('tag.mergeInto')}
        placeholder={t('tag.chooseTarget')}
        options={others.map((other) => ({ id: other.id, label: other.name }))}
        value={intoId}
        onChange={setIntoId}
        errorMessage={form.errors.intoTagId}
      />
      <div className="dialog__actions">
        <Button variant="secondary" onPress={close} isDisabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" isPending={pending}>
          {t('tag.mergeConfirm')}
        </Button>
      </div>
    </Form>
  );
}
