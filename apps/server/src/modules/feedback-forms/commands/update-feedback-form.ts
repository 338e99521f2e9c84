import type { FeedbackFormInput } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { editForm } from '../feedback-forms.repo.ts';
import { formValues } from '../feedback-form-values.ts';

/** Changes a form's languages, texts, questions or opening times, made on `version`. */
export async function updateFeedbackForm(
  db: Db,
  input: { projectId: string; formId: string; version: number; values: FeedbackFormInput },
) {
  await db.transaction((tx) =>
    editForm(tx, input.projectId, input.formId, input.version, formValues(input.values)),
  );
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
