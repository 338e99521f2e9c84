import {
  JOURNEY_SCHEMA_VERSION,
  copyJourney,
  initJourney,
  migrateJourney,
  readJourney,
  templateOutline,
  type JourneyTemplate,
} from '@timantti/contracts';
import * as Y from 'yjs';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import type { TextLanguage } from '../../research/search-vector.ts';
import { findJourneyState, insertJourney, personaOfProject } from '../journeys.repo.ts';
import { storeDocument } from '../../../collab/stored-document.ts';
import { journeyStorage } from '../journey-storage.ts';

/**
 * A new journey map: its document is laid out on the server from a template in the given
 * language, or copied from another journey of the project (as-is → to-be: same stages, lanes,
 * cell texts, emotions and citations under new ids), then stored with its derived rows. A
 * persona or source journey that is not the project's own is a 404, as an unseen row is.
 */
export async function createJourney(
  db: Db,
  input: {
    actorUserId: string;
    projectId: string;
    title: string;
    kind: 'as_is' | 'to_be';
    personaId: string | null;
    language: TextLanguage;
    start: { template: JourneyTemplate } | { copyOf: string };
  },
): Promise<string> {
  if (input.personaId && !(await personaOfProject(db, input.projectId, input.personaId)))
    throw notFound();
  const doc = new Y.Doc();
  try {
    if ('copyOf' in input.start) {
      const source = await findJourneyState(db, input.start.copyOf);
      if (!source || source.projectId !== input.projectId) throw notFound();
      const from = new Y.Doc();
      Y.applyUpdate(from, source.state);
      migrateJourney(from, null, { language: source.language });
      copyJourney(readJourney(from), doc);
      from.destroy();
    } else {
      initJourney(doc, templateOutline(input.start.template, input.language));
    }
    return await db.transaction(async (tx) => {
      const journeyId = await insertJourney(tx, {
        projectId: input.projectId,
        title: input.title,
        kind: input.kind,
        personaId: input.personaId,
        copiedFrom: 'copyOf' in input.start ? input.start.copyOf : null,
        language: input.language,
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        schemaVersion: JOURNEY_SCHEMA_VERSION,
        createdBy: input.actorUserId,
      });
      await storeDocument(journeyStorage, tx, { id: journeyId, document: doc, mergeOrigin: null });
      return journeyId;
    });
  } finally {
    doc.destroy();
  }
}
