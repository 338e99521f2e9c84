import { type CreateEvidenceInput } from '@timantti/contracts';
import { translate, type LocaleCode } from '@timantti/i18n';
import type { z } from 'zod';
import type { Queryable, Tx } from '../../../../db/client.ts';
import { AppError, notFound } from '../../../../platform/errors.ts';
import { insertEvidence, setEvidenceTags, type EvidenceInsert } from '../evidence.repo.ts';
import { findNote } from '../../notes/notes.repo.ts';
import { findParticipant } from '../../participants/participants.repo.ts';
import { searchVector } from '../../search-vector.ts';
import { sessionExists } from '../../sessions/sessions.repo.ts';
import { sourceExists } from '../../sources/sources.repo.ts';

/**
 * Makes an evidence item from a passage of a note (keeping the exact text, its offsets, the
 * session and the participant) or from text written directly. Refused when the participant's
 * consent is not valid: no new evidence may be attached to them.
 */
export async function createEvidence(
  db: Queryable,
  input: {
    actorUserId: string;
    projectId: string;
    locale: LocaleCode;
    values: z.output<typeof CreateEvidenceInput>;
  },
): Promise<string> {
  const { values, projectId } = input;
  return db.transaction(async (tx) => {
    const row =
      'noteId' in values ? await fromPassage(tx, input, values) : await written(tx, input, values);
    if (row.participantId) {
      const participant = await findParticipant(tx, projectId, row.participantId);
      if (!participant) throw notFound();
      if (participant.consentStatus !== 'valid')
        throw new AppError('consent_not_valid', { status: 409 });
    }
    const id = await insertEvidence(tx, row);
    await setEvidenceTags(tx, projectId, id, values.tagIds);
    return id;
  });
}

type Values = z.output<typeof CreateEvidenceInput>;
type Input = { actorUserId: string; projectId: string; locale: LocaleCode };
type Row = EvidenceInsert;

async function fromPassage(
  tx: Tx,
  input: Input,
  values: Extract<Values, { noteId: string }>,
): Promise<Row> {
  // Shared with other passages, exclusive of an edit: an edit re-anchors every passage it sees.
  const note = await findNote(tx, input.projectId, values.noteId, 'share');
  const text = note.body.slice(values.start, values.end);
  // A passage beyond the note is bad input whatever text came with it; inside the note, a
  // passage that reads otherwise than the client saw means the note changed under it.
  const outside = values.end > note.body.length || values.start >= values.end;
  if (!outside && values.text !== undefined && values.text !== text) {
    throw new AppError('note_changed');
  }
  if (outside || text.trim() === '') {
    const message = translate(input.locale, 'validation.invalid_value');
    throw new AppError('validation_failed', { fieldErrors: [{ path: 'end', message }] });
  }
  return {
    projectId: input.projectId,
    kind: values.kind,
    text,
    noteId: note.id,
    noteStart: values.start,
    noteEnd: values.end,
    sessionId: note.sessionId,
    participantId: note.participantId,
    language: note.language,
    search: searchVector(note.language, text),
    createdBy: input.actorUserId,
  };
}

async function written(
  tx: Tx,
  { projectId, actorUserId }: Input,
  values: Exclude<Values, { noteId: string }>,
): Promise<Row> {
  if (values.sessionId && !(await sessionExists(tx, projectId, values.sessionId))) throw notFound();
  if (values.sourceId && !(await sourceExists(tx, projectId, values.sourceId))) throw notFound();
  return {
    projectId,
    kind: values.kind,
    text: values.text,
    sessionId: values.sessionId,
    participantId: values.participantId,
    sourceId: values.sourceId,
    language: values.language,
    search: searchVector(values.language, values.text),
    createdBy: actorUserId,
  };
}
