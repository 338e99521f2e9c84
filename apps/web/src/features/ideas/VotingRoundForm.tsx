import { useMutation, useQueryClient } from '@tanstack/react-query';
import { VOTE_BUDGET_MAX, type InsightSummary } from '@timantti/contracts';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { ideasKey, openVotingRound } from '../../api/ideas.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';

const ALL = 'all';

/** Opens a dot-voting round: its name, which ideas, the dots per person and its rules. */
export function VotingRoundForm({
  projectId,
  insights,
  onDone,
}: {
  projectId: string;
  insights: readonly InsightSummary[];
  onDone: (message: string) => void;
}) {
  const t = useT();
  const id = useId();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(t('round.heading'));
  const [budget, setBudget] = useState('3');
  const [scope, setScope] = useState<string>(ALL);
  const [allowStacking, setAllowStacking] = useState(false);
  const [hideAuthors, setHideAuthors] = useState(false);
  const open = useMutation({
    mutationFn: () =>
      openVotingRound(projectId, {
        title: title.trim(),
        budget: Number(budget),
        insightId: scope === ALL ? null : scope,
        allowStacking,
        hideAuthors,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ideasKey(projectId) }),
  });
  const options = [
    { id: ALL, label: t('round.open.allIdeas') },
    ...insights.map((insight) => ({ id: insight.id, label: insight.hmw || insight.statement })),
  ];

  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        const dots = Number(budget);
        const errors: Record<string, string> = {};
        if (!title.trim()) errors.title = t('validation.required');
        if (!/^\d+$/.test(budget.trim()) || dots < 1 || dots > VOTE_BUDGET_MAX) {
          errors.budget = t('round.open.budgetInvalid');
        }
        if (!form.check(errors)) return;
        open.mutate(undefined, {
          onSuccess: () => onDone(t('round.open.done')),
          onError: (failure) => form.fail(failure),
        });
      }}
    >
      <h2 id={`${id}-heading`}>{t('round.open.title')}</h2>
      <FormProblem error={form.problem} />
      <TextField
        name="title"
        label={t('round.open.name')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={200}
        isRequired
      />
      <Select
        name="insightId"
        label={t('round.open.scope')}
        options={options}
        value={scope}
        onChange={setScope}
      />
      <TextField
        name="budget"
        label={t('round.open.budget')}
        description={t('round.open.budgetHint')}
        value={budget}
        onChange={setBudget}
        errorMessage={form.errors.budget}
        inputMode="numeric"
        isRequired
      />
      <Checkbox isSelected={allowStacking} onChange={setAllowStacking}>
        {t('round.open.stacking')}
      </Checkbox>
      <Checkbox isSelected={hideAuthors} onChange={setHideAuthors}>
        {t('round.open.hideAuthors')}
      </Checkbox>
      <div className="form__actions">
        <Button type="submit" isPending={open.isPending}>
          {t('round.open.submit')}
        </Button>
      </div>
    </Form>
  );
}
