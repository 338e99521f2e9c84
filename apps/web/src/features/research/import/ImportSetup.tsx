import {
  importColumnRoles,
  participantKinds,
  type ImportPreview,
  type ImportStatus,
} from '@timantti/contracts';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { commitImport, discardImport } from '../../../api/imports.ts';
import { isApiError } from '../../../api/client.ts';
import { todayIso } from '../../../i18n/format.ts';
import { importRoleKey, participantKindKey } from '../../../i18n/keys.ts';
import { useT } from '../../../i18n/LocaleProvider.tsx';
import { Button } from '../../../ui/Button.tsx';
import { FormProblem } from '../../../ui/FormProblem.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useFormErrors } from '../../../ui/useFormErrors.ts';
import { ConsentFields } from '../participants/ConsentFields.tsx';
import {
  consentInput,
  consentProblems,
  newConsent,
  type ConsentValues,
} from '../participants/consent-values.ts';
import { translateProblems } from '../translate-problems.ts';
import { useResearchMutation } from '../useResearchProject.ts';
import { guessColumnRoles, titleFromFileName, type ColumnRole } from './column-roles.ts';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import { TextLanguageSelect, type TextLanguage } from '../TextLanguageSelect.tsx';

type Kind = (typeof participantKinds)[number];

/** Step 2: check the preview, give each column its role, describe the survey and its consent. */
export function ImportSetup({
  projectId,
  preview,
  fileName,
  onImported,
  onDiscarded,
  onExpired,
}: {
  projectId: string;
  preview: ImportPreview;
  fileName: string;
  onImported: (status: ImportStatus) => void;
  onDiscarded: () => void;
  onExpired: (problem: unknown) => void;
}) {
  const t = useT();
  const id = useId();
  const form = useFormErrors();
  const [roles, setRoles] = useState<ColumnRole[]>(() => guessColumnRoles(preview));
  const [title, setTitle] = useState(() => titleFromFileName(fileName));
  const [heldOn, setHeldOn] = useState(todayIso);
  const [kind, setKind] = useState<Kind>('customer');
  const [language, setLanguage] = useState<TextLanguage>('fi');
  // Survey answers come with consent given in the form itself.
  const [consent, setConsent] = useState<ConsentValues>(() => ({
    ...newConsent(todayIso()),
    method: 'electronic',
  }));
  const commit = useResearchMutation(projectId, () =>
    commitImport(projectId, preview.id, {
      columns: roles,
      session: { title: title.trim(), heldOn },
      participantKind: kind,
      language,
      consent: consentInput(consent),
    }),
  );
  const discard = useResearchMutation(projectId, () => discardImport(projectId, preview.id));

  return (
    <Form
      id={form.formId}
      className="form"
      validationBehavior="aria"
      aria-labelledby="import-step-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const problems = translateProblems(consentProblems(consent), t);
        if (!title.trim()) problems.sessionTitle = t('validation.required');
        if (!heldOn) problems.heldOn = t('validation.required');
        if (!roles.includes('evidence')) problems.columns = t('import.setup.needEvidence');
        if (!form.check(problems)) return;
        commit.mutate(undefined, {
          onSuccess: onImported,
          onError: (error) => {
            if (isApiError(error) && error.code === 'import_expired') onExpired(error);
            else form.fail(error);
          },
        });
      }}
    >
      <h2 id="import-step-heading" tabIndex={-1}>
        {t('import.setup.title')}
      </h2>
      <FormProblem error={form.problem ?? discard.error} />
      <ImportPreviewTable preview={preview} fileName={fileName} />

      <fieldset className="fieldset" aria-describedby={`${id}-roles-hint`}>
        <legend className="fieldset__legend">{t('import.setup.columns')}</legend>
        <p id={`${id}-roles-hint`} className="field__description">
          {t('import.setup.columnsHint')}
        </p>
        {form.errors.columns ? (
          <p className="field__error" role="alert">
            {form.errors.columns}
          </p>
        ) : null}
        <div className="column-roles">
          {preview.header.map((name, index) => (
            <Select
              key={index}
              name={`column-${index}`}
              label={t('import.setup.columnRole', {
                position: index + 1,
                name: name || t('import.preview.unnamed', { position: index + 1 }),
              })}
              options={importColumnRoles.map((role) => ({
                id: role,
                label: t(importRoleKey(role)),
              }))}
              value={roles[index] ?? 'ignore'}
              onChange={(role) =>
                setRoles((current) => current.map((old, at) => (at === index ? role : old)))
              }
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('import.setup.session')}</legend>
        <div className="field-row">
          <TextField
            name="sessionTitle"
            label={t('import.setup.sessionTitle')}
            value={title}
            onChange={setTitle}
            errorMessage={form.errors.sessionTitle ?? form.errors.session}
            maxLength={200}
            isRequired
          />
          <TextField
            name="heldOn"
            type="date"
            label={t('import.setup.heldOn')}
            value={heldOn}
            onChange={setHeldOn}
            errorMessage={form.errors.heldOn}
            isRequired
          />
        </div>
        <div className="field-row">
          <Select
            name="participantKind"
            label={t('import.setup.participantKind')}
            options={participantKinds.map((value) => ({
              id: value,
              label: t(participantKindKey(value)),
            }))}
            value={kind}
            onChange={setKind}
            errorMessage={form.errors.participantKind}
          />
          <TextLanguageSelect
            label={t('import.setup.language')}
            value={language}
            onChange={setLanguage}
            errorMessage={form.errors.language}
          />
        </div>
      </fieldset>

      <ConsentFields
        legend={t('import.setup.consent')}
        value={consent}
        onChange={setConsent}
        errors={form.errors}
      />

      <div className="form__actions">
        <Button type="submit" isPending={commit.isPending}>
          {t('import.setup.submit')}
        </Button>
        <Button
          variant="secondary"
          isPending={discard.isPending}
          onPress={() => discard.mutate(undefined, { onSuccess: onDiscarded })}
        >
          {t('import.setup.discard')}
        </Button>
      </div>
    </Form>
  );
}
