import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { SKETCH_MAX_BYTES } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { readHead, type UploadStore } from '../../../platform/storage.ts';
import { lockIdeaSketch, setIdeaSketch } from '../ideas.repo.ts';
import { SKETCH_HEAD_BYTES, sniffSketchType } from '../sketch-type.ts';

/**
 * Keeps an uploaded sketch image as the idea's, replacing any earlier one. The file is written
 * under a fresh id before the row names it, and the one it replaces is removed only after the
 * row has moved on, so a failure at any step leaves the idea with a whole sketch file.
 */
export async function setSketch(
  db: Db,
  sketches: UploadStore,
  input: { projectId: string; ideaId: string; body: Readable },
) {
  const id = randomUUID();
  const bytes = await sketches.save(id, input.body, SKETCH_MAX_BYTES);
  let replaced: string | null;
  try {
    const type = sniffSketchType(await readHead(sketches, id, SKETCH_HEAD_BYTES));
    if (!type) throw new AppError('sketch_type_unsupported', { status: 415 });
    replaced = await db.transaction(async (tx) => {
      const idea = await lockIdeaSketch(tx, input.projectId, input.ideaId);
      if (!idea) throw notFound();
      await setIdeaSketch(tx, input.ideaId, { id, type, bytes });
      return idea.sketchId;
    });
  } catch (error) {
    await sketches.remove(id);
    throw error;
  }
  if (replaced) await sketches.remove(replaced);
}

/** Takes the idea's sketch away, row first and then its file. */
export async function removeSketch(
  db: Db,
  sketches: UploadStore,
  input: { projectId: string; ideaId: string },
) {
  const removed = await db.transaction(async (tx) => {
    const idea = await lockIdeaSketch(tx, input.projectId, input.ideaId);
    if (!idea?.sketchId) throw notFound();
    await setIdeaSketch(tx, input.ideaId, null);
    return idea.sketchId;
  });
  await sketches.remove(removed);
}
