import type { Hocuspocus } from '@hocuspocus/server';
import type { Database } from '../db/client.ts';
import type { DomainEvents } from '../events/domain-events.ts';
import { documentTypes, type DocumentType } from './document-types.ts';

/**
 * After an erasure committed (its transaction already changed the stored states), the documents
 * open on this instance follow, through a direct connection: everyone on a board sees the card
 * emptied, everyone on a journey map sees the citation withdrawn, and the document is stored
 * again. The event reaches every instance (events/relay.ts), so each changes what it holds,
 * even what it has not stored yet; with Redis the change also reaches the clients of a copy
 * open elsewhere. Whatever slips past (a client offline meanwhile) is caught by the next store,
 * which checks for withdrawn evidence each time.
 */
export function erasure(options: {
  hocuspocus: Hocuspocus;
  database: Database;
  events: DomainEvents;
}) {
  const { hocuspocus } = options;
  return options.events.on(async (event) => {
    if (event.type !== 'evidence.withdrawn' || event.evidenceIds.length === 0) return;
    // Every instance hears of every erasure: one with nothing open asks the database nothing.
    if (hocuspocus.documents.size === 0 && hocuspocus.loadingDocuments.size === 0) return;
    const evidenceIds = new Set(event.evidenceIds);
    const open = async (type: DocumentType) =>
      (await type.listIds(options.database.db, event.projectId))
        .map((id) => ({ type, name: type.documentName(id) }))
        .filter(
          ({ name }) => hocuspocus.documents.has(name) || hocuspocus.loadingDocuments.has(name),
        );
    const documents = (await Promise.all(documentTypes.map(open))).flat();
    await Promise.all(
      documents.map(async ({ type, name }) => {
        const connection = await hocuspocus.openDirectConnection(name);
        try {
          await connection.transact((document) => type.withdrawEvidence(document, evidenceIds));
        } finally {
          await connection.disconnect();
        }
      }),
    );
  });
}
