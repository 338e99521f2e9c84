import type { FeedbackQuestion } from '@timantti/contracts';
import type { LocaleCode } from '@timantti/i18n';
import type { Db } from '../../../db/client.ts';
import { insertEvidence } from '../../research/evidence/evidence.repo.ts';
import {
  insertConsents,
  insertParticipants,
} from '../../research/participants/participants.repo.ts';
import { searchVector } from '../../research/search-vector.ts';
import { insertSessionParticipants } from '../../research/sessions/sessions.repo.ts';
import type { Answer } from '../answers.ts';
import {
  insertResponseOnce,
  nextRespondentNumber,
  setResponseAnswers,
  type FeedbackFormRow,
} from '../feedback-forms.repo.ts';

/**
 * Stores one response per token nonce. A respondent who consented becomes a pseudonymous
 * participant (kind customer, segment from the segment question) of the form's session and
 * each open answer an evidence item (quote) of theirs; without consent only the ratings and
 * choices are kept, as anonymous counts, and the open text is dropped here, never stored.
 * Returns false when the nonce was already used: the resent page changes nothing.
 */
export async function submitFeedbackResponse(
  db: Db,
  input: {
    form: FeedbackFormRow;
    nonce: string;
    language: LocaleCode;
    answers: Record<string, Answer>;
    openTexts: Record<string, string>;
  },
): Promise<boolean> {
  const { form, language } = input;
  const questions = form.questions as FeedbackQuestion[];
  const consentQuestion = questions.find((q) => q.kind === 'consent');
  const consent = consentQuestion !== undefined && input.answers[consentQuestion.id] === true;
  const segmentQuestion = questions.find((q) => q.kind === 'segment');
  const segmentOption =
    segmentQuestion?.kind === 'segment'
      ? segmentQuestion.options.find((o) => o.id === input.answers[segmentQuestion.id])
      : undefined;
  // One language for the segment, whichever the respondent read, so filters group them.
  const firstLanguage = (form.languages[0] ?? 'fi') as LocaleCode;
  const segment = segmentOption?.label[firstLanguage] ?? '';

  return db.transaction(async (tx) => {
    const responseId = await insertResponseOnce(tx, {
      formId: form.id,
      nonce: input.nonce,
      language,
      segment,
      consent,
      answers: input.answers,
    });
    if (!responseId) return false;
    if (!consent) return true;
    const openAnswers = Object.entries(input.openTexts).filter(([, t]) => t !== '');
    const n = await nextRespondentNumber(tx, form.id);
    const [participant] = await insertParticipants(tx, [
      {
        projectId: form.projectId,
        code: `${form.respondentPrefix}-${String(n).padStart(3, '0')}`,
        kind: 'customer',
        segment,
        createdBy: null,
      },
    ]);
    if (!participant) throw new Error('participant insert returned nothing');
    const today = new Date().toISOString().slice(0, 10);
    await insertConsents(tx, [
      {
        participantId: participant.id,
        purpose: form.title[firstLanguage] ?? form.respondentPrefix,
        givenOn: today,
        method: 'electronic',
        recordedBy: null,
      },
    ]);
    await insertSessionParticipants(tx, form.sessionId, [participant.id]);
    const answers: Record<string, unknown> = { ...input.answers };
    for (const [questionId, text] of openAnswers) {
      const evidenceId = await insertEvidence(tx, {
        projectId: form.projectId,
        kind: 'quote',
        text,
        sessionId: form.sessionId,
        participantId: participant.id,
        language,
        search: searchVector(language, text),
        createdBy: null,
      });
      answers[questionId] = { evidenceId };
    }
    await setResponseAnswers(tx, responseId, participant.id, answers);
    return true;
  });
}
