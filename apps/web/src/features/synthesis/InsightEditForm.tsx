import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Insight } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { insightQuery, insightsKey, updateInsight } from '../../api/insights.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { useFormErrors, type FieldErrors } from '../../ui/useFormErrors.ts';
import { InsightQuestionField, InsightTextFields } from './InsightTextFields.tsx';

/**
 * Edits the words of an insight: its statement and its "How might we…" question, or the
 * question only (the customer member may write that, not the statement).
 */
export function InsightEditForm({
  insight,
  questionOnly,
  onDone,
}: {
  insight: Insight;
  questionOnly: boolean;
  /** Called with the message to announce: a save, or '' when cancelled. */
  onDone: (message: string) => void;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [statement, setStatement] = useState(insight.statement);
  const [hmw, setHmw] = useState(insight.hmw);
  const save = useMutation({
    mutationFn: () =>
      updateInsight(insight.projectId, insight.id, {
        ...(questionOnly ? {} : { statement: statement.trim() }),
        hmw: hmw.trim(),
        updatedAt: insight.updatedAt,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(insightQuery(insight.projectId, insight.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: insightsKey(insight.projectId) });
      onDone(questionOnly ? t('insight.question.saved') : t('insight.edit.saved'));
    },
    onError: (error) => form.fail(error),
  });

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      aria-labelledby="edit-insight-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldErrors =
          questionOnly || statement.trim() ? {} : { statement: t('validation.required') };
        if (!form.check(problems)) return;
        save.mutate();
      }}
    >
      <FormProblem error={form.problem} />
      {questionOnly ? (
        <InsightQuestionField hmw={hmw} onHmwChange={setHmw} errors={form.errors} />
      ) : (
        <InsightTextFields
          statement={statement}
          onStatementChange={setStatement}
          hmw={hmw}
          onHmwChange={setHmw}
          errors={form.errors}
        />
      )}
      <FormActions
        submitLabel={t('insight.edit.submit')}
        isPending={save.isPending}
        onCancel={() => onDone('')}
      />
    </Form>
  );
}
