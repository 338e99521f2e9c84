import { CONCEPT_SCHEMA_VERSION, initConcept } from '@timantti/contracts';
import * as Y from 'yjs';
import { storeDocument } from '../../../collab/stored-document.ts';
import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findIdea } from '../../ideas/ideas.repo.ts';
import type { TextLanguage } from '../../research/search-vector.ts';
import { conceptStorage } from '../concept-storage.ts';
import { insertConcept, insertConceptLink } from '../concepts.repo.ts';

/**
 * A new concept: its draft document is laid out on the server with the name and summary it
 * starts from, then stored with its derived rows. Developed from a picked idea, it keeps the
 * idea and answers the idea's insight from the start.
 */
export async function createConcept(
  db: Db,
  input: {
    actorUserId: string;
    projectId: string;
    name: string;
    summary: string;
    language: TextLanguage;
    ideaId?: string | undefined;
  },
): Promise<string> {
  const doc = new Y.Doc();
  try {
    initConcept(doc, { name: input.name, summary: input.summary });
    return await db.transaction(async (tx) => {
      const idea = input.ideaId ? await findIdea(tx, input.projectId, input.ideaId) : null;
      if (input.ideaId && !idea) throw notFound();
      if (idea && idea.status !== 'picked') throw new AppError('idea_not_picked', { status: 409 });
      const conceptId = await insertConcept(tx, {
        projectId: input.projectId,
        name: input.name,
        language: input.language,
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        schemaVersion: CONCEPT_SCHEMA_VERSION,
        createdBy: input.actorUserId,
        ideaId: idea?.id ?? null,
      });
      if (idea?.insightId) {
        await insertConceptLink(tx, {
          conceptId,
          kind: 'insight',
          targetId: idea.insightId,
          createdBy: input.actorUserId,
        });
      }
      await storeDocument(conceptStorage, tx, { id: conceptId, document: doc, mergeOrigin: null });
      return conceptId;
    });
  } finally {
    doc.destroy();
  }
}
