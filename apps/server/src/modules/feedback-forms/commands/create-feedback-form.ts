import type { CreateFeedbackFormInput } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { linkRoundForm } from '../../concept-tests/concept-tests.repo.ts';
import { insertSession } from '../../research/sessions/sessions.repo.ts';
import { insertForm, newFormCode, nextRespondentPrefix } from '../feedback-forms.repo.ts';
import { formValues } from '../feedback-form-values.ts';

/**
 * Creates a draft form with its own prototype_test research session, which its consenting
 * respondents join and its open answers become evidence of; made for a test round, the round
 * counts its respondents.
 */
export async function createFeedbackForm(
  db: Db,
  input: { actorUserId: string; projectId: string; values: CreateFeedbackFormInput },
): Promise<string> {
  const { projectId } = input;
  const { testRoundId, ...values } = input.values;
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
    const formId = await insertForm(tx, {
      projectId,
      code: newFormCode(),
      ...formValues(values),
      sessionId,
      respondentPrefix,
      createdBy: input.actorUserId,
    });
    if (testRoundId) await linkRoundForm(tx, projectId, testRoundId, formId);
    return formId;
  });
}
