import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ResearchSession, type Participant, type ResearchSessionInput } from '@timantti/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { membersQuery } from '../../api/queries.ts';
import { participantsQuery, researchSessionQuery } from '../../api/research-queries.ts';
import { createResearchSession, updateResearchSession } from '../../api/research-sessions.ts';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import { SessionForm } from '../../features/research/sessions/SessionForm.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { sessionKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { linesOf, type ConflictField } from '../../ui/edit-conflict.ts';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

type SessionInput = z.input<typeof ResearchSessionInput>;

function sessionConflictFields(
  t: ReturnType<typeof useT>,
  people: { participants: Participant[]; facilitatorNames: Map<string, string> },
  mine: SessionInput,
  current: ResearchSession,
): ConflictField[] {
  const codes = new Map(people.participants.map((p) => [p.id, p.code]));
  const names = (ids: readonly string[]) =>
    linesOf(ids.map((id) => people.facilitatorNames.get(id) ?? id));
  return [
    {
      id: 'kind',
      label: t('researchSession.kind'),
      mine: t(sessionKindKey(mine.kind)),
      theirs: t(sessionKindKey(current.kind)),
    },
    {
      id: 'title',
      label: t('researchSession.titleField'),
      mine: mine.title,
      theirs: current.title,
    },
    {
      id: 'heldOn',
      label: t('researchSession.heldOn'),
      mine: mine.heldOn,
      theirs: current.heldOn,
    },
    {
      id: 'place',
      label: t('researchSession.place'),
      mine: mine.place ?? '',
      theirs: current.place,
    },
    {
      id: 'facilitatorIds',
      label: t('researchSession.facilitators'),
      mine: names(mine.facilitatorIds ?? []),
      theirs: linesOf(current.facilitators.map((f) => f.displayName)),
    },
    {
      id: 'participantIds',
      label: t('researchSession.participants'),
      mine: linesOf((mine.participantIds ?? []).map((id) => codes.get(id) ?? id)),
      theirs: linesOf(current.participants.map((p) => p.code)),
    },
    {
      id: 'methodNotes',
      label: t('researchSession.methodNotes'),
      mine: mine.methodNotes ?? '',
      theirs: current.methodNotes,
    },
  ];
}

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
  const members = useQuery(membersQuery(project.organisationId)).data?.items ?? [];
  // The version the form was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(session.version);
  const conflicts = useEditConflict<typeof ResearchSession, SessionInput>(ResearchSession);
  const conflict = conflicts.conflict;
  const save = useResearchMutation(projectId, (edit: { input: SessionInput; version: number }) =>
    updateResearchSession(projectId, sessionId, { ...edit.input, version: edit.version }),
  );
  const submit = (input: SessionInput, onVersion: number) =>
    save.mutate(
      { input, version: onVersion },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(researchSessionQuery(projectId, saved.id).queryKey, saved);
          void navigate({ href: research.session(saved.id) });
        },
        onError: (error) => {
          if (!conflicts.catchConflict(error, input)) form.fail(error);
        },
      },
    );

  if (!canWrite) return <NotFoundPage />;

  const facilitatorNames = new Map([
    ...members.map((m) => [m.userId, m.displayName] as const),
    ...session.facilitators.map((f) => [f.userId, f.displayName] as const),
    ...(conflict?.current.facilitators ?? []).map((f) => [f.userId, f.displayName] as const),
  ]);

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
        onSubmit={(input) => submit(input, version)}
        onCancel={() => void navigate({ href: research.session(sessionId) })}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={
          conflict
            ? sessionConflictFields(
                t,
                { participants, facilitatorNames },
                conflict.mine,
                conflict.current,
              )
            : []
        }
        onTakeTheirs={() => {
          if (conflict) {
            queryClient.setQueryData(
              researchSessionQuery(projectId, sessionId).queryKey,
              conflict.current,
            );
          }
          conflicts.clear();
          void navigate({ href: research.session(sessionId) });
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
