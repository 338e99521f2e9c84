import { phases, type Phase, type Project } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { Form, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { addChecklistItem, deleteChecklistItem, updateChecklistItem } from '../../api/projects.ts';
import { formatNumber } from '../../i18n/format.ts';
import { phaseKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { checklistLabel } from './checklist-label.ts';
import { ChecklistItemRow } from './ChecklistItemRow.tsx';
import { useProjectMutation } from './useProjectMutation.ts';

/** One checklist per phase, in tabs; the current phase's tab is open first. */
export function Checklists({
  project,
  selectedPhase,
  onSelectPhase,
}: {
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
          <PhaseChecklist project={project} phase={phase} />
        </TabPanel>
      ))}
    </Tabs>
  );
}

function PhaseChecklist({ project, phase }: { project: Project; phase: Phase }) {
  const t = useT();
  const canEdit = project.abilities.editChecklist;
  const items = project.checklist
    .filter((item) => item.phase === phase)
    .sort((a, b) => a.position - b.position);
  const [announcement, setAnnouncement] = useState('');
  const [newLabel, setNewLabel] = useState('');
  const form = useFormErrors();
  const listRef = useRef<HTMLUListElement>(null);

  const update = useProjectMutation((input: { itemId: string; label?: string; done?: boolean }) =>
    updateChecklistItem(project.id, input.itemId, { label: input.label, done: input.done }),
  );
  const remove = useProjectMutation((itemId: string) => deleteChecklistItem(project.id, itemId));
  const add = useProjectMutation((label: string) => addChecklistItem(project.id, { phase, label }));

  return (
    <>
      <LiveMessage message={announcement} />
      <FormProblem error={update.error ?? remove.error} />
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
                canEdit={canEdit}
                isPending={update.isPending && update.variables.itemId === item.id}
                onToggle={(done) =>
                  update.mutate(
                    { itemId: item.id, done },
                    {
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
                    { itemId: item.id, label: newName },
                    {
                      onSuccess: () => {
                        setAnnouncement(t('project.checklist.renamed'));
                        callbacks.onSuccess();
                      },
                      onError: callbacks.onError,
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
