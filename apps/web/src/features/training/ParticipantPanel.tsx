import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Course, CourseParticipant, Exercise } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { fetchProjects } from '../../api/projects.ts';
import { choosePracticeProject, completeExercise, coursesKey } from '../../api/training.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const NONE = 'none';

/** The participant names the project their self-checking exercises are met from. */
export function PracticeProjectForm({
  course,
  me,
  onDone,
}: {
  course: Course;
  me: CourseParticipant;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const projects = useQuery({
    queryKey: ['projects', course.organisationId, 'practice'],
    queryFn: () => fetchProjects(course.organisationId, {}),
  });
  const [projectId, setProjectId] = useState(me.practiceProject?.id ?? NONE);
  const choose = useMutation({
    mutationFn: () => choosePracticeProject(course.id, projectId === NONE ? null : projectId),
    onSuccess: () => onDone(t('training.practice.saved')),
    onError: (failure) => form.fail(failure),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coursesKey }),
  });
  const options = [
    { id: NONE, label: t('training.practice.none') },
    ...(projects.data?.items ?? []).map((project) => ({ id: project.id, label: project.name })),
  ];
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="practice-project"
      onSubmit={(event) => {
        event.preventDefault();
        choose.mutate();
      }}
    >
      <h2 id="practice-project">{t('training.practice.title')}</h2>
      <p>{t('training.practice.intro')}</p>
      <FormProblem error={form.problem} />
      <Select
        name="projectId"
        label={t('training.practice.project')}
        options={options}
        value={projectId}
        onChange={setProjectId}
        errorMessage={form.errors.projectId}
      />
      <div className="form__actions">
        <Button type="submit" isPending={choose.isPending}>
          {t('training.practice.submit')}
        </Button>
      </div>
    </Form>
  );
}

/** A reflection exercise is marked done with a few words of what the participant learnt. */
export function ReflectionForm({
  courseId,
  exercise,
  onDone,
}: {
  courseId: string;
  exercise: Exercise;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [reflection, setReflection] = useState('');
  const complete = useMutation({
    mutationFn: () => completeExercise(courseId, exercise.id, reflection.trim()),
    onSuccess: () => onDone(t('training.reflection.saved', { title: exercise.title })),
    onError: (failure) => form.fail(failure),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coursesKey }),
  });
  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(reflection.trim() ? {} : { reflection: t('validation.required') })) return;
        complete.mutate();
      }}
    >
      <FormProblem error={form.problem} />
      <TextField
        name="reflection"
        label={t('training.reflection.label', { title: exercise.title })}
        value={reflection}
        onChange={setReflection}
        errorMessage={form.errors.reflection}
        maxLength={2000}
        multiline
        rows={3}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={complete.isPending}>
          {t('training.reflection.submit')}
        </Button>
      </div>
    </Form>
  );
}
