import { addEvidenceCards } from '@timantti/contracts';
import * as Y from 'yjs';
import { storeLiveDocument } from '../../../collab/stored-document.ts';
import type { Db } from '../../../db/client.ts';
import { boardStorage } from '../../synthesis/board-storage.ts';
import { createBoard } from '../../synthesis/commands/create-board.ts';
import { readOpenAnswerEvidence, type FeedbackFormRow } from '../feedback-forms.repo.ts';

/**
 * Puts the form's open answers that still stand on a new affinity board in one step, one
 * evidence card each, where the board's theme suggestion can run on them.
 */
export async function placeOpenAnswersOnBoard(
  db: Db,
  input: { actorUserId: string; form: FeedbackFormRow; title: string },
): Promise<string> {
  const { form } = input;
  const answers = await readOpenAnswerEvidence(db, form.sessionId);
  const boardId = await createBoard(db, {
    actorUserId: input.actorUserId,
    projectId: form.projectId,
    title: input.title,
  });
  const board = new Y.Doc();
  addEvidenceCards(board, {
    items: answers.map((a) => ({ evidenceId: a.id, text: a.text, language: a.language })),
    createdBy: input.actorUserId,
  });
  await storeLiveDocument(boardStorage, db, { id: boardId, document: board, mergeOrigin: null });
  board.destroy();
  return boardId;
}
