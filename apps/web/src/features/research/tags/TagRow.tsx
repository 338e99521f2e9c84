import { useQueryClient } from '@tanstack/react-query';
import { Tag } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { deleteTag, mergeTag, renameTag } from '../../../api/evidence.ts';
import { researchKey } from '../../../api/research-queries.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { ConfirmDialog } from '../../../ui/Dialog.tsx';
import { EditConflictDialog } from '../../../ui/EditConflictDialog.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Link } from '../../../ui/Link.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useEditConflict } from '../../../ui/useEditConflict.ts';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { focusAfterDialog } from '../../layout/focus.ts';
import { useResearchMutation, useResearchProject } from '../useResearchProject.ts';
import { MergeTagDialog } from './MergeTagDialog.tsx';

/** One tag of the codebook: how much evidence carries it; rename, merge or delete it. */
export function TagRow({
  tag,
  tags,
  onAnnounce,
}: {
  tag: Tag;
  tags: Tag[];
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, research, canWrite } = useResearchProject();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<string | null>(null);
  // The version the rename was started on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(tag.version);
  const form = useFormErrors();
  const renameRef = useRef<HTMLButtonElement>(null);
  const conflicts = useEditConflict<typeof Tag, string>(Tag);
  const conflict = conflicts.conflict;
  const rename = useResearchMutation(projectId, (edit: { name: string; version: number }) =>
    renameTag(projectId, tag.id, edit),
  );
  const merge = useResearchMutation(projectId, (intoTagId: string) =>
    mergeTag(projectId, tag.id, intoTagId),
  );
  const remove = useResearchMutation(projectId, () => deleteTag(projectId, tag.id));
  const others = tags.filter((other) => other.id !== tag.id);
  const afterRemoval = (message: string) => {
    onAnnounce(message);
    focusAfterDialog(() => document.getElementById('new-tag-heading'));
  };

  const stopRenaming = (message: string) => {
    setDraft(null);
    form.reset();
    onAnnounce(message);
    requestAnimationFrame(() => renameRef.current?.focus());
  };
  const submit = (name: string, onVersion: number) =>
    rename.mutate(
      { name, version: onVersion },
      {
        onSuccess: (renamed) => stopRenaming(t('tag.renamed', { name: renamed.name })),
        onError: (error) => {
          if (!conflicts.catchConflict(error, name)) form.fail(error, { conflict: 'name' });
        },
      },
    );

  return (
    <tr>
      <th scope="row">
        {draft !== null ? (
          <Form
            id={form.formId}
            className="inline-form"
            validationBehavior="aria"
            onSubmit={(event) => {
              event.preventDefault();
              const name = draft.trim();
              if (!form.check(name ? {} : { name: t('validation.required') })) return;
              submit(name, version);
            }}
          >
            <FormProblem error={form.problem} />
            <TextField
              name="name"
              label={t('tag.renameLabel', { name: tag.name })}
              value={draft}
              onChange={setDraft}
              errorMessage={form.errors.name}
              maxLength={80}
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Escape') stopRenaming('');
              }}
            />
            <div className="inline-form__actions">
              <Button type="submit" size="small" isPending={rename.isPending}>
                {t('common.save')}
              </Button>
              <Button variant="secondary" size="small" onPress={() => stopRenaming('')}>
                {t('common.cancel')}
              </Button>
            </div>
            <EditConflictDialog
              isOpen={conflict !== null}
              fields={
                conflict
                  ? [
                      {
                        id: 'name',
                        label: t('tag.renameLabel', { name: tag.name }),
                        mine: conflict.mine,
                        theirs: conflict.current.name,
                      },
                    ]
                  : []
              }
              onTakeTheirs={() => {
                conflicts.clear();
                void queryClient.invalidateQueries({ queryKey: researchKey(projectId) });
                stopRenaming(t('conflict.reloaded'));
              }}
              onKeepMine={() => {
                if (!conflict) return;
                conflicts.clear();
                setVersion(conflict.current.version);
                submit(conflict.mine, conflict.current.version);
              }}
              onDismiss={conflicts.clear}
            />
          </Form>
        ) : (
          tag.name
        )}
      </th>
      <td>
        <Link
          href={research.evidence({ tagId: tag.id })}
          aria-label={t('tag.evidenceOf', {
            count: tag.evidenceCount,
            name: tag.name,
          })}
        >
          {formatNumber(locale, tag.evidenceCount)}
        </Link>
      </td>
      {canWrite ? (
        <td>
          {draft === null ? (
            <span className="row-actions">
              <Button
                ref={renameRef}
                variant="tertiary"
                size="small"
                aria-label={t('tag.rename', { name: tag.name })}
                onPress={() => {
                  setVersion(tag.version);
                  setDraft(tag.name);
                }}
              >
                {t('tag.renameShort')}
              </Button>
              {others.length > 0 ? (
                <MergeTagDialog
                  tag={tag}
                  others={others}
                  onMerge={(into) =>
                    merge
                      .mutateAsync(into.id)
                      .then(() =>
                        afterRemoval(t('tag.merged', { name: tag.name, into: into.name })),
                      )
                  }
                />
              ) : null}
              <ConfirmDialog
                trigger={
                  <Button
                    variant="tertiary"
                    size="small"
                    aria-label={t('tag.delete', { name: tag.name })}
                  >
                    {t('common.delete')}
                  </Button>
                }
                title={t('tag.deleteTitle', { name: tag.name })}
                confirmLabel={t('tag.deleteConfirm')}
                onConfirm={() =>
                  remove
                    .mutateAsync(undefined)
                    .then(() => afterRemoval(t('tag.deleted', { name: tag.name })))
                }
              >
                <p>{t('tag.deleteText', { count: tag.evidenceCount })}</p>
              </ConfirmDialog>
            </span>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
