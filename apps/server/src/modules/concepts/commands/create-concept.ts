import { CONCEPT_SCHEMA_VERSION, initConcept } from '@timantti/contracts';
import * as Y from 'yjs';
import { storeDocument } from '../../../collab/stored-document.ts';
import type { Db } from '../../../db/client.ts';
import type { TextLanguage } from '../../research/search-vector.ts';
import { conceptStorage } from '../concept-storage.ts';
import { insertConcept } from '../concepts.repo.ts';

/**
 * A new concept: its draft document is laid out on the server with the name and summary it
 * starts from, then stored with its derived rows.
 */
export async function createConcept(
  db: Db,
  input: {
    actorUserId: string;
    projectId: string;
    name: string;
    summary: string;
    language: TextLanguage;
  },
): Promise<string> {
  const doc = new Y.Doc();
  try {
    initConcept(doc, { name: input.name, summary: input.summary });
    return await db.transaction(async (tx) => {
      const conceptId = await insertConcept(tx, {
        projectId: input.projectId,
        name: input.name,
        language: input.language,
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        schemaVersion: CONCEPT_SCHEMA_VERSION,
        createdBy: input.actorUserId,
      });
      await storeDocument(conceptStorage, tx, { id: conceptId, document: doc, mergeOrigin: null });
      return conceptId;
    });
  } finally {
    doc.destroy();
  }
}
