import type { Hocuspocus } from '@hocuspocus/server';
import type { Database } from '../db/client.ts';
import type { DomainEvents } from '../events/domain-events.ts';
import { documentTypes, type DocumentType } from './document-types.ts';

/**
 * After an erasure committed (its transaction already changed the stored states), open
 * documents follow, through a direct connection: everyone on a board sees the card emptied,
 * everyone on a journey map sees the citation withdrawn, and the document is stored again.
 *
 * Alone, only the boards open on this instance need it. With other instances (`shared`, Redis),
 * every document of the project is opened: loading one syncs it with the instances that have it
 * open, in both directions, so their content — even that not stored yet — is changed here and
 * the change reaches their clients. Whatever slips past (a client offline meanwhile) is caught by
 * the next store, which checks for withdrawn evidence each time.
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
    const open = async (type: DocumentType) =>
      (await type.listIds(options.database.db, event.projectId))
        .map((id) => ({ type, name: type.documentName(id) }))
        .filter(
          ({ name }) =>
            options.shared ||
            hocuspocus.documents.has(name) ||
            hocuspocus.loadingDocuments.has(name),
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
