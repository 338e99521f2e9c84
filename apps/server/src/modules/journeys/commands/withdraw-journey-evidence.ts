import {
  journeySchemaVersionOf,
  migrateJourney,
  readJourney,
  withdrawJourneyCitations,
} from '@timantti/contracts';
import * as Y from 'yjs';
import type { Tx } from '../../../db/client.ts';
import { lockProjectJourneyStates, writeJourneyState } from '../journeys.repo.ts';

/**
 * Marks the citations of the given evidence withdrawn in the stored state of every journey of
 * a project (participant erasure), inside the caller's transaction. Cells never copy evidence
 * text, so the map stays whole: only the marker changes. Journeys open live receive the same
 * change after commit (collab/), and the two merge into one mark, the operation being
 * idempotent. A state not loaded since an upgrade is migrated first, so it is marked as the
 * current schema marks it. Returns the ids of the journeys that changed.
 */
export async function withdrawJourneyEvidence(
  tx: Tx,
  input: { projectId: string; evidenceIds: readonly string[] },
): Promise<string[]> {
  if (input.evidenceIds.length === 0) return [];
  const ids = new Set(input.evidenceIds);
  const changed: string[] = [];
  for (const journey of await lockProjectJourneyStates(tx, input.projectId)) {
    const doc = new Y.Doc({ gc: true });
    Y.applyUpdate(doc, journey.state);
    migrateJourney(doc, null, { language: journey.language });
    if (withdrawJourneyCitations(doc, ids) > 0) {
      await writeJourneyState(tx, {
        journeyId: journey.id,
        projectId: input.projectId,
        language: journey.language,
        state: Y.encodeStateAsUpdate(doc),
        schemaVersion: journeySchemaVersionOf(doc),
        snapshot: readJourney(doc),
      });
      changed.push(journey.id);
    }
    doc.destroy();
  }
  return changed;
}
