import { migrateConcept, readConcept } from '@timantti/contracts';
import * as Y from 'yjs';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { insertConceptVersion, insightsOfProject, lockConceptState } from '../concepts.repo.ts';

/**
 * Freezes the draft as it is stored into the next version (the caller has the live document
 * stored first), with why it changed and the findings behind that, and copies its links as
 * they are; the draft goes on as the number after it. Under the concept's row lock, so two
 * freezes number one after the other and a store waits. A finding that is not an insight of
 * the project is a 404, as an unseen row is.
 */
export async function freezeConcept(
  db: Db,
  input: {
    actorUserId: string;
    projectId: string;
    conceptId: string;
    reason: string;
    findingIds: readonly string[];
  },
): Promise<number> {
  const known = await insightsOfProject(db, input.projectId, input.findingIds);
  if (known.size !== input.findingIds.length) throw notFound();
  return db.transaction(async (tx) => {
    const row = await lockConceptState(tx, input.conceptId);
    if (!row || row.projectId !== input.projectId) throw notFound();
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, row.state);
      migrateConcept(doc);
      await insertConceptVersion(tx, {
        conceptId: row.id,
        number: row.draftNumber,
        snapshot: readConcept(doc),
        reason: input.reason,
        findingIds: input.findingIds,
        frozenBy: input.actorUserId,
      });
      return row.draftNumber;
    } finally {
      doc.destroy();
    }
  });
}
