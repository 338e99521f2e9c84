import type { Hocuspocus } from '@hocuspocus/server';
import { boardDocumentName, withdrawEvidenceCards } from '@timantti/contracts';
import type { Database } from '../db/client.ts';
import type { DomainEvents } from '../events/domain-events.ts';
import { listBoardIds } from '../modules/synthesis/boards.repo.ts';

/**
 * After an erasure committed (its transaction already emptied the stored board states), open
 * boards lose the withdrawn text too, through a direct connection: everyone on the board sees
 * the card emptied, and the document is stored again at once.
 *
 * Alone, only the boards open on this instance need it. With other instances (`shared`, Redis),
 * every board of the project is opened: loading one syncs it with the instances that have it
 * open, in both directions, so their cards — even ones not stored yet — are emptied here and the
 * deletions reach their clients. Whatever slips past (a client offline meanwhile) is emptied by
 * the next store, which never keeps withdrawn text.
 */
export function erasure(options: {
  hocuspocus: Hocuspocus;
  database: Database;
  events: DomainEvents;
  shared: boolean;
}) {
  const { hocuspocus } = options;
  return options.events.on(async (event) => {
    if (event.type !== 'evidence.withdrawn' || event.evidenceIds.length === 0) return;
    const evidenceIds = new Set(event.evidenceIds);
    const names = (await listBoardIds(options.database.db, event.projectId))
      .map(boardDocumentName)
      .filter(
        (name) =>
          options.shared || hocuspocus.documents.has(name) || hocuspocus.loadingDocuments.has(name),
      );
    await Promise.all(
      names.map(async (name) => {
        const connection = await hocuspocus.openDirectConnection(name);
        try {
          await connection.transact((document) => withdrawEvidenceCards(document, evidenceIds));
        } finally {
          await connection.disconnect();
        }
      }),
    );
  });
}
