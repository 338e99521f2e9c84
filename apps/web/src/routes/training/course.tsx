import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Course, CourseParticipant, Exercise } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { membersQuery } from '../../api/queries.ts';
import { courseQuery, coursesKey, enrol, removeExercise, unenrol } from '../../api/training.ts';
import { CardName } from '../../features/articles/CardLinks.tsx';
import { useDocumentTitle } from '../../features/layout/document-title.ts';
import { ExerciseForm } from '../../features/training/ExerciseForm.tsx';
import { PracticeProjectForm, ReflectionForm } from '../../features/training/ParticipantPanel.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { exerciseKindKey, exerciseRuleKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Select } from '../../ui/Select.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/training/$courseId');

/**
 * A course: its exercises, drawn from method cards. Whoever runs it adds exercises, enrols
 * staff and follows each participant; a participant sees their own progress and does the work.
 */
export function CoursePage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const { courseId } = route.useParams();
  const course = useSuspenseQuery(courseQuery(courseId)).data;
  const [message, setMessage] = useState('');
  useDocumentTitle(course.title, org.name);
  const { me } = course;

  return (
    <>
      <p className="page-header__context">
        <Link href={paths.training(org.slug)}>{t('training.list.title')}</Link>
      </p>
      <PageHeading>{course.title}</PageHeading>
      {course.description ? <p className="lead">{course.description}</p> : null}
      <LiveMessage message={message} />
      {me ? <MyProgress course={course} me={me} orgSlug={org.slug} /> : null}
      {me ? <PracticeProjectForm course={course} me={me} onDone={setMessage} /> : null}
      <section aria-labelledby="exercises">
        <h2 id="exercises">{t('training.exercises')}</h2>
        {course.exercises.length === 0 ? (
          <p className="empty-state">{t('training.exercisesEmpty')}</p>
        ) : (
          <ol className="exercise-list">
            {course.exercises.map((exercise) => (
              <ExerciseItem
                key={exercise.id}
                org={org}
                course={course}
                exercise={exercise}
                me={me}
                onDone={setMessage}
              />
            ))}
          </ol>
        )}
      </section>
      {course.abilities.manage ? (
        <div className="course-manage">
          <ExerciseForm orgId={org.id} courseId={course.id} onDone={setMessage} />
          <EnrolForm course={course} onDone={setMessage} />
          <ParticipantsTable course={course} onDone={setMessage} />
        </div>
      ) : null}
    </>
  );
}

function MyProgress({
  course,
  me,
  orgSlug,
}: {
  course: Course;
  me: CourseParticipant;
  orgSlug: string;
}) {
  const t = useT();
  return (
    <section className="card course-progress" aria-labelledby="my-progress">
      <h2 id="my-progress">{t('training.myProgress')}</h2>
      <p>
        <progress
          aria-labelledby="my-progress"
          max={Math.max(course.exerciseCount, 1)}
          value={me.doneCount}
        />{' '}
        {t('training.progress', { done: me.doneCount, total: course.exerciseCount })}
      </p>
      {me.finished ? (
        <p>
          <Link appearance="button" href={paths.certificate(orgSlug, course.id)}>
            {t('training.certificate.open')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function ExerciseItem({
  org,
  course,
  exercise,
  me,
  onDone,
}: {
  org: { id: string; slug: string };
  course: Course;
  exercise: Exercise;
  me: CourseParticipant | null;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const progress = me?.exercises.find((item) => item.exerciseId === exercise.id);
  const remove = useMutation({
    mutationFn: () => removeExercise(course.id, exercise.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coursesKey }),
  });
  const headingId = `exercise-${exercise.id}`;
  return (
    <li className="card exercise">
      <h3 id={headingId} className="exercise__title">
        {exercise.title}
      </h3>
      <p className="exercise__meta">
        <CardName org={org} cardKey={exercise.cardKey} /> · {t(exerciseKindKey(exercise.kind))}
      </p>
      {exercise.instructions ? <p>{exercise.instructions}</p> : null}
      <p className="exercise__rule">
        {t(exerciseRuleKey(exercise.kind), { count: exercise.target })}
      </p>
      {progress ? (
        <p className="exercise__status">
          {progress.done ? (
            <Badge tone="success">{t('training.done')}</Badge>
          ) : (
            <Badge tone="neutral">{t('training.notDone')}</Badge>
          )}{' '}
          {exercise.kind !== 'reflection'
            ? t('training.current', {
                current: formatNumber(locale, progress.current),
                total: exercise.kind === 'concept' ? 1 : exercise.target,
              })
            : null}
        </p>
      ) : null}
      {progress?.reflection ? <blockquote>{progress.reflection}</blockquote> : null}
      {me && progress && !progress.done && exercise.kind === 'reflection' ? (
        <ReflectionForm courseId={course.id} exercise={exercise} onDone={onDone} />
      ) : null}
      {course.abilities.manage ? (
        <p>
          <Button
            variant="secondary"
            size="small"
            isPending={remove.isPending}
            onPress={() =>
              remove.mutate(undefined, {
                onSuccess: () => onDone(t('training.exercise.removed', { title: exercise.title })),
              })
            }
          >
            {t('training.exercise.remove', { title: exercise.title })}
          </Button>
        </p>
      ) : null}
    </li>
  );
}

function EnrolForm({ course, onDone }: { course: Course; onDone: (message: string) => void }) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(course.organisationId));
  const enrolled = new Set(course.participants.map((p) => p.userId));
  const candidates = (members.data?.items ?? []).filter((m) => !enrolled.has(m.userId));
  const [userId, setUserId] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (id: string) => enrol(course.id, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coursesKey }),
  });
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="enrol"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(userId ? {} : { userId: t('validation.required') }) || !userId) return;
        const name = candidates.find((m) => m.userId === userId)?.displayName ?? '';
        add.mutate(userId, {
          onSuccess: () => {
            setUserId(null);
            onDone(t('training.enrol.done', { name }));
          },
          onError: (failure) => form.fail(failure),
        });
      }}
    >
      <h2 id="enrol">{t('training.enrol.title')}</h2>
      <FormProblem error={form.problem} />
      <Select
        name="userId"
        label={t('training.enrol.person')}
        options={candidates.map((m) => ({ id: m.userId, label: m.displayName }))}
        value={userId}
        onChange={setUserId}
        errorMessage={form.errors.userId}
        isRequired
      />
      <div className="form__actions">
        <Button type="submit" isPending={add.isPending}>
          {t('training.enrol.submit')}
        </Button>
      </div>
    </Form>
  );
}

function ParticipantsTable({
  course,
  onDone,
}: {
  course: Course;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (userId: string) => unenrol(course.id, userId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coursesKey }),
  });
  return (
    <section aria-labelledby="participants">
      <h2 id="participants">{t('training.participants')}</h2>
      {course.participants.length === 0 ? (
        <p className="empty-state">{t('training.participantsEmpty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('training.participants')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.participant')}</th>
                <th scope="col">{t('training.practice.project')}</th>
                <th scope="col">{t('training.progressColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('training.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {course.participants.map((participant) => (
                <tr key={participant.userId}>
                  <th scope="row">{participant.displayName}</th>
                  <td>{participant.practiceProject?.name ?? t('training.practice.none')}</td>
                  <td>
                    {participant.finished ? (
                      <Badge tone="success">{t('training.finished')}</Badge>
                    ) : (
                      t('training.progress', {
                        done: participant.doneCount,
                        total: course.exerciseCount,
                      })
                    )}
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      size="small"
                      onPress={() =>
                        remove.mutate(participant.userId, {
                          onSuccess: () =>
                            onDone(t('training.enrol.removed', { name: participant.displayName })),
                        })
                      }
                    >
                      {t('training.enrol.remove', { name: participant.displayName })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
