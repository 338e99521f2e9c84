import type { Hocuspocus } from '@hocuspocus/server';
import { boardDocumentName, withdrawEvidenceCards } from '@timantti/contracts';
import type { Database } from '../db/client.ts';
import type { DomainEvents } from '../events/domain-events.ts';
import { listBoardIds } from '../modules/synthesis/boards.repo.ts';

/**
 * After an erasure committed (its transaction already emptied the stored board states), boards
 * open on this instance lose the withdrawn text too: through a direct connection, so everyone
 * on the board sees the card emptied and the document is stored again at once. Another
 * instance's open board takes the deletions from the stored state on its next store.
 */
export function erasure(options: {
  hocuspocus: Hocuspocus;
  database: Database;
  events: DomainEvents;
}) {
  const { hocuspocus } = options;
  return options.events.on(async (event) => {
    if (event.type !== 'evidence.withdrawn' || event.evidenceIds.length === 0) return;
    const evidenceIds = new Set(event.evidenceIds);
    const open = (await listBoardIds(options.database.db, event.projectId))
      .map(boardDocumentName)
      .filter((name) => hocuspocus.documents.has(name) || hocuspocus.loadingDocuments.has(name));
    for (const name of open) {
      const connection = await hocuspocus.openDirectConnection(name);
      try {
        await connection.transact((document) => withdrawEvidenceCards(document, evidenceIds));
      } finally {
        await connection.disconnect();
      }
    }
  });
}
