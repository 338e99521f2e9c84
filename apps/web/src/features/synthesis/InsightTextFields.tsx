import { useT } from '../../i18n/LocaleProvider.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { FieldErrors } from '../../ui/useFormErrors.ts';

/** The words of an insight: its statement and its optional "How might we…" question. */
export function InsightTextFields({
  statement,
  onStatementChange,
  hmw,
  onHmwChange,
  errors,
}: {
  statement: string;
  onStatementChange: (value: string) => void;
  hmw: string;
  onHmwChange: (value: string) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="statement"
        label={t('insight.statement')}
        description={t('insight.statementHint')}
        value={statement}
        onChange={onStatementChange}
        errorMessage={errors.statement}
        maxLength={1000}
        multiline
        rows={3}
        isRequired
      />
      <InsightQuestionField hmw={hmw} onHmwChange={onHmwChange} errors={errors} />
    </>
  );
}

/** The optional "How might we…" question of an insight. */
export function InsightQuestionField({
  hmw,
  onHmwChange,
  errors,
}: {
  hmw: string;
  onHmwChange: (value: string) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <TextField
      name="hmw"
      label={t('insight.hmw')}
      description={t('insight.hmwHint')}
      value={hmw}
      onChange={onHmwChange}
      errorMessage={errors.hmw}
      maxLength={500}
      multiline
      rows={2}
    />
  );
}
