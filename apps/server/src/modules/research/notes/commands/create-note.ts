import { plainTextOf, type RichTextDoc, type TextLanguage } from '@timantti/contracts';
import type { Queryable } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { searchVector } from '../../search-vector.ts';
import { sessionExists } from '../../sessions/sessions.repo.ts';
import { assertParticipantInProject, insertNote } from '../notes.repo.ts';

/** Writes a note of a session of the project, about one of its participants or none. */
export async function createNote(
  db: Queryable,
  input: {
    actorUserId: string;
    projectId: string;
    sessionId: string;
    values: {
      title: string;
      content: RichTextDoc;
      language: TextLanguage;
      participantId: string | null;
    };
  },
) {
  const { projectId, sessionId } = input;
  if (!(await sessionExists(db, projectId, sessionId))) throw notFound();
  const { title, content, language, participantId } = input.values;
  await assertParticipantInProject(db, projectId, participantId);
  const body = plainTextOf(content);
  return insertNote(db, {
    projectId,
    sessionId,
    title,
    content,
    body,
    language,
    participantId,
    search: searchVector(language, title, body),
    createdBy: input.actorUserId,
  });
}
