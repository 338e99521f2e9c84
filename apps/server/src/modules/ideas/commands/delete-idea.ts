import type { Queryable } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import type { UploadStore } from '../../../platform/storage.ts';
import { deleteIdea as deleteIdeaRow } from '../ideas.repo.ts';

/** Deletes an idea with its votes, and then its sketch's file. */
export async function deleteIdea(
  db: Queryable,
  sketches: UploadStore,
  input: { projectId: string; ideaId: string },
) {
  const deleted = await deleteIdeaRow(db, input.projectId, input.ideaId);
  if (!deleted) throw notFound();
  if (deleted.sketchId) await sketches.remove(deleted.sketchId);
}
