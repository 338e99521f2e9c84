import type { Note } from '@timantti/contracts';
import type { NoteRow } from './notes.repo.ts';

export const presentNote = (row: NoteRow): Note => ({
  id: row.id,
  sessionId: row.sessionId,
  participantId: row.participantId,
  title: row.title,
  content: row.content,
  body: row.body,
  language: row.language,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});
