import { useMutation } from '@tanstack/react-query';
import type { ImportPreview } from '@timantti/contracts';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { previewImport } from '../../../api/imports.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { cx } from '../../../ui/classes.ts';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';

// A file the server cannot read is named in the problem's title (its line and what is wrong);
// the file field carries the same message so that it is read out with the field.
const fileProblems = {
  csv_field_count: 'file',
  csv_unterminated_quote: 'file',
  csv_stray_quote: 'file',
  csv_empty: 'file',
  csv_too_large: 'file',
  csv_encoding: 'file',
  csv_nul_character: 'file',
  csv_value_too_long: 'file',
  payload_too_large: 'file',
  unsupported_media_type: 'file',
} as const;

/** Step 1: choose the CSV file exported from a survey tool and upload it for a preview. */
export function ImportUpload({
  projectId,
  initialProblem,
  onPreview,
}: {
  projectId: string;
  /** Why the previous attempt ended (e.g. the upload expired before it was imported). */
  initialProblem: unknown;
  onPreview: (preview: ImportPreview, fileName: string) => void;
}) {
  const t = useT();
  const id = useId();
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({ mutationFn: (chosen: File) => previewImport(projectId, chosen) });
  const error = form.errors.file;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <Form
      id={form.formId}
      className="form card"
      validationBehavior="aria"
      aria-labelledby="import-step-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check(file ? {} : { file: t('import.upload.chooseFirst') }) || !file) return;
        upload.mutate(file, {
          onSuccess: (preview) => onPreview(preview, file.name),
          onError: (failure) => form.fail(failure, fileProblems),
        });
      }}
    >
      <h2 id="import-step-heading" tabIndex={-1}>
        {t('import.upload.title')}
      </h2>
      <FormProblem error={form.problem ?? initialProblem} />
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {t('import.upload.file')} <span className="field__required">({t('form.required')})</span>
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required="true"
          className={cx('field__input file-input', error && 'file-input--invalid')}
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        />
        <p id={`${id}-hint`} className="field__description">
          {t('import.upload.hint')}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="form__actions">
        <Button type="submit" isPending={upload.isPending}>
          {t('import.upload.submit')}
        </Button>
      </div>
    </Form>
  );
}
