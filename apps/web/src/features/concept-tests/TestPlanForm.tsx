import {
  TEST_MAX_HYPOTHESES,
  TEST_MAX_RECRUIT_TARGETS,
  testMethods,
  type TestMethod,
  type TestRound,
} from '@timantti/contracts';
import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { testMethodKey } from '../../i18n/keys.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { useFormErrors } from '../../ui/useFormErrors.ts';

type Row<T> = T & { key: string };
let nextKey = 0;
const keyed = <T extends object>(value: T): Row<T> => ({ ...value, key: `row-${++nextKey}` });

/** The plan as the form holds it: counts as typed, rows with keys of their own. */
export type PlanDraft = {
  title: string;
  method: TestMethod;
  description: string;
  learningGoals: string;
  place: string;
  startsOn: string;
  endsOn: string;
  hypotheses: Row<{ id?: string; belief: string; signal: string }>[];
  recruitTargets: Row<{ segment: string; count: string }>[];
};

export const emptyPlan = (): PlanDraft => ({
  title: '',
  method: 'paper_prototype',
  description: '',
  learningGoals: '',
  place: '',
  startsOn: '',
  endsOn: '',
  hypotheses: [keyed({ belief: '', signal: '' })],
  recruitTargets: [keyed({ segment: '', count: '' })],
});

export const planOf = (round: TestRound): PlanDraft => ({
  title: round.title,
  method: round.method,
  description: round.description,
  learningGoals: round.learningGoals,
  place: round.place,
  startsOn: round.startsOn ?? '',
  endsOn: round.endsOn ?? '',
  hypotheses: round.hypotheses.map((h) => keyed({ id: h.id, belief: h.belief, signal: h.signal })),
  recruitTargets: round.recruitTargets.map((target) =>
    keyed({ segment: target.segment, count: String(target.count) }),
  ),
});

/** The plan as the API takes it: blank rows dropped, dates left out when not given. */
export const planInput = (plan: PlanDraft) => ({
  title: plan.title.trim(),
  method: plan.method,
  description: plan.description.trim(),
  learningGoals: plan.learningGoals.trim(),
  place: plan.place.trim(),
  startsOn: plan.startsOn || null,
  endsOn: plan.endsOn || null,
  hypotheses: plan.hypotheses
    .filter((h) => h.belief.trim() || h.signal.trim())
    .map((h) => ({
      ...(h.id ? { id: h.id } : {}),
      belief: h.belief.trim(),
      signal: h.signal.trim(),
    })),
  recruitTargets: plan.recruitTargets
    .filter((target) => target.segment.trim() || target.count.trim())
    .map((target) => ({ segment: target.segment.trim(), count: Number(target.count) })),
});

/** What the form can tell before sending: a name, whole hypotheses, whole recruit targets. */
export function planProblems(plan: PlanDraft, t: ReturnType<typeof useT>) {
  const errors: Record<string, string> = {};
  if (!plan.title.trim()) errors['title'] = t('validation.required');
  if (plan.hypotheses.some((h) => Boolean(h.belief.trim()) !== Boolean(h.signal.trim())))
    errors['hypotheses'] = t('conceptTest.plan.incomplete');
  plan.recruitTargets.forEach((target, index) => {
    const count = Number(target.count);
    const blank = !target.segment.trim() && !target.count.trim();
    if (blank) return;
    if (!target.segment.trim()) errors[`segment-${index}`] = t('validation.required');
    if (!Number.isInteger(count) || count < 1) errors[`count-${index}`] = t('validation.required');
  });
  return errors;
}

/**
 * A test round's plan: the way of testing and what is tested, what the team wants to learn,
 * where and when, the hypotheses ("we believe … we will know when …") and whom to recruit.
 */
export function TestPlanForm({
  plan,
  onChange,
  form,
  headingId,
  heading,
  before,
  submitLabel,
  isPending,
  onSubmit,
}: {
  plan: PlanDraft;
  onChange: (plan: PlanDraft) => void;
  form: ReturnType<typeof useFormErrors>;
  headingId: string;
  heading: ReactNode;
  /** Fields shown before the plan's own (the version tested, for a new round). */
  before?: ReactNode;
  submitLabel: string;
  isPending: boolean;
  onSubmit: () => void;
}) {
  const t = useT();
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    onChange({ ...plan, [key]: value });
  const setHypothesis = (index: number, patch: Partial<PlanDraft['hypotheses'][number]>) =>
    set(
      'hypotheses',
      plan.hypotheses.map((h, i) => (i === index ? { ...h, ...patch } : h)),
    );
  const setTarget = (index: number, patch: Partial<PlanDraft['recruitTargets'][number]>) =>
    set(
      'recruitTargets',
      plan.recruitTargets.map((target, i) => (i === index ? { ...target, ...patch } : target)),
    );
  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(planProblems(plan, t))) return;
        onSubmit();
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      <FormProblem error={form.problem} />
      {before}
      <TextField
        name="title"
        label={t('conceptTest.plan.name')}
        description={t('conceptTest.plan.nameHint')}
        value={plan.title}
        onChange={(value) => set('title', value)}
        errorMessage={form.errors['title']}
        maxLength={200}
        isRequired
      />
      <Select
        name="method"
        label={t('conceptTest.plan.method')}
        options={testMethods.map((id) => ({ id, label: t(testMethodKey(id)) }))}
        value={plan.method}
        onChange={(value) => set('method', value)}
        errorMessage={form.errors['method']}
      />
      <TextField
        name="description"
        label={t('conceptTest.plan.description')}
        description={t('conceptTest.plan.descriptionHint')}
        value={plan.description}
        onChange={(value) => set('description', value)}
        errorMessage={form.errors['description']}
        multiline
        rows={3}
        maxLength={5000}
      />
      <TextField
        name="learningGoals"
        label={t('conceptTest.plan.learningGoals')}
        value={plan.learningGoals}
        onChange={(value) => set('learningGoals', value)}
        errorMessage={form.errors['learningGoals']}
        multiline
        rows={3}
        maxLength={5000}
      />
      <div className="field-row">
        <TextField
          name="place"
          label={t('conceptTest.plan.place')}
          value={plan.place}
          onChange={(value) => set('place', value)}
          errorMessage={form.errors['place']}
          maxLength={200}
        />
        <TextField
          name="startsOn"
          type="date"
          label={t('conceptTest.plan.startsOn')}
          value={plan.startsOn}
          onChange={(value) => set('startsOn', value)}
          errorMessage={form.errors['startsOn']}
        />
        <TextField
          name="endsOn"
          type="date"
          label={t('conceptTest.plan.endsOn')}
          value={plan.endsOn}
          onChange={(value) => set('endsOn', value)}
          errorMessage={form.errors['endsOn']}
        />
      </div>
      <fieldset className="fieldset" aria-describedby={`${headingId}-hypotheses-hint`}>
        <legend className="fieldset__legend">{t('conceptTest.plan.hypotheses')}</legend>
        <p id={`${headingId}-hypotheses-hint`} className="field__description">
          {t('conceptTest.plan.hypothesesHint')}
        </p>
        {form.errors['hypotheses'] ? (
          <p className="field__error" role="alert">
            {form.errors['hypotheses']}
          </p>
        ) : null}
        <ol className="test-plan__rows">
          {plan.hypotheses.map((hypothesis, index) => (
            <li key={hypothesis.key} className="test-plan__row">
              <TextField
                name={`belief-${index}`}
                label={t('conceptTest.plan.belief', { number: index + 1 })}
                value={hypothesis.belief}
                onChange={(value) => setHypothesis(index, { belief: value })}
                multiline
                rows={2}
                maxLength={1000}
              />
              <TextField
                name={`signal-${index}`}
                label={t('conceptTest.plan.signal', { number: index + 1 })}
                value={hypothesis.signal}
                onChange={(value) => setHypothesis(index, { signal: value })}
                multiline
                rows={2}
                maxLength={1000}
              />
              <Button
                variant="tertiary"
                size="small"
                onPress={() =>
                  set(
                    'hypotheses',
                    plan.hypotheses.filter((_, i) => i !== index),
                  )
                }
              >
                {t('conceptTest.plan.removeHypothesis', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        <Button
          variant="secondary"
          isDisabled={plan.hypotheses.length >= TEST_MAX_HYPOTHESES}
          onPress={() => set('hypotheses', [...plan.hypotheses, keyed({ belief: '', signal: '' })])}
        >
          {t('conceptTest.plan.addHypothesis')}
        </Button>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('conceptTest.plan.recruit')}</legend>
        <ol className="test-plan__rows">
          {plan.recruitTargets.map((target, index) => (
            <li key={target.key} className="test-plan__row test-plan__row--inline">
              <TextField
                name={`segment-${index}`}
                label={t('conceptTest.plan.segment', { number: index + 1 })}
                value={target.segment}
                onChange={(value) => setTarget(index, { segment: value })}
                errorMessage={form.errors[`segment-${index}`]}
                maxLength={200}
              />
              <TextField
                name={`count-${index}`}
                type="number"
                inputMode="numeric"
                label={t('conceptTest.plan.count', { number: index + 1 })}
                value={target.count}
                onChange={(value) => setTarget(index, { count: value })}
                errorMessage={form.errors[`count-${index}`]}
              />
              <Button
                variant="tertiary"
                size="small"
                onPress={() =>
                  set(
                    'recruitTargets',
                    plan.recruitTargets.filter((_, i) => i !== index),
                  )
                }
              >
                {t('conceptTest.plan.removeTarget', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
        {form.errors['recruitTargets'] ? (
          <p className="field__error" role="alert">
            {form.errors['recruitTargets']}
          </p>
        ) : null}
        <Button
          variant="secondary"
          isDisabled={plan.recruitTargets.length >= TEST_MAX_RECRUIT_TARGETS}
          onPress={() =>
            set('recruitTargets', [...plan.recruitTargets, keyed({ segment: '', count: '' })])
          }
        >
          {t('conceptTest.plan.addTarget')}
        </Button>
      </fieldset>
      <FormActions submitLabel={submitLabel} isPending={isPending} />
    </Form>
  );
}
