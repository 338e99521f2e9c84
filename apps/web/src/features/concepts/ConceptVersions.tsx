import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { Concept, ConceptVersionRef } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import {
  conceptDiffQuery,
  conceptVersionsQuery,
  conceptsKey,
  freezeConcept,
} from '../../api/concepts.ts';
import { insightsQuery } from '../../api/insights.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { ConceptDiffView } from './ConceptDiffView.tsx';

/** The frozen versions, freezing the draft as the next one, and comparing any two. */
export function ConceptVersions({
  concept,
  projectId,
  onAnnounce,
}: {
  concept: Concept;
  projectId: string;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const versions = useSuspenseQuery(conceptVersionsQuery(projectId, concept.id)).data.items;
  return (
    <section className="card concept-versions" aria-labelledby="concept-versions-heading">
      <h2 id="concept-versions-heading">{t('concept.versions.title')}</h2>
      {concept.abilities.manage ? (
        <FormDialog
          title={t('concept.freeze.title', { number: concept.draftNumber })}
          trigger={
            <Button variant="secondary">
              {t('concept.freeze.open', { number: concept.draftNumber })}
            </Button>
          }
        >
          {(close) => (
            <FreezeForm
              concept={concept}
              projectId={projectId}
              close={close}
              onFrozen={(number) =>
                onAnnounce(t('concept.freeze.done', { number, next: number + 1 }))
              }
            />
          )}
        </FormDialog>
      ) : null}
      {versions.length === 0 ? (
        <p>{t('concept.versions.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('concept.versions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('concept.versions.number')}</th>
                <th scope="col">{t('concept.versions.reason')}</th>
                <th scope="col">{t('concept.versions.findings')}</th>
                <th scope="col">{t('concept.versions.frozenBy')}</th>
                <th scope="col">{t('concept.versions.frozenAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.number}>
                  <th scope="row">{t('concept.versions.label', { number: version.number })}</th>
                  <td>{version.reason}</td>
                  <td>
                    {version.findings.length === 0 ? null : (
                      <ul className="concept-versions__findings">
                        {version.findings.map((finding) => (
                          <li key={finding.id}>{finding.title}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{version.frozenBy ?? ''}</td>
                  <td>{formatDateTime(locale, version.frozenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {versions.length > 0 ? (
        <CompareVersions
          concept={concept}
          projectId={projectId}
          numbers={versions.map((v) => v.number)}
        />
      ) : null}
    </section>
  );
}

function FreezeForm({
  concept,
  projectId,
  close,
  onFrozen,
}: {
  concept: Concept;
  projectId: string;
  close: () => void;
  onFrozen: (number: number) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const insights = useQuery(insightsQuery(projectId)).data?.items ?? [];
  const [reason, setReason] = useState('');
  const [findingIds, setFindingIds] = useState<string[]>([]);
  const freeze = useMutation({
    mutationFn: () => freezeConcept(projectId, concept.id, { reason: reason.trim(), findingIds }),
    onSuccess: (version) => {
      void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      onFrozen(version.number);
      close();
    },
    onError: (error) => form.fail(error),
  });
  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(reason.trim() ? {} : { reason: t('validation.required') })) return;
        freeze.mutate();
      }}
    >
      <FormProblem error={form.problem} />
      <TextField
        name="reason"
        label={t('concept.freeze.reason')}
        description={t('concept.freeze.reasonHint')}
        value={reason}
        onChange={setReason}
        errorMessage={form.errors.reason}
        multiline
        rows={3}
        maxLength={2000}
        isRequired
      />
      {insights.length > 0 ? (
        <CheckboxGroup
          label={t('concept.freeze.findings')}
          value={findingIds}
          onChange={setFindingIds}
        >
          {insights.map((insight) => (
            <Checkbox key={insight.id} value={insight.id}>
              {insight.statement}
            </Checkbox>
          ))}
        </CheckboxGroup>
      ) : null}
      <FormActions
        submitLabel={t('concept.freeze.submit')}
        isPending={freeze.isPending}
        onCancel={close}
      />
    </Form>
  );
}

const refKey = (ref: ConceptVersionRef) => String(ref);
const parseRef = (key: string): ConceptVersionRef => (key === 'draft' ? 'draft' : Number(key));

function CompareVersions({
  concept,
  projectId,
  numbers,
}: {
  concept: Concept;
  projectId: string;
  numbers: number[];
}) {
  const t = useT();
  const newest = numbers[0] ?? 1;
  const [from, setFrom] = useState<string>(refKey(newest));
  const [to, setTo] = useState<string>('draft');
  const [shown, setShown] = useState<{ from: ConceptVersionRef; to: ConceptVersionRef } | null>(
    null,
  );
  const diff = useQuery({
    ...conceptDiffQuery(projectId, concept.id, shown?.from ?? 'draft', shown?.to ?? 'draft'),
    enabled: shown !== null,
  });
  const options = [
    { id: 'draft', label: t('concept.versions.draft', { number: concept.draftNumber }) },
    ...numbers.map((number) => ({
      id: refKey(number),
      label: t('concept.versions.label', { number }),
    })),
  ];
  return (
    <div className="concept-compare">
      <h3 id="concept-compare-heading">{t('concept.diff.title')}</h3>
      <Form
        className="field-row"
        aria-labelledby="concept-compare-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const next = { from: parseRef(from), to: parseRef(to) };
          // The draft may have changed since the same comparison was last shown.
          if (shown && shown.from === next.from && shown.to === next.to) void diff.refetch();
          else setShown(next);
        }}
      >
        <Select label={t('concept.diff.from')} options={options} value={from} onChange={setFrom} />
        <Select label={t('concept.diff.to')} options={options} value={to} onChange={setTo} />
        <Button type="submit" variant="secondary">
          {t('concept.diff.show')}
        </Button>
      </Form>
      <div aria-live="polite">{diff.data ? <ConceptDiffView diff={diff.data} /> : null}</div>
    </div>
  );
}
