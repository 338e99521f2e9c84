import type { Project } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { useFormErrors } from '../../ui/useFormErrors.ts';
import { fromListItems, toListItems } from './list-items.ts';
import { ListEditor } from './ListEditor.tsx';
import { FormActions } from '../../ui/FormActions.tsx';

export interface ProjectFormValues {
  name: string;
  challenge: string;
  goals: string[];
  targetGroup: string;
  indicators: string[];
}

export interface ProjectFormProps {
  initial?: Pick<Project, 'name' | 'challenge' | 'goals' | 'targetGroup' | 'indicators'>;
  form: ReturnType<typeof useFormErrors>;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (values: ProjectFormValues) => void;
  onCancel?: () => void;
}

/** The project's framing: name, challenge (haaste), goals, target group and indicators. */
export function ProjectForm({
  initial,
  form,
  submitLabel,
  isPending,
  onSubmit,
  onCancel,
}: ProjectFormProps) {
  const t = useT();
  const [name, setName] = useState(initial?.name ?? '');
  const [challenge, setChallenge] = useState(initial?.challenge ?? '');
  const [goals, setGoals] = useState(() => toListItems(initial?.goals ?? ['']));
  const [targetGroup, setTargetGroup] = useState(initial?.targetGroup ?? '');
  const [indicators, setIndicators] = useState(() => toListItems(initial?.indicators ?? []));

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const errors: Record<string, string> = {};
        if (!name.trim()) errors.name = t('validation.required');
        if (form.check(errors)) {
          onSubmit({
            name: name.trim(),
            challenge: challenge.trim(),
            goals: fromListItems(goals),
            targetGroup: targetGroup.trim(),
            indicators: fromListItems(indicators),
          });
        }
      }}
    >
      <FormProblem error={form.problem} />
      <TextField
        name="name"
        errorMessage={form.errors.name}
        label={t('project.field.name')}
        value={name}
        onChange={setName}
        maxLength={200}
        isRequired
      />
      <TextField
        name="challenge"
        errorMessage={form.errors.challenge}
        label={t('project.field.challenge')}
        description={t('project.field.challengeHint')}
        value={challenge}
        onChange={setChallenge}
        maxLength={4000}
        multiline
        rows={5}
      />
      <ListEditor
        legend={t('project.field.goals')}
        description={t('project.field.goalsHint')}
        items={goals}
        onChange={setGoals}
        itemLabel={(position) => t('project.field.goal', { position })}
        removeLabel={(position) => t('project.field.removeGoal', { position })}
        addLabel={t('project.field.addGoal')}
        errorMessage={form.errors.goals}
      />
      <TextField
        name="targetGroup"
        errorMessage={form.errors.targetGroup}
        label={t('project.field.targetGroup')}
        description={t('project.field.targetGroupHint')}
        value={targetGroup}
        onChange={setTargetGroup}
        maxLength={1000}
        multiline
        rows={3}
      />
      <ListEditor
        legend={t('project.field.indicators')}
        description={t('project.field.indicatorsHint')}
        items={indicators}
        onChange={setIndicators}
        itemLabel={(position) => t('project.field.indicator', { position })}
        removeLabel={(position) => t('project.field.removeIndicator', { position })}
        addLabel={t('project.field.addIndicator')}
        errorMessage={form.errors.indicators}
      />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </Form>
  );
}
