import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Insight } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { createInsight, insightsKey } from '../../api/insights.ts';
import { useT } from '../../i18n/LocaleProvider.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormProblem } from '../../ui/FormProblem.tsx';
import { useFormErrors } from '../../ui/useFormErrors.ts';
import { InsightTextFields } from './InsightTextFields.tsx';

/**
 * Writes an insight (a statement and, optionally, a "How might we…" question) resting on the
 * given evidence: from a group on a board, or from evidence chosen on the insights page.
 */
export function InsightForm({
  projectId,
  evidenceIds,
  boardId,
  groupId,
  defaultStatement = '',
  onCreated,
  onCancel,
  'aria-labelledby': labelledBy,
}: {
  projectId: string;
  evidenceIds: readonly string[];
  boardId?: string | undefined;
  groupId?: string | undefined;
  defaultStatement?: string;
  onCreated: (insight: Insight) => void;
  onCancel: () => void;
  /** The heading that names the form, where the page has one. */
  'aria-labelledby'?: string;
}) {
  const t = useT();
  const form = useFormErrors();
  const queryClient = useQueryClient();
  const [statement, setStatement] = useState(defaultStatement);
  const [hmw, setHmw] = useState('');
  const [missingEvidence, setMissingEvidence] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      createInsight(projectId, {
        statement: statement.trim(),
        hmw: hmw.trim(),
        evidenceIds: [...evidenceIds],
        boardId: boardId ?? null,
        groupId: boardId ? (groupId ?? null) : null,
      }),
    onSuccess: (insight) => {
      void queryClient.invalidateQueries({ queryKey: insightsKey(projectId) });
      onCreated(insight);
    },
    onError: (error) => form.fail(error),
  });

  return (
    <Form
      id={form.formId}
      className="form insight-form"
      validationBehavior="aria"
      aria-labelledby={labelledBy}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: Record<string, string> = {};
        if (!statement.trim()) problems.statement = t('validation.required');
        setMissingEvidence(evidenceIds.length === 0);
        if (!form.check(problems) || evidenceIds.length === 0) return;
        create.mutate();
      }}
    >
      <FormProblem error={form.problem} />
      {missingEvidence && evidenceIds.length === 0 ? (
        <Alert tone="error">{t('insight.form.needEvidence')}</Alert>
      ) : null}
      <p className="insight-form__basis">
        {t('insight.form.basedOn', { count: evidenceIds.length })}
      </p>
      <InsightTextFields
        statement={statement}
        onStatementChange={setStatement}
        hmw={hmw}
        onHmwChange={setHmw}
        errors={form.errors}
      />
      <FormActions
        submitLabel={t('insight.form.submit')}
        isPending={create.isPending}
        onCancel={onCancel}
      />
    </Form>
  );
}
