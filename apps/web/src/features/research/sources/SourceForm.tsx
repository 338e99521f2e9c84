import { sourceKinds, type Source, type SourceInput } from '@timantti/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { sourceKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { useFormErrors } from '../../../ui/useFormErrors.ts';
import { sourceProblems } from './source-values.ts';
import { translateProblems } from '../translate-problems.ts';
import { FormActions } from '../../../ui/FormActions.tsx';
import { TextLanguageSelect, type TextLanguage } from '../TextLanguageSelect.tsx';

type Kind = (typeof sourceKinds)[number];

/** A desk-research source: research, report, statistic, future trend, best practice. */
export function SourceForm({
  initial,
  form,
  submitLabel,
  isPending,
  onSubmit,
  onCancel,
}: {
  initial?: Source;
  form: ReturnType<typeof useFormErrors>;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (input: z.input<typeof SourceInput>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'research');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [author, setAuthor] = useState(initial?.author ?? '');
  const [year, setYear] = useState(initial?.year ? String(initial.year) : '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [citation, setCitation] = useState(initial?.citation ?? '');
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [language, setLanguage] = useState<TextLanguage>(initial?.language ?? 'fi');

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        const values = { title, year, url };
        if (!form.check(translateProblems(sourceProblems(values), t))) return;
        onSubmit({
          kind,
          title: title.trim(),
          author: author.trim(),
          year: year.trim() ? Number(year.trim()) : null,
          url: url.trim(),
          citation: citation.trim(),
          summary: summary.trim(),
          language,
        });
      }}
    >
      <FormProblem error={form.problem} />
      <div className="field-row">
        <Select
          name="kind"
          label={t('source.kind')}
          options={sourceKinds.map((id) => ({ id, label: t(sourceKindKey(id)) }))}
          value={kind}
          onChange={setKind}
          errorMessage={form.errors.kind}
        />
        <TextLanguageSelect
          label={t('source.language')}
          value={language}
          onChange={setLanguage}
          errorMessage={form.errors.language}
        />
      </div>
      <TextField
        name="title"
        label={t('source.titleField')}
        value={title}
        onChange={setTitle}
        errorMessage={form.errors.title}
        maxLength={300}
        isRequired
      />
      <div className="field-row">
        <TextField
          name="author"
          label={t('source.author')}
          value={author}
          onChange={setAuthor}
          errorMessage={form.errors.author}
          maxLength={300}
        />
        <TextField
          name="year"
          label={t('source.year')}
          inputMode="numeric"
          value={year}
          onChange={setYear}
          errorMessage={form.errors.year}
          maxLength={4}
        />
      </div>
      <TextField
        name="url"
        type="url"
        label={t('source.url')}
        description={t('source.urlHint')}
        value={url}
        onChange={setUrl}
        errorMessage={form.errors.url}
        maxLength={2000}
      />
      <TextField
        name="citation"
        label={t('source.citation')}
        description={t('source.citationHint')}
        value={citation}
        onChange={setCitation}
        errorMessage={form.errors.citation}
        maxLength={2000}
        multiline
        rows={2}
      />
      <TextField
        name="summary"
        label={t('source.summary')}
        description={t('source.summaryHint')}
        value={summary}
        onChange={setSummary}
        errorMessage={form.errors.summary}
        maxLength={10_000}
        multiline
        rows={5}
      />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </Form>
  );
}
