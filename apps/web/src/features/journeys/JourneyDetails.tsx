import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Journey } from '@timantti/contracts';
import { synthesisKey } from '../../api/boards.ts';
import { updateJourney } from '../../api/journeys.ts';
import { personasQuery } from '../../api/personas.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { Select } from '../../ui/Select.tsx';
import { useSynthesisProject } from '../synthesis/useSynthesisProject.ts';

const NO_PERSONA = 'none';

/** Whose journey this is (the persona it follows) and whether it is as-is or to-be. */
export function JourneyDetails({ journey, projectId }: { journey: Journey; projectId: string }) {
  const t = useT();
  const { synthesis } = useSynthesisProject();
  const queryClient = useQueryClient();
  const personas = useQuery(personasQuery(projectId)).data?.items ?? [];
  const persona = personas.find((p) => p.id === journey.personaId);
  const link = useMutation({
    mutationFn: (personaId: string | null) => updateJourney(projectId, journey.id, { personaId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: synthesisKey(projectId) }),
  });
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
          onChange={(id) => link.mutate(id === NO_PERSONA ? null : id)}
        />
      ) : persona ? (
        <p>
          {t('journey.persona')}: <Link href={synthesis.persona(persona.id)}>{persona.name}</Link>
        </p>
      ) : null}
      <FormProblem error={link.error} />
    </div>
  );
}
