import type { Project } from '@timantti/contracts';
import { useRef, useState } from 'react';
import { updateProject } from '../../api/projects.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
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
  const save = useProjectMutation((values: ProjectFormValues) => updateProject(project.id, values));

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
            onSubmit={(values) =>
              save.mutate(values, {
                onSuccess: () => stopEditing(t('project.overview.saved')),
                onError: (error) => form.fail(error),
              })
            }
            onCancel={() => stopEditing('')}
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
