import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Insight } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { insightQuery, insightsKey, updateInsight } from '../../api/insights.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { EditConflictDialog } from '../../ui/EditConflictDialog.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { useEditConflict } from '../../ui/useEditConflict.ts';
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
  // The version the form was opened on, or the one "keep mine" saves on.
  const [version, setVersion] = useState(insight.version);
  const conflicts = useEditConflict<typeof Insight, { statement: string; hmw: string }>(Insight);
  const keep = (saved: Insight) => {
    queryClient.setQueryData(insightQuery(insight.projectId, insight.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: insightsKey(insight.projectId) });
  };
  const save = useMutation({
    mutationFn: (onVersion: number) =>
      updateInsight(insight.projectId, insight.id, {
        ...(questionOnly ? {} : { statement: statement.trim() }),
        hmw: hmw.trim(),
        version: onVersion,
      }),
    onSuccess: (saved) => {
      keep(saved);
      onDone(questionOnly ? t('insight.question.saved') : t('insight.edit.saved'));
    },
    onError: (error) => {
      const mine = { statement: statement.trim(), hmw: hmw.trim() };
      if (!conflicts.catchConflict(error, mine)) form.fail(error);
    },
  });
  const conflict = conflicts.conflict;

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
        save.mutate(version);
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
      <EditConflictDialog
        isOpen={conflict !== null}
        fields={
          conflict
            ? [
                ...(questionOnly
                  ? []
                  : [
                      {
                        id: 'statement',
                        label: t('insight.statement'),
                        mine: conflict.mine.statement,
                        theirs: conflict.current.statement,
                      },
                    ]),
                {
                  id: 'hmw',
                  label: t('insight.hmw'),
                  mine: conflict.mine.hmw,
                  theirs: conflict.current.hmw,
                },
              ]
            : []
        }
        onTakeTheirs={() => {
          if (conflict) keep(conflict.current);
          conflicts.clear();
          onDone(t('conflict.reloaded'));
        }}
        onKeepMine={() => {
          if (!conflict) return;
          conflicts.clear();
          setVersion(conflict.current.version);
          save.mutate(conflict.current.version);
        }}
        onDismiss={conflicts.clear}
      />
    </Form>
  );
}
