import {
  journeySchemaVersionOf,
  migrateJourney,
  readJourney,
  withdrawJourneyCitations,
} from '@timantti/contracts';
import * as Y from 'yjs';
import type { DocumentStorage } from '../../collab/stored-document.ts';
import {
  findJourneyState,
  lockJourneyState,
  lockProjectJourneyStates,
  writeJourneyState,
} from './journeys.repo.ts';

type StoredJourney = NonNullable<Awaited<ReturnType<typeof findJourneyState>>>;

/**
 * A journey's cells only cite evidence, never copy it: withdrawing marks the citation, and the
 * map stays whole.
 */
export const journeyStorage: DocumentStorage<StoredJourney> = {
  find: findJourneyState,
  lock: lockJourneyState,
  lockProject: lockProjectJourneyStates,
  migrate: (document, row, origin) => migrateJourney(document, origin, { language: row.language }),
  write: (tx, row, document) =>
    writeJourneyState(tx, {
      journeyId: row.id,
      projectId: row.projectId,
      language: row.language,
      state: Y.encodeStateAsUpdate(document),
      schemaVersion: journeySchemaVersionOf(document),
      snapshot: readJourney(document),
    }),
  evidenceHeld: (document) =>
    Object.values(readJourney(document).cells).flatMap((cell) =>
      cell.citations.flatMap((c) => (c.kind === 'evidence' && !c.withdrawn ? [c.id] : [])),
    ),
  withdrawEvidence: withdrawJourneyCitations,
};
