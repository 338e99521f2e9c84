import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Source, type SourceInput } from '@timantti/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { createSource, updateSource } from '../../api/evidence.ts';
import { researchKey, sourcesQuery } from '../../api/research-queries.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { SourceForm } from '../../features/research/sources/SourceForm.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { localeKey, sourceKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import type { ConflictField } from '../../ui/edit-conflict.ts';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

type Input = z.input<typeof SourceInput>;

function sourceConflictFields(
  t: ReturnType<typeof useT>,
  mine: Input,
  current: Source,
): ConflictField[] {
  const year = (value: number | null | undefined) => (value == null ? '' : String(value));
  return [
    {
      id: 'kind',
      label: t('source.kind'),
      mine: t(sourceKindKey(mine.kind)),
      theirs: t(sourceKindKey(current.kind)),
    },
    { id: 'title', label: t('source.titleField'), mine: mine.title, theirs: current.title },
    { id: 'author', label: t('source.author'), mine: mine.author ?? '', theirs: current.author },
    { id: 'year', label: t('source.year'), mine: year(mine.year), theirs: year(current.year) },
    { id: 'url', label: t('source.url'), mine: mine.url ?? '', theirs: current.url },
    {
      id: 'citation',
      label: t('source.citation'),
      mine: mine.citation ?? '',
      theirs: current.citation,
    },
    {
      id: 'summary',
      label: t('source.summary'),
      mine: mine.summary ?? '',
      theirs: current.summary,
    },
    {
      id: 'language',
      label: t('source.language'),
      mine: t(localeKey(mine.language ?? 'fi')),
      theirs: t(localeKey(current.language)),
    },
  ];
}

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
  const queryClient = useQueryClient();
  const form = useFormErrors();
  // The version the form was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(source?.version ?? 0);
  const conflicts = useEditConflict<typeof Source, Input>(Source);
  const conflict = conflicts.conflict;
  const save = useResearchMutation(projectId, (edit: { input: Input; version: number }) =>
    updateSource(projectId, sourceId, { ...edit.input, version: edit.version }),
  );
  const submit = (input: Input, onVersion: number) =>
    save.mutate(
      { input, version: onVersion },
      {
        onSuccess: () => void navigate({ href: `${research.sources()}#source-${sourceId}` }),
        onError: (error) => {
          if (!conflicts.catchConflict(error, input)) form.fail(error);
        },
      },
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
        onSubmit={(input) => submit(input, version)}
        onCancel={() => void navigate({ href: research.sources() })}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={conflict ? sourceConflictFields(t, conflict.mine, conflict.current) : []}
        onTakeTheirs={() => {
          conflicts.clear();
          void queryClient.invalidateQueries({ queryKey: researchKey(projectId) });
          void navigate({ href: `${research.sources()}#source-${sourceId}` });
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          setVersion(conflict.current.version);
          submit(conflict.mine, conflict.current.version);
        }}
        onDismiss={conflicts.clear}
      />
    </div>
  );
}
