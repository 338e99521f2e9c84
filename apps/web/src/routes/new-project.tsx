import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { createProject } from '../api/projects.ts';
import { organisationQuery, projectQuery } from '../api/queries.ts';
import { useDocumentTitle } from '../features/layout/document-title.ts';
import { ProjectForm, type ProjectFormValues } from '../features/projects/ProjectForm.tsx';
import { useT } from '../i18n/LocaleProvider.tsx';
import { paths } from '../paths.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useFormErrors } from '../ui/useFormErrors.ts';
import { NotFoundPage } from './not-found.tsx';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/new');

export function NewProjectPage() {
  const t = useT();
  const { org } = route.useRouteContext();
  const organisation = useSuspenseQuery(organisationQuery(org.id)).data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors();
  useDocumentTitle(t('project.new.title'), organisation.name);

  const create = useMutation({
    mutationFn: (values: ProjectFormValues) => createProject(org.id, values),
    onSuccess: (project) => {
      queryClient.setQueryData(projectQuery(project.id).queryKey, project);
      void queryClient.invalidateQueries({ queryKey: ['projects', org.id] });
      void navigate({ href: paths.project(org.slug, project.id) });
    },
    onError: (error) => form.fail(error),
  });

  if (!organisation.abilities.createProject) return <NotFoundPage />;

  return (
    <div className="form-page">
      <p className="page-header__context">{organisation.name}</p>
      <PageHeading>{t('project.new.title')}</PageHeading>
      <p className="lead">{t('project.new.intro')}</p>
      <ProjectForm
        form={form}
        submitLabel={t('project.new.submit')}
        isPending={create.isPending}
        onSubmit={(values) => create.mutate(values)}
        onCancel={() => void navigate({ href: paths.projects(org.slug) })}
      />
    </div>
  );
}
