import type { FeedbackFormInput, FeedbackQuestion } from '@timantti/contracts';
import { translate, type LocaleCode } from '@timantti/i18n';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { countResponses, editForm, lockForm } from '../feedback-forms.repo.ts';
import { formValues } from '../feedback-form-values.ts';
import { answeredFormChanges } from '../feedback-forms.policy.ts';

/**
 * Changes a form's languages, texts, questions or opening times, made on `version`. Once the
 * form has answers, an edit that would change what they mean (feedback-forms.policy.ts) is
 * refused whole with 409 `answered_form_change`, each refused change at its field.
 */
export async function updateFeedbackForm(
  db: Db,
  input: {
    projectId: string;
    formId: string;
    version: number;
    values: FeedbackFormInput;
    locale: LocaleCode;
  },
) {
  const { projectId, formId, version, values } = input;
  await db.transaction(async (tx) => {
    // Under the row lock no other edit lands between this check and the write, and a response
    // being stored (its foreign key holds a key-share lock on this row) is waited for and counted.
    const form = await lockForm(tx, projectId, formId);
    // A stale version or a missing form is for editForm to answer, as every other edit's.
    if (form?.version === version && (await countResponses(tx, [formId])).has(formId)) {
      const refused = answeredFormChanges(form.questions as FeedbackQuestion[], values.questions);
      if (refused.length > 0) {
        throw new AppError('answered_form_change', {
          status: 409,
          fieldErrors: refused.map(({ path, reason }) => ({
            path,
            message: translate(input.locale, `feedbackForms.answered.${reason}`),
          })),
        });
      }
    }
    await editForm(tx, projectId, formId, version, formValues(values));
  });
}

/** Publishes a form: its short link answers from its opening time on. */
export async function publishFeedbackForm(
  db: Db,
  input: { projectId: string; formId: string; version: number },
) {
  await db.transaction((tx) =>
    editForm(tx, input.projectId, input.formId, input.version, { status: 'published' }),
  );
}
