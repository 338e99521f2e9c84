import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { journeyTemplates, type JourneyKind, type JourneyTemplate } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { synthesisKey } from '../../api/boards.ts';
import { createJourney, journeysQuery } from '../../api/journeys.ts';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

/** The project's service journeys (palvelupolut), as-is and to-be, and a new one. */
export function JourneysPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId, synthesis, canWrite } = useSynthesisProject();
  const journeys = useSuspenseQuery(journeysQuery(projectId)).data.items;

  return (
    <>
      <SynthesisPageHeader title={t('journey.list.title')} intro={t('journey.list.intro')} />
      {journeys.length === 0 ? (
        <div className="empty-state">
          <p>{t('journey.list.empty')}</p>
        </div>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('journey.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('journey.titleField')}</th>
                <th scope="col">{t('journey.kind')}</th>
                <th scope="col">{t('journey.stageCount')}</th>
                <th scope="col">{t('journey.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {journeys.map((journey) => (
                <tr key={journey.id}>
                  <th scope="row">
                    <Link href={synthesis.journey(journey.id)}>{journey.title}</Link>{' '}
                    {journey.archived ? <Badge>{t('board.archived')}</Badge> : null}
                  </th>
                  <td>{t(`journey.kind.${journey.kind}`)}</td>
                  <td>{formatNumber(locale, journey.stageCount)}</td>
                  <td>{formatDateTime(locale, journey.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite ? <NewJourneyForm /> : null}
    </>
  );
}

const COPY_PREFIX = 'copy:';

function NewJourneyForm() {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projectId, synthesis } = useSynthesisProject();
  const journeys = useSuspenseQuery(journeysQuery(projectId)).data.items;
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<JourneyKind>('as_is');
  const [start, setStart] = useState<string>('permit_application');
  const create = useMutation({
    mutationFn: () =>
      createJourney(projectId, {
        title: title.trim(),
        kind,
        start: start.startsWith(COPY_PREFIX)
          ? { copyOf: start.slice(COPY_PREFIX.length) }
          : { template: start as JourneyTemplate },
      }),
    onSuccess: (journey) => {
      void queryClient.invalidateQueries({ queryKey: synthesisKey(projectId) });
      void navigate({ href: synthesis.journey(journey.id) });
    },
    onError: (error) => form.fail(error),
  });
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="new-journey-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(title.trim() ? {} : { title: t('validation.required') })) return;
        create.mutate();
      }}
    >
      <h2 id="new-journey-heading">{t('journey.new.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="title"
        label={t('journey.titleField')}
        description={t('journey.new.hint')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <div className="field-row">
        <Select
          label={t('journey.kind')}
          options={(['as_is', 'to_be'] as const).map((id) => ({
            id,
            label: t(`journey.kind.${id}`),
          }))}
          value={kind}
          onChange={setKind}
        />
        <Select
          label={t('journey.new.start')}
          options={[
            ...journeyTemplates.map((id) => ({
              id: id as string,
              label: t(`journey.template.${id}`),
            })),
            ...journeys.map((journey) => ({
              id: `${COPY_PREFIX}${journey.id}`,
              label: t('journey.new.copyOf', { title: journey.title }),
            })),
          ]}
          value={start}
          onChange={setStart}
        />
      </div>
      <FormActions submitLabel={t('journey.new.submit')} isPending={create.isPending} />
    </Form>
  );
}
