import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Persona, personaFields, type PersonaInput } from '@timantti/contracts';
import { useState } from 'react';
import { createPersona, personaQuery, personasKey, updatePersona } from '../../api/personas.ts';
import { PersonaForm } from '../../features/personas/PersonaForm.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { personaFieldKey, personaKindKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { linesOf, type ConflictField } from '../../ui/edit-conflict.ts';
import { useEditConflict } from '../../ui/useEditConflict.ts';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { NotFoundPage } from '../not-found.tsx';

/** A save of a persona: every view of the project's personas is refreshed, then its page opens. */
function usePersonaSave<V>(
  projectId: string,
  save: (input: V) => Promise<Persona>,
  caught: (error: unknown, input: V) => boolean = () => false,
) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { synthesis } = useSynthesisProject();
  const form = useFormErrors();
  const keep = (persona: Persona) => {
    queryClient.setQueryData(personaQuery(projectId, persona.id).queryKey, persona);
    void queryClient.invalidateQueries({ queryKey: personasKey(projectId) });
  };
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (persona) => {
      keep(persona);
      void navigate({ href: synthesis.persona(persona.id) });
    },
    onError: (error, input) => {
      if (!caught(error, input)) form.fail(error);
    },
  });
  return { form, mutation, keep };
}

type Translate = ReturnType<typeof useT>;
const text = (value: string | undefined) => value ?? '';
const fieldText = (value: string | readonly string[] | undefined) =>
  typeof value === 'string' || value === undefined ? text(value) : linesOf(value);

function personaConflictFields(
  t: Translate,
  mine: PersonaInput,
  current: Persona,
): ConflictField[] {
  return [
    {
      id: 'kind',
      label: t('persona.kind'),
      mine: t(personaKindKey(mine.kind ?? 'persona')),
      theirs: t(personaKindKey(current.kind)),
    },
    { id: 'name', label: t('persona.name'), mine: mine.name, theirs: current.name },
    ...personaFields.map((field) => ({
      id: field,
      label: t(personaFieldKey(field)),
      mine: fieldText(mine[field]),
      theirs: fieldText(current[field]),
    })),
    {
      id: 'language',
      label: t('persona.language'),
      mine: text(mine.language),
      theirs: current.language,
    },
  ];
}

export function NewPersonaPage() {
  const t = useT();
  const navigate = useNavigate();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const { form, mutation } = usePersonaSave(projectId, (input: PersonaInput) =>
    createPersona(projectId, input),
  );
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
  // The version the form was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(persona.version);
  const conflicts = useEditConflict<typeof Persona, PersonaInput>(Persona);
  type Edit = { input: PersonaInput; version: number };
  const { form, mutation, keep } = usePersonaSave(
    projectId,
    (edit: Edit) => updatePersona(projectId, personaId, { ...edit.input, version: edit.version }),
    (error, edit) => conflicts.catchConflict(error, edit.input),
  );
  const conflict = conflicts.conflict;
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
        onSubmit={(input) => mutation.mutate({ input, version })}
        onCancel={() => void navigate({ href: synthesis.persona(personaId) })}
      />
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={conflict ? personaConflictFields(t, conflict.mine, conflict.current) : []}
        onTakeTheirs={() => {
          if (conflict) keep(conflict.current);
          conflicts.clear();
          void navigate({ href: synthesis.persona(personaId) });
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          setVersion(conflict.current.version);
          mutation.mutate({ input: conflict.mine, version: conflict.current.version });
        }}
        onDismiss={conflicts.clear}
      />
    </div>
  );
}
