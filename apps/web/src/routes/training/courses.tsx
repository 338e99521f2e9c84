import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { organisationQuery } from '../../api/queries.ts';
import { coursesKey, coursesQuery, createCourse } from '../../api/training.ts';
import { useDocumentTitle } from '../../features/layout/document-title.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { paths } from '../../paths.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/training');

/** The staff-training courses: all of them for those who run them, one's own for the staff. */
export function CoursesPage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const courses = useSuspenseQuery(coursesQuery(org.id)).data;
  useDocumentTitle(t('training.list.title'), organisation.name);

  return (
    <>
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('training.list.title')}</PageHeading>
      <p className="lead">{t('training.list.intro')}</p>
      {courses.abilities.create ? <NewCourseForm orgId={org.id} orgSlug={org.slug} /> : null}
      {courses.items.length === 0 ? (
        <p className="empty-state">
          {courses.abilities.create ? t('training.list.emptyRun') : t('training.list.empty')}
        </p>
      ) : (
        <ul className="course-list">
          {courses.items.map((course) => (
            <li key={course.id} className="card course-card">
              <h2 className="course-card__title">
                <Link href={paths.course(org.slug, course.id)}>{course.title}</Link>
              </h2>
              {course.description ? <p>{course.description}</p> : null}
              <p className="course-card__meta">
                {t('training.exerciseCount', { count: course.exerciseCount })}
                {' · '}
                {t('training.participantCount', { count: course.participantCount })}
                {course.mine ? (
                  <>
                    {' · '}
                    {course.mine.finished ? (
                      <Badge tone="success">{t('training.finished')}</Badge>
                    ) : (
                      t('training.progress', {
                        done: course.mine.doneCount,
                        total: course.exerciseCount,
                      })
                    )}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function NewCourseForm({ orgId, orgSlug }: { orgId: string; orgSlug: string }) {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const create = useMutation({
    mutationFn: () => createCourse(orgId, { title: title.trim(), description: description.trim() }),
    onSuccess: async (course) => {
      await queryClient.invalidateQueries({ queryKey: coursesKey });
      await navigate({ href: paths.course(orgSlug, course.id) });
    },
    onError: (failure) => form.fail(failure),
  });
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="new-course"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(title.trim() ? {} : { title: t('validation.required') })) return;
        create.mutate();
      }}
    >
      <h2 id="new-course">{t('training.new.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="title"
        label={t('training.field.title')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <TextField
        name="description"
        label={t('training.field.description')}
        value={description}
        onChange={setDescription}
        errorMessage={form.errors.description}
        maxLength={2000}
        multiline
        rows={3}
      />
      <div className="form__actions">
        <Button type="submit" isPending={create.isPending}>
          {t('training.new.submit')}
        </Button>
      </div>
    </Form>
  );
}
