import { useQueryClient } from '@tanstack/react-query';
import { Project } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { updateProject } from '../../api/projects.ts';
import { projectQuery } from '../../api/queries.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { linesOf, type ConflictField } from '../../ui/edit-conflict.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { ProjectForm, type ProjectFormValues } from './ProjectForm.tsx';
import { useProjectMutation } from './useProjectMutation.ts';

/** Challenge, goals, target group and indicators, with an edit form for those who may. */
export function ProjectOverview({ project }: { project: Project }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const form = useFormErrors();
  const queryClient = useQueryClient();
  // The version the form was opened on: a refetch meanwhile must not make the edit look newer.
  const [version, setVersion] = useState(project.version);
  const save = useProjectMutation((edit: { values: ProjectFormValues; version: number }) =>
    updateProject(project.id, { ...edit.values, version: edit.version }),
  );
  const conflicts = useEditConflict<typeof Project, ProjectFormValues>(Project);
  const submit = (values: ProjectFormValues, onVersion: number) =>
    save.mutate(
      { values, version: onVersion },
      {
        onSuccess: () => stopEditing(t('project.overview.saved')),
        onError: (error) => {
          if (!conflicts.catchConflict(error, values)) form.fail(error);
        },
      },
    );
  const conflictFields = (mine: ProjectFormValues, current: Project): ConflictField[] => [
    { id: 'name', label: t('project.field.name'), mine: mine.name, theirs: current.name },
    {
      id: 'challenge',
      label: t('project.field.challenge'),
      mine: mine.challenge,
      theirs: current.challenge,
    },
    {
      id: 'goals',
      label: t('project.field.goals'),
      mine: linesOf(mine.goals),
      theirs: linesOf(current.goals),
    },
    {
      id: 'targetGroup',
      label: t('project.field.targetGroup'),
      mine: mine.targetGroup,
      theirs: current.targetGroup,
    },
    {
      id: 'indicators',
      label: t('project.field.indicators'),
      mine: linesOf(mine.indicators),
      theirs: linesOf(current.indicators),
    },
  ];

  const stopEditing = (message: string) => {
    setEditing(false);
    setAnnouncement(message);
    form.reset();
    requestAnimationFrame(() => (editRef.current ?? headingRef.current)?.focus());
  };

  return (
    <section className="project-section" aria-labelledby="overview-heading">
      <div className="section-header">
        <h2 id="overview-heading" ref={headingRef} tabIndex={-1}>
          {t('project.overview.title')}
        </h2>
        {project.abilities.update && !editing ? (
          <Button
            ref={editRef}
            variant="secondary"
            size="small"
            onPress={() => {
              setVersion(project.version);
              setEditing(true);
              setAnnouncement('');
              requestAnimationFrame(() =>
                document.querySelector<HTMLInputElement>('#overview-form input')?.focus(),
              );
            }}
          >
            {t('project.overview.edit')}
          </Button>
        ) : null}
      </div>
      <LiveMessage message={announcement} />
      {editing ? (
        <div id="overview-form">
          <ProjectForm
            initial={project}
            form={form}
            submitLabel={t('common.save')}
            isPending={save.isPending}
            onSubmit={(values) => submit(values, version)}
            onCancel={() => stopEditing('')}
          />
          <EditConflictDialog
            isOpen={conflicts.conflict !== null}
            fields={
              conflicts.conflict
                ? conflictFields(conflicts.conflict.mine, conflicts.conflict.current)
                : []
            }
            onTakeTheirs={() => {
              if (conflicts.conflict) {
                const { current } = conflicts.conflict;
                queryClient.setQueryData(projectQuery(current.id).queryKey, current);
              }
              conflicts.clear();
              stopEditing(t('conflict.reloaded'));
            }}
            onKeepMine={() => {
              if (!conflicts.conflict) return;
              const { mine, current } = conflicts.conflict;
              conflicts.clear();
              setVersion(current.version);
              submit(mine, current.version);
            }}
            onDismiss={conflicts.clear}
          />
        </div>
      ) : (
        <div className="overview">
          <h3>{t('project.field.challenge')}</h3>
          <Paragraphs text={project.challenge} empty={t('project.noChallenge')} />
          <h3>{t('project.field.goals')}</h3>
          <Lines items={project.goals} empty={t('project.overview.noGoals')} />
          <h3>{t('project.field.targetGroup')}</h3>
          <Paragraphs text={project.targetGroup} empty={t('project.overview.noTargetGroup')} />
          <h3>{t('project.field.indicators')}</h3>
          <Lines items={project.indicators} empty={t('project.overview.noIndicators')} />
        </div>
      )}
    </section>
  );
}

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((part) => part.trim() !== '');
  if (paragraphs.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="preserve-lines">
          {paragraph}
        </p>
      ))}
    </>
  );
}

function Lines({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="bullet-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
