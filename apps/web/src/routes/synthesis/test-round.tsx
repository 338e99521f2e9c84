import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { TestRound, hypothesisResults, type Hypothesis } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { isApiError } from '../../api/client.ts';
import { conceptQuery, conceptsKey } from '../../api/concepts.ts';
import {
  recordFinding,
  startNextVersion,
  testRoundQuery,
  updateTestRound,
} from '../../api/concept-tests.ts';
import { RespondentsSummary } from '../../features/concept-tests/Findings.tsx';
import { textOf } from '../../features/feedback-forms/form-text.ts';
import { TestPlanForm, planInput, planOf } from '../../features/concept-tests/TestPlanForm.tsx';
import { EvidencePicker } from '../../features/synthesis/EvidencePicker.tsx';
import { InsightEvidenceItem } from '../../features/synthesis/InsightEvidenceItem.tsx';
import { SynthesisPageHeader } from '../../features/synthesis/SynthesisPageHeader.tsx';
import { useSynthesisProject } from '../../features/synthesis/useSynthesisProject.ts';
import { hypothesisResultKey, testMethodKey } from '../../i18n/keys.ts';
import { useLocale, useT } from '../../i18n/LocaleProvider.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Link } from '../../ui/Link.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const route = getRouteApi(
  '/signed-in/o/$orgSlug/projects/$projectId/synthesis/concepts/$conceptId/tests/$roundId',
);

/**
 * A test round: its plan, where the answers are typed in and who answered, a finding per
 * hypothesis citing evidence, and the next version started from them.
 */
export function TestRoundPage() {
  const t = useT();
  const { locale } = useLocale();
  const { conceptId, roundId } = route.useParams();
  const { projectId, synthesis, research } = useSynthesisProject();
  const concept = useSuspenseQuery(conceptQuery(projectId, conceptId)).data;
  const round = useSuspenseQuery(testRoundQuery(projectId, conceptId, roundId)).data;
  const [announcement, setAnnouncement] = useState('');
  const manage = round.abilities.manage;
  return (
    <>
      <SynthesisPageHeader
        title={round.title}
        intro={t('conceptTest.round.intro', {
          number: round.versionNumber,
          method: t(testMethodKey(round.method)),
        })}
      />
      <LiveMessage message={announcement} />
      <p>
        <Link href={synthesis.conceptTests(concept.id)}>{t('conceptTest.backToTests')}</Link>
      </p>
      <section className="card" aria-labelledby="round-answers-heading">
        <h2 id="round-answers-heading">{t('conceptTest.round.session')}</h2>
        <p>{t('conceptTest.round.sessionHint')}</p>
        {round.session ? (
          <p>
            <Link href={research.session(round.session.id)}>
              {t('conceptTest.round.sessionLink', { title: round.session.title })}
            </Link>
          </p>
        ) : (
          <p>{t('conceptTest.round.sessionGone')}</p>
        )}
        {round.form ? (
          <p>
            <Link href={research.form(round.form.id)}>
              {t('feedbackForms.ofRound', {
                title: textOf(round.form.title, locale, round.form.languages),
              })}
            </Link>
          </p>
        ) : manage ? (
          <>
            <p>{t('feedbackForms.newForRoundHint')}</p>
            <p>
              <Link href={research.newForm(round.id)}>{t('feedbackForms.newForRound')}</Link>
            </p>
          </>
        ) : null}
        <h3>{t('conceptTest.round.respondentsTitle')}</h3>
        <p>
          <RespondentsSummary respondents={round.respondents} />
        </p>
        <p className="muted">{t('conceptTest.round.respondentsHint')}</p>
        {round.recruitTargets.length === 0 ? (
          <p>{t('conceptTest.round.noTargets')}</p>
        ) : (
          <ul>
            {round.recruitTargets.map((target, index) => (
              <li key={index}>
                {t('conceptTest.round.target', { segment: target.segment, count: target.count })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t('conceptTest.findings.title')}</h2>
        {round.hypotheses.length === 0 ? <p>{t('conceptTest.findings.none')}</p> : null}
        {round.hypotheses.map((hypothesis, index) => (
          <FindingCard
            key={hypothesis.id}
            round={round}
            hypothesis={hypothesis}
            number={index + 1}
            manage={manage}
            onAnnounce={setAnnouncement}
          />
        ))}
      </section>
      <NextVersion round={round} onAnnounce={setAnnouncement} />
      {manage ? <EditPlan round={round} onAnnounce={setAnnouncement} /> : null}
    </>
  );
}

function FindingCard({
  round,
  hypothesis,
  number,
  manage,
  onAnnounce,
}: {
  round: TestRound;
  hypothesis: Hypothesis;
  number: number;
  manage: boolean;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const { projectId } = useSynthesisProject();
  const [result, setResult] = useState<string>(hypothesis.result ?? 'open');
  const [note, setNote] = useState(hypothesis.note);
  const [evidenceIds, setEvidenceIds] = useState(hypothesis.evidence.map((item) => item.id));
  const headingId = `hypothesis-${hypothesis.id}-heading`;
  const save = useMutation({
    mutationFn: () =>
      recordFinding(projectId, round.conceptId, round.id, hypothesis.id, {
        version: hypothesis.version,
        result: result === 'open' ? null : (result as Exclude<Hypothesis['result'], null>),
        note: note.trim(),
        evidenceIds,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(
        testRoundQuery(projectId, round.conceptId, round.id).queryKey,
        saved,
      );
      void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      onAnnounce(t('conceptTest.findings.saved', { number }));
    },
    onError: (error) => {
      form.fail(error);
      if (isApiError(error, 409))
        void queryClient.invalidateQueries({
          queryKey: testRoundQuery(projectId, round.conceptId, round.id).queryKey,
        });
    },
  });
  const summary = (
    <>
      <p>{t('conceptTest.findings.belief', { text: hypothesis.belief })}</p>
      <p>{t('conceptTest.findings.signal', { text: hypothesis.signal })}</p>
    </>
  );
  const cited =
    hypothesis.evidence.length > 0 ? (
      <div className="test-finding__evidence">
        <h4>{t('conceptTest.findings.cited')}</h4>
        {hypothesis.evidence.map((item) => (
          <InsightEvidenceItem key={item.id} item={item} isRemoving={false} />
        ))}
      </div>
    ) : null;
  const badge = (
    <Badge
      tone={
        hypothesis.result === 'confirmed' ? 'success' : hypothesis.result ? 'warning' : 'neutral'
      }
    >
      {t(hypothesisResultKey(hypothesis.result ?? 'open'))}
    </Badge>
  );
  if (!manage)
    return (
      <article className="card test-finding" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {t('conceptTest.findings.hypothesis', { number })} {badge}
        </h3>
        {summary}
        {hypothesis.note ? <p>{hypothesis.note}</p> : null}
        {cited}
      </article>
    );
  return (
    <Form
      id={form.formId}
      className="form card test-finding"
      validationBehavior="aria"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h3 id={headingId}>
        {t('conceptTest.findings.hypothesis', { number })} {badge}
      </h3>
      {summary}
      <FormProblem error={form.problem} />
      <Select
        name="result"
        label={t('conceptTest.findings.result', { number })}
        options={['open' as const, ...hypothesisResults].map((id) => ({
          id,
          label: t(hypothesisResultKey(id)),
        }))}
        value={result}
        onChange={setResult}
      />
      <TextField
        name="note"
        label={t('conceptTest.findings.note', { number })}
        value={note}
        onChange={setNote}
        errorMessage={form.errors['note']}
        multiline
        rows={3}
        maxLength={5000}
      />
      {cited}
      <EvidencePicker
        projectId={projectId}
        label={t('conceptTest.findings.cite', { number })}
        value={evidenceIds}
        onChange={setEvidenceIds}
      />
      <FormActions submitLabel={t('conceptTest.findings.save')} isPending={save.isPending} />
    </Form>
  );
}

function NextVersion({
  round,
  onAnnounce,
}: {
  round: TestRound;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { projectId, synthesis } = useSynthesisProject();
  const number = round.versionNumber + 1;
  const start = useMutation({
    mutationFn: () => startNextVersion(projectId, round.conceptId, round.id),
    onSuccess: (saved) => {
      queryClient.setQueryData(
        testRoundQuery(projectId, round.conceptId, round.id).queryKey,
        saved,
      );
      void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      onAnnounce(t('conceptTest.next.started', { number }));
    },
  });
  return (
    <section className="card" aria-labelledby="next-version-heading">
      <h2 id="next-version-heading">{t('conceptTest.next.title')}</h2>
      {round.nextVersionNumber !== null ? (
        <>
          <p>{t('conceptTest.next.started', { number: round.nextVersionNumber })}</p>
          <p>
            <Link href={synthesis.concept(round.conceptId)}>
              {t('conceptTest.next.open', { number: round.nextVersionNumber })}
            </Link>
          </p>
        </>
      ) : round.abilities.manage ? (
        <>
          <p>{t('conceptTest.next.intro', { number })}</p>
          <FormProblem error={start.error} />
          <Button isPending={start.isPending} onPress={() => start.mutate()}>
            {t('conceptTest.next.start', { number })}
          </Button>
        </>
      ) : null}
    </section>
  );
}

function EditPlan({
  round,
  onAnnounce,
}: {
  round: TestRound;
  onAnnounce: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const { projectId } = useSynthesisProject();
  const [plan, setPlan] = useState(() => planOf(round));
  const [conflict, setConflict] = useState<TestRound | null>(null);
  const query = testRoundQuery(projectId, round.conceptId, round.id);
  const save = useMutation({
    mutationFn: () =>
      updateTestRound(projectId, round.conceptId, round.id, {
        version: round.version,
        ...planInput(plan),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(query.queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: conceptsKey(projectId) });
      setPlan(planOf(saved));
      onAnnounce(t('conceptTest.plan.saved'));
    },
    onError: (error) => {
      form.fail(error);
      if (isApiError(error, 409) && error.code === 'edit_conflict') {
        const current = TestRound.safeParse(error.problem.current);
        if (current.success) setConflict(current.data);
      }
    },
  });
  return (
    <>
      {conflict ? (
        <p>
          <Button
            variant="secondary"
            onPress={() => {
              queryClient.setQueryData(query.queryKey, conflict);
              setPlan(planOf(conflict));
              setConflict(null);
              form.reset();
            }}
          >
            {t('conceptTest.plan.reload')}
          </Button>
        </p>
      ) : null}
      <TestPlanForm
        plan={plan}
        onChange={setPlan}
        form={form}
        headingId="test-plan-heading"
        heading={t('conceptTest.plan.title')}
        submitLabel={t('conceptTest.plan.save')}
        isPending={save.isPending}
        onSubmit={() => save.mutate()}
      />
    </>
  );
}
