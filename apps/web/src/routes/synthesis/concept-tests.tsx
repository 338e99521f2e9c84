import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { conceptQuery, conceptVersionsQuery, conceptsKey } from '../../api/concepts.ts';
import { conceptHistoryQuery, createTestRound, testRoundsQuery } from '../../api/concept-tests.ts';
import { ConceptHistoryTimeline } from '../../features/concept-tests/ConceptHistoryTimeline.tsx';
import { FindingsSummary, RespondentsSummary } from '../../features/concept-tests/Findings.tsx';
import { TestPlanForm, emptyPlan, planInput } from '../../features/concept-tests/TestPlanForm.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { testMethodKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Link } from '../../ui/Link.tsx';
import { Select } from '../../ui/Select.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/concepts/$conceptId/tests',
);

/** A concept's testing: its history, its test rounds and a new round's plan. */
export function ConceptTestsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { conceptId } = route.useParams();
  const { projectId, synthesis } = useSynthesisProject();
  const concept = useSuspenseQuery(conceptQuery(projectId, conceptId)).data;
  const versions = useSuspenseQuery(conceptVersionsQuery(projectId, conceptId)).data.items;
  const rounds = useSuspenseQuery(testRoundsQuery(projectId, conceptId)).data.items;
  const history = useSuspenseQuery(conceptHistoryQuery(projectId, conceptId)).data.items;
  const dates = (startsOn: string | null, endsOn: string | null) => {
    if (!startsOn) return t('conceptTest.noDate');
    const start = formatCalendarDate(locale, startsOn);
    return endsOn && endsOn !== startsOn
      ? t('conceptTest.dates', { start, end: formatCalendarDate(locale, endsOn) })
      : start;
  };
  return (
    <>
      <SynthesisPageHeader
        title={t('conceptTest.title', { name: concept.name })}
        intro={t('conceptTest.intro')}
      />
      <p>
        <Link href={synthesis.concept(concept.id)}>{t('conceptTest.backToConcept')}</Link>
      </p>
      <section className="card" aria-labelledby="concept-history-heading">
        <h2 id="concept-history-heading">{t('conceptTest.history.title')}</h2>
        <ConceptHistoryTimeline conceptId={concept.id} items={history} />
      </section>
      <section aria-labelledby="test-rounds-heading">
        <h2 id="test-rounds-heading">{t('conceptTest.rounds.title')}</h2>
        {rounds.length === 0 ? (
          <p>{t('conceptTest.rounds.empty')}</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">{t('conceptTest.rounds.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('conceptTest.rounds.name')}</th>
                  <th scope="col">{t('conceptTest.rounds.version')}</th>
                  <th scope="col">{t('conceptTest.rounds.method')}</th>
                  <th scope="col">{t('conceptTest.rounds.when')}</th>
                  <th scope="col">{t('conceptTest.rounds.respondents')}</th>
                  <th scope="col">{t('conceptTest.rounds.findings')}</th>
                </tr>
              </thead>
              <tbody>
                {rounds.map((round) => (
                  <tr key={round.id}>
                    <th scope="row">
                      <Link href={synthesis.testRound(concept.id, round.id)}>{round.title}</Link>
                    </th>
                    <td>{t('conceptTest.versionNumber', { number: round.versionNumber })}</td>
                    <td>{t(testMethodKey(round.method))}</td>
                    <td>{dates(round.startsOn, round.endsOn)}</td>
                    <td>
                      <RespondentsSummary respondents={round.respondents} />
                    </td>
                    <td>
                      <FindingsSummary counts={round.findings} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {concept.abilities.manage ? (
        versions.length === 0 ? (
          <p className="card">{t('conceptTest.new.noVersions')}</p>
        ) : (
          <NewTestRound
            conceptId={concept.id}
            versionNumbers={versions.map((version) => version.number)}
          />
        )
      ) : null}
    </>
  );
}

function NewTestRound({
  conceptId,
  versionNumbers,
}: {
  conceptId: string;
  versionNumbers: number[];
}) {
  const t = useT();
  const form = useFormErrors();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projectId, synthesis } = useSynthesisProject();
  const [plan, setPlan] = useState(emptyPlan);
  // The versions come newest first: the latest is the one usually tested.
  const [versionNumber, setVersionNumber] = useState(String(versionNumbers[0] ?? 1));
  const create = useMutation({
    mutationFn: () =>
      createTestRound(projectId, conceptId, {
        versionNumber: Number(versionNumber),
        ...planInput(plan),
      }),
    onSuccess: (round) => {
      void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      void navigate({ href: synthesis.testRound(conceptId, round.id) });
    },
    onError: (error) => form.fail(error),
  });
  return (
    <TestPlanForm
      plan={plan}
      onChange={setPlan}
      form={form}
      headingId="new-test-round-heading"
      heading={t('conceptTest.new.title')}
      before={
        <Select
          name="versionNumber"
          label={t('conceptTest.plan.version')}
          options={versionNumbers.map((number) => ({
            id: String(number),
            label: t('conceptTest.history.version', { number }),
          }))}
          value={versionNumber}
          onChange={setVersionNumber}
          errorMessage={form.errors['versionNumber']}
        />
      }
      submitLabel={t('conceptTest.new.submit')}
      isPending={create.isPending}
      onSubmit={() => create.mutate()}
    />
  );
}
