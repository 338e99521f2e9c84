import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Journey } from '@timantti/contracts';
import { synthesisKey } from '../../api/boards.ts';
import { updateJourney } from '../../api/journeys.ts';
import { personasQuery } from '../../api/personas.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { Select } from '../../ui/Select.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useSynthesisProject } from '../synthesis/useSynthesisProject.ts';

const NO_PERSONA = 'none';

/** Whose journey this is (the persona it follows) and whether it is as-is or to-be. */
export function JourneyDetails({ journey, projectId }: { journey: Journey; projectId: string }) {
  const t = useT();
  const { synthesis } = useSynthesisProject();
  const queryClient = useQueryClient();
  const personas = useQuery(personasQuery(projectId)).data?.items ?? [];
  const persona = personas.find((p) => p.id === journey.personaId);
  type PersonaLink = { personaId: string | null; version: number };
  const conflicts = useEditConflict<typeof Journey, PersonaLink>(Journey);
  const conflict = conflicts.conflict;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: synthesisKey(projectId) });
  const link = useMutation({
    mutationFn: (edit: PersonaLink) => updateJourney(projectId, journey.id, edit),
    onSuccess: refresh,
    onError: (error, edit) => void conflicts.catchConflict(error, edit),
  });
  const personaName = (id: string | null) =>
    personas.find((p) => p.id === id)?.name ?? t('journey.noPersona');
  // Which persona the map follows frames the map: managing it, not editing what is on it.
  const canEdit = journey.abilities.manage && !journey.archived;
  return (
    <div className="journey-details">
      <Badge tone="info">{t(`journey.kind.${journey.kind}`)}</Badge>
      {canEdit ? (
        <Select
          label={t('journey.persona')}
          options={[
            { id: NO_PERSONA, label: t('journey.noPersona') },
            ...personas.map((p) => ({ id: p.id, label: p.name })),
          ]}
          value={journey.personaId ?? NO_PERSONA}
          onChange={(id) =>
            link.mutate({ personaId: id === NO_PERSONA ? null : id, version: journey.version })
          }
        />
      ) : persona ? (
        <p>
          {t('journey.persona')}: <Link href={synthesis.persona(persona.id)}>{persona.name}</Link>
        </p>
      ) : null}
      <FormProblem error={conflict ? null : link.error} />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={
          conflict
            ? [
                {
                  id: 'personaId',
                  label: t('journey.persona'),
                  mine: personaName(conflict.mine.personaId),
                  theirs: personaName(conflict.current.personaId),
                },
              ]
            : []
        }
        onTakeTheirs={() => {
          conflicts.clear();
          link.reset();
          refresh();
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          link.mutate({ personaId: conflict.mine.personaId, version: conflict.current.version });
        }}
        onDismiss={() => {
          conflicts.clear();
          link.reset();
        }}
      />
    </div>
  );
}
