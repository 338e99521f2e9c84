import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { SourceInput } from '@timantti/contracts';
import type { z } from 'zod';
import { createSource, updateSource } from '../../api/evidence.ts';
import { sourcesQuery } from '../../api/research-queries.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { SourceForm } from '../../features/research/sources/SourceForm.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

type Input = z.input<typeof SourceInput>;

export function NewSourcePage() {
  const t = useT();
  const { projectId, research, canWrite } = useResearchProject();
  const navigate = useNavigate();
  const form = useFormErrors();
  const create = useResearchMutation(projectId, (input: Input) => createSource(projectId, input));

  if (!canWrite) return <NotFoundPage />;

  return (
    <div className="form-page">
      <ResearchPageHeader title={t('source.new.title')} intro={t('source.new.intro')} />
      <SourceForm
        form={form}
        submitLabel={t('source.new.submit')}
        isPending={create.isPending}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (source) =>
              void navigate({ href: `${research.sources()}#source-${source.id}` }),
            onError: (error) => form.fail(error),
          })
        }
        onCancel={() => void navigate({ href: research.sources() })}
      />
    </div>
  );
}

const editRoute = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/research/sources/$sourceId/edit',
);

export function EditSourcePage() {
  const t = useT();
  const { sourceId } = editRoute.useParams();
  const { projectId, research, canWrite } = useResearchProject();
  const source = useSuspenseQuery(sourcesQuery(projectId)).data.items.find(
    (item) => item.id === sourceId,
  );
  const navigate = useNavigate();
  const form = useFormErrors();
  const save = useResearchMutation(projectId, (input: Input) =>
    updateSource(projectId, sourceId, input),
  );

  if (!canWrite || !source) return <NotFoundPage />;

  return (
    <div className="form-page">
      <ResearchPageHeader title={t('source.edit.title', { title: source.title })} />
      <SourceForm
        initial={source}
        form={form}
        submitLabel={t('common.save')}
        isPending={save.isPending}
        onSubmit={(input) =>
          save.mutate(input, {
            onSuccess: () => void navigate({ href: `${research.sources()}#source-${sourceId}` }),
            onError: (error) => form.fail(error),
          })
        }
        onCancel={() => void navigate({ href: research.sources() })}
      />
    </div>
  );
}
