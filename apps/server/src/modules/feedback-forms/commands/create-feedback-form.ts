import type { FeedbackFormInput } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { insertSession } from '../../research/sessions/sessions.repo.ts';
import { insertForm, newFormCode, nextRespondentPrefix } from '../feedback-forms.repo.ts';
import { formValues } from '../feedback-form-values.ts';

/**
 * Creates a draft form with its own prototype_test research session, which its consenting
 * respondents join and its open answers become evidence of.
 */
export async function createFeedbackForm(
  db: Db,
  input: { actorUserId: string; projectId: string; values: FeedbackFormInput },
): Promise<string> {
  const { projectId, values } = input;
  return db.transaction(async (tx) => {
    const respondentPrefix = await nextRespondentPrefix(tx, projectId);
    const firstLanguage = values.languages[0] ?? 'fi';
    const sessionId = await insertSession(tx, {
      projectId,
      kind: 'prototype_test',
      title: values.title[firstLanguage] ?? respondentPrefix,
      heldOn: (values.opensAt ?? new Date().toISOString()).slice(0, 10),
      createdBy: input.actorUserId,
    });
    return insertForm(tx, {
      projectId,
      code: newFormCode(),
      ...formValues(values),
      sessionId,
      respondentPrefix,
      createdBy: input.actorUserId,
    });
  });
}
