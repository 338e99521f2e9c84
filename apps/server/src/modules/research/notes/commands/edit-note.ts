import { plainTextOf, type RichTextDoc, type TextLanguage } from '@timantti/contracts';
import type { Db } from '../../../../db/client.ts';
import { readAnchoredPassages, setEvidenceAnchor } from '../../evidence/evidence.repo.ts';
import { searchVector } from '../../search-vector.ts';
import { advanceNoteVersion, assertParticipantInProject, updateNoteValues } from '../notes.repo.ts';
import { reanchor } from '../reanchor.ts';

/**
 * Saves an edit of a note made on the version the editor read; a note changed meanwhile is
 * refused (platform/versioned-edit.ts), so nobody's edit is silently lost. Evidence taken from the note keeps
 * pointing at its words where they still are; where they are gone, it keeps its text and its
 * session and participant, and no longer points into the note.
 */
export async function editNote(
  db: Db,
  input: {
    projectId: string;
    noteId: string;
    version: number;
    values: {
      title: string;
      content: RichTextDoc;
      language: TextLanguage;
      participantId: string | null;
    };
  },
) {
  await assertParticipantInProject(db, input.projectId, input.values.participantId);
  return db.transaction(async (tx) => {
    const note = await advanceNoteVersion(tx, input.projectId, input.noteId, input.version);
    const { title, content, language, participantId } = input.values;
    const body = plainTextOf(content);
    if (body !== note.body) {
      const anchored = await readAnchoredPassages(tx, input.noteId);
      const anchors = reanchor(note.body, body, anchored);
      for (const [index, passage] of anchored.entries()) {
        const anchor = anchors[index] ?? null;
        if (anchor?.start === passage.start && anchor.end === passage.end) continue;
        await setEvidenceAnchor(tx, passage.id, anchor);
      }
    }
    return updateNoteValues(tx, input.noteId, {
      title,
      content,
      body,
      language,
      participantId,
      search: searchVector(language, title, body),
    });
  });
}
