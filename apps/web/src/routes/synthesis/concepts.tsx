import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { CONCEPT_NAME_MAX, CONCEPT_TEXT_MAX } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { conceptsKey, conceptsQuery, createConcept } from '../../api/concepts.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { conceptStatusKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

/** The project's service concepts (palvelukonseptit) and a new one. */
export function ConceptsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const concepts = useSuspenseQuery(conceptsQuery(projectId)).data.items;
  return (
    <>
      <SynthesisPageHeader title={t('concept.list.title')} intro={t('concept.list.intro')} />
      {concepts.length === 0 ? (
        <div className="empty-state">
          <p>{t('concept.list.empty')}</p>
        </div>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('concept.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('concept.nameField')}</th>
                <th scope="col">{t('concept.status')}</th>
                <th scope="col">{t('concept.versions.title')}</th>
                <th scope="col">{t('concept.links.title')}</th>
                <th scope="col">{t('concept.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {concepts.map((concept) => (
                <tr key={concept.id}>
                  <th scope="row">
                    <Link href={synthesis.concept(concept.id)}>{concept.name}</Link>
                  </th>
                  <td>
                    <Badge tone={concept.status === 'dropped' ? 'neutral' : 'info'}>
                      {t(conceptStatusKey(concept.status))}
                    </Badge>
                  </td>
                  <td>{t('concept.draftOf', { number: concept.draftNumber })}</td>
                  <td>{t('concept.linkCount', { count: concept.linkCount })}</td>
                  <td>{formatDateTime(locale, concept.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite ? <NewConceptForm /> : null}
    </>
  );
}

function NewConceptForm() {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projectId, synthesis } = useSynthesisProject();
  const [name, setName] = useState('');
  const [summary, setSummary] = useState('');
  const create = useMutation({
    mutationFn: () => createConcept(projectId, { name: name.trim(), summary: summary.trim() }),
    onSuccess: (concept) => {
      void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      void navigate({ href: synthesis.concept(concept.id) });
    },
    onError: (error) => form.fail(error),
  });
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="new-concept-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(name.trim() ? {} : { name: t('validation.required') })) return;
        create.mutate();
      }}
    >
      <h2 id="new-concept-heading">{t('concept.new.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="name"
        label={t('concept.nameField')}
        description={t('concept.new.nameHint')}
        value={name}
        onChange={setName}
        errorMessage={form.errors.name}
        maxLength={CONCEPT_NAME_MAX}
        isRequired
      />
      <TextField
        name="summary"
        label={t('concept.field.summary')}
        description={t('concept.new.summaryHint')}
        value={summary}
        onChange={setSummary}
        errorMessage={form.errors.summary}
        multiline
        rows={3}
        maxLength={CONCEPT_TEXT_MAX}
      />
      <FormActions submitLabel={t('concept.new.submit')} isPending={create.isPending} />
    </Form>
  );
}
