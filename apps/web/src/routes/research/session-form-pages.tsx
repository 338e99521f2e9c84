import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { ResearchSessionInput } from '@timantti/contracts';
import type { z } from 'zod';
import { participantsQuery, researchSessionQuery } from '../../api/research-queries.ts';
import { createResearchSession, updateResearchSession } from '../../api/research-sessions.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { SessionForm } from '../../features/research/sessions/SessionForm.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

type SessionInput = z.input<typeof ResearchSessionInput>;

export function NewResearchSessionPage() {
  const t = useT();
  const { project, projectId, research, canWrite } = useResearchProject();
  const participants = useSuspenseQuery(participantsQuery(projectId)).data.items;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors();
  const create = useResearchMutation(projectId, (input: SessionInput) =>
    createResearchSession(projectId, input),
  );

  if (!canWrite) return <NotFoundPage />;

  return (
    <div className="form-page">
      <ResearchPageHeader
        title={t('researchSession.new.title')}
        intro={t('researchSession.new.intro')}
      />
      <SessionForm
        organisationId={project.organisationId}
        participants={participants}
        form={form}
        submitLabel={t('researchSession.new.submit')}
        isPending={create.isPending}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (session) => {
              queryClient.setQueryData(
                researchSessionQuery(projectId, session.id).queryKey,
                session,
              );
              void navigate({ href: research.session(session.id) });
            },
            onError: (error) => form.fail(error),
          })
        }
        onCancel={() => void navigate({ href: research.sessions() })}
      />
    </div>
  );
}

const editRoute = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/research/sessions/$sessionId/edit',
);

export function EditResearchSessionPage() {
  const t = useT();
  const { sessionId } = editRoute.useParams();
  const { project, projectId, research, canWrite } = useResearchProject();
  const session = useSuspenseQuery(researchSessionQuery(projectId, sessionId)).data;
  const participants = useSuspenseQuery(participantsQuery(projectId)).data.items;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors();
  const save = useResearchMutation(projectId, (input: SessionInput) =>
    updateResearchSession(projectId, sessionId, input),
  );

  if (!canWrite) return <NotFoundPage />;

  return (
    <div className="form-page">
      <ResearchPageHeader title={t('researchSession.edit.title', { title: session.title })} />
      <SessionForm
        organisationId={project.organisationId}
        participants={participants}
        initial={session}
        form={form}
        submitLabel={t('common.save')}
        isPending={save.isPending}
        onSubmit={(input) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              queryClient.setQueryData(researchSessionQuery(projectId, saved.id).queryKey, saved);
              void navigate({ href: research.session(saved.id) });
            },
            onError: (error) => form.fail(error),
          })
        }
        onCancel={() => void navigate({ href: research.session(sessionId) })}
      />
    </div>
  );
}
