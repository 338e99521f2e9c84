import { JOURNEY_SCHEMA_VERSION, journeySchemaVersionOf, readJourney } from '@timantti/contracts';
import type * as Y from 'yjs';
import { useLiveDocument } from '../collab/useLiveDocument.ts';

const journeyTypes = (doc: Y.Doc) => [
  doc.getArray('stages'),
  doc.getArray('lanes'),
  doc.getMap('stage'),
  doc.getMap('lane'),
  doc.getMap('cells'),
];
const journeySchema = { current: JOURNEY_SCHEMA_VERSION, versionOf: journeySchemaVersionOf };

/** A live journey map: its stages, lanes and cells, presence and this user's undo. */
export function useJourneyDocument(documentName: string, me: { id: string; name: string }) {
  return useLiveDocument(documentName, me, readJourney, journeyTypes, journeySchema);
}
