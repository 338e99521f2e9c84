import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { Persona, PersonaInput } from '@timantti/contracts';
import { createPersona, personaQuery, personasKey, updatePersona } from '../../api/personas.ts';
import { PersonaForm } from '../../features/personas/PersonaForm.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

/** A save of a persona: every view of the project's personas is refreshed, then its page opens. */
function usePersonaSave(projectId: string, save: (input: PersonaInput) => Promise<Persona>) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { synthesis } = useSynthesisProject();
  const form = useFormErrors();
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (persona) => {
      queryClient.setQueryData(personaQuery(projectId, persona.id).queryKey, persona);
      void queryClient.invalidateQueries({ queryKey: personasKey(projectId) });
      void navigate({ href: synthesis.persona(persona.id) });
    },
    onError: (error) => form.fail(error),
  });
  return { form, mutation };
}

export function NewPersonaPage() {
  const t = useT();
  const navigate = useNavigate();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const { form, mutation } = usePersonaSave(projectId, (input) => createPersona(projectId, input));
  if (!canWrite) return <NotFoundPage />;
  return (
    <div className="form-page">
      <SynthesisPageHeader title={t('persona.new.title')} intro={t('persona.new.intro')} />
      <PersonaForm
        projectId={projectId}
        form={form}
        submitLabel={t('persona.new.submit')}
        isPending={mutation.isPending}
        onSubmit={(input) => mutation.mutate(input)}
        onCancel={() => void navigate({ href: synthesis.personas() })}
      />
    </div>
  );
}

const editRoute = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/personas/$personaId/edit',
);

export function EditPersonaPage() {
  const t = useT();
  const navigate = useNavigate();
  const { personaId } = editRoute.useParams();
  const { projectId, synthesis } = useSynthesisProject();
  const persona = useSuspenseQuery(personaQuery(projectId, personaId)).data;
  const { form, mutation } = usePersonaSave(projectId, (input) =>
    updatePersona(projectId, personaId, input),
  );
  if (!persona.abilities.edit) return <NotFoundPage />;
  return (
    <div className="form-page">
      <SynthesisPageHeader title={t('persona.edit.title', { name: persona.name })} />
      <PersonaForm
        projectId={projectId}
        initial={persona}
        form={form}
        submitLabel={t('persona.edit.submit')}
        isPending={mutation.isPending}
        onSubmit={(input) => mutation.mutate(input)}
        onCancel={() => void navigate({ href: synthesis.persona(personaId) })}
      />
    </div>
  );
}
