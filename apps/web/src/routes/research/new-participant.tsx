import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { CreateParticipantInput } from '@timantti/contracts';
import type { z } from 'zod';
import { createParticipant } from '../../api/participants.ts';
import { participantQuery } from '../../api/research-queries.ts';
import { ParticipantForm } from '../../features/research/participants/ParticipantForm.tsx';
import { ResearchPageHeader } from '../../features/research/ResearchPageHeader.tsx';
import {
  useResearchMutation,
  useResearchProject,
} from '../../features/research/useResearchProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

export function NewParticipantPage() {
  const t = useT();
  const { projectId, research, canWrite, canHandlePersonalData } = useResearchProject();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useFormErrors();
  const create = useResearchMutation(projectId, (input: z.input<typeof CreateParticipantInput>) =>
    createParticipant(projectId, input),
  );

  if (!canWrite) return <NotFoundPage />;

  return (
    <div className="form-page">
      <ResearchPageHeader title={t('participant.new.title')} intro={t('participant.new.intro')} />
      <ParticipantForm
        form={form}
        withContact={canHandlePersonalData}
        isPending={create.isPending}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (participant) => {
              queryClient.setQueryData(
                participantQuery(projectId, participant.id).queryKey,
                participant,
              );
              void navigate({ href: research.participant(participant.id) });
            },
            onError: (error) => form.fail(error),
          })
        }
        onCancel={() => void navigate({ href: research.participants() })}
      />
    </div>
  );
}
