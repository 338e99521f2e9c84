import { useQueryClient } from '@tanstack/react-query';
import { phases, Project, type ChecklistItem, type Phase } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { addChecklistItem, deleteChecklistItem, updateChecklistItem } from '../../api/projects.ts';
import { projectQuery } from '../../api/queries.ts';
import { formatNumber } from '../../i18n/format.ts';
import { phaseKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import type { ConflictField } from '../../ui/edit-conflict.ts';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { checklistLabel, methodCardHref } from './checklist-label.ts';
import { ChecklistItemRow } from './ChecklistItemRow.tsx';
import { useProjectMutation } from './useProjectMutation.ts';

/** One checklist per phase, in tabs; the current phase's tab is open first. */
export function Checklists({
  orgSlug,
  project,
  selectedPhase,
  onSelectPhase,
}: {
  orgSlug: string;
  project: Project;
  selectedPhase: Phase;
  onSelectPhase: (phase: Phase) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Tabs
      className="tabs"
      selectedKey={selectedPhase}
      onSelectionChange={(key) => {
        const phase = phases.find((p) => p === key);
        if (phase) onSelectPhase(phase);
      }}
    >
      <TabList className="tabs__list" aria-label={t('project.checklist.tabs')}>
        {phases.map((phase) => {
          const items = project.checklist.filter((item) => item.phase === phase);
          const done = items.filter((item) => item.done).length;
          return (
            <Tab key={phase} id={phase} className="tabs__tab">
              <span className="tabs__name">{t(phaseKey(phase))}</span>{' '}
              <span className="tabs__count">
                {t('project.checklist.progress', {
                  done: formatNumber(locale, done),
                  total: formatNumber(locale, items.length),
                })}
              </span>
            </Tab>
          );
        })}
      </TabList>
      {phases.map((phase) => (
        <TabPanel key={phase} id={phase} className="tabs__panel">
          <PhaseChecklist orgSlug={orgSlug} project={project} phase={phase} />
        </TabPanel>
      ))}
    </Tabs>
  );
}

type ItemEdit = { itemId: string; version: number; label?: string; done?: boolean };

function PhaseChecklist({
  orgSlug,
  project,
  phase,
}: {
  orgSlug: string;
  project: Project;
  phase: Phase;
}) {
  const t = useT();
  const canEdit = project.abilities.editChecklist;
  const items = project.checklist
    .filter((item) => item.phase === phase)
    .sort((a, b) => a.position - b.position);
  const [announcement, setAnnouncement] = useState('');
  const [newLabel, setNewLabel] = useState('');
  const form = useFormErrors();
  const listRef = useRef<HTMLUListElement>(null);

  const queryClient = useQueryClient();
  const update = useProjectMutation((edit: ItemEdit) =>
    updateChecklistItem(project.id, edit.itemId, {
      version: edit.version,
      label: edit.label,
      done: edit.done,
    }),
  );
  const conflicts = useEditConflict<typeof Project, ItemEdit>(Project);
  const conflict = conflicts.conflict;
  const stateOf = (item: ChecklistItem, done: boolean) => {
    const label = checklistLabel(item, t);
    return done
      ? t('project.checklist.markedDone', { label })
      : t('project.checklist.markedUndone', { label });
  };
  const conflictFields = (mine: ItemEdit, current: Project): ConflictField[] => {
    const item = current.checklist.find((candidate) => candidate.id === mine.itemId);
    if (!item) return [];
    return [
      {
        id: 'label',
        label: t('project.checklist.editLabel'),
        mine: mine.label ?? checklistLabel(item, t),
        theirs: checklistLabel(item, t),
      },
      {
        id: 'done',
        label: t('project.checklist.state'),
        mine: stateOf(item, mine.done ?? item.done),
        theirs: stateOf(item, item.done),
      },
    ];
  };
  const remove = useProjectMutation((itemId: string) => deleteChecklistItem(project.id, itemId));
  const add = useProjectMutation((label: string) => addChecklistItem(project.id, { phase, label }));

  return (
    <>
      <LiveMessage message={announcement} />
      <FormProblem error={(conflict ? null : update.error) ?? remove.error} />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={conflict ? conflictFields(conflict.mine, conflict.current) : []}
        onTakeTheirs={() => {
          if (conflict) {
            queryClient.setQueryData(projectQuery(project.id).queryKey, conflict.current);
          }
          conflicts.clear();
          update.reset();
          setAnnouncement(t('conflict.reloaded'));
        }}
        onKeepMine={() => {
          if (!conflict) return;
          const item = conflict.current.checklist.find((c) => c.id === conflict.mine.itemId);
          conflicts.clear();
          if (item) update.mutate({ ...conflict.mine, version: item.version });
        }}
        onDismiss={() => {
          conflicts.clear();
          update.reset();
        }}
      />
      {items.length === 0 ? (
        <p className="muted">{t('project.checklist.empty')}</p>
      ) : (
        <ul className="checklist" ref={listRef}>
          {items.map((item, index) => {
            const label = checklistLabel(item, t);
            return (
              <ChecklistItemRow
                key={item.id}
                item={item}
                cardHref={methodCardHref(orgSlug, project.id, item)}
                canEdit={canEdit}
                isPending={update.isPending && update.variables.itemId === item.id}
                onToggle={(done) =>
                  update.mutate(
                    { itemId: item.id, version: item.version, done },
                    {
                      onError: (error, edit) => void conflicts.catchConflict(error, edit),
                      onSuccess: () =>
                        setAnnouncement(
                          done
                            ? t('project.checklist.markedDone', { label })
                            : t('project.checklist.markedUndone', { label }),
                        ),
                    },
                  )
                }
                onRename={(newName, callbacks) =>
                  update.mutate(
                    { itemId: item.id, version: item.version, label: newName },
                    {
                      onSuccess: () => {
                        setAnnouncement(t('project.checklist.renamed'));
                        callbacks.onSuccess();
                      },
                      onError: (error, edit) => {
                        if (!conflicts.catchConflict(error, edit)) callbacks.onError(error);
                      },
                    },
                  )
                }
                onDelete={() =>
                  remove.mutate(item.id, {
                    onSuccess: () => {
                      setAnnouncement(t('project.checklist.deleted', { label }));
                      requestAnimationFrame(() => {
                        const rows = listRef.current?.querySelectorAll('li');
                        const next = rows?.[Math.min(index, (rows?.length ?? 1) - 1)];
                        (
                          next?.querySelector<HTMLElement>('input') ??
                          document.getElementById(form.formId)?.querySelector('input')
                        )?.focus();
                      });
                    },
                  })
                }
              />
            );
          })}
        </ul>
      )}
      {canEdit ? (
        <Form
          id={form.formId}
          className="inline-form"
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            const label = newLabel.trim();
            if (!form.check(label ? {} : { label: t('validation.required') })) return;
            add.mutate(label, {
              onSuccess: () => {
                setNewLabel('');
                setAnnouncement(t('project.checklist.added', { label }));
              },
              onError: (error) => form.fail(error),
            });
          }}
        >
          <FormProblem error={form.problem} />
          <TextField
            name="label"
            errorMessage={form.errors.label}
            label={t('project.checklist.newItem')}
            value={newLabel}
            onChange={setNewLabel}
            maxLength={300}
          />
          <div className="inline-form__actions">
            <Button type="submit" variant="secondary" size="small" isPending={add.isPending}>
              {t('project.checklist.add')}
            </Button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
