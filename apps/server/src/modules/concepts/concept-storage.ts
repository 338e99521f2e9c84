import { conceptSchemaVersionOf, migrateConcept, readConcept } from '@timantti/contracts';
import * as Y from 'yjs';
import type { DocumentStorage } from '../../collab/stored-document.ts';
import {
  findConceptState,
  lockConceptState,
  lockProjectConceptStates,
  writeConceptState,
} from './concepts.repo.ts';

type StoredConcept = NonNullable<Awaited<ReturnType<typeof findConceptState>>>;

/**
 * A concept's draft holds only the team's words: what it answers (insights, journeys,
 * personas) are rows beside it, not document content, so it neither shows nor cites evidence
 * and an erasure has nothing to withdraw from it.
 */
export const conceptStorage: DocumentStorage<StoredConcept> = {
  find: findConceptState,
  lock: lockConceptState,
  lockProject: lockProjectConceptStates,
  migrate: (document, _row, origin) => migrateConcept(document, origin),
  write: (tx, row, document) =>
    writeConceptState(tx, {
      conceptId: row.id,
      language: row.language,
      state: Y.encodeStateAsUpdate(document),
      schemaVersion: conceptSchemaVersionOf(document),
      snapshot: readConcept(document),
    }),
  evidenceHeld: () => [],
  withdrawEvidence: () => 0,
};
