import {
  CONCEPT_SCHEMA_VERSION,
  conceptListFields,
  conceptSchemaVersionOf,
  conceptTextFields,
  readConcept,
} from '@timantti/contracts';
import type * as Y from 'yjs';
import { useLiveDocument } from '../collab/useLiveDocument.ts';

// Undo covers every field of the draft (the top-level types of concept-document.ts).
const conceptTypes = (doc: Y.Doc) => [
  ...conceptTextFields.map((field) => doc.getText(`text:${field}`)),
  ...conceptListFields.map((field) => doc.getArray(`list:${field}`)),
  doc.getMap('items'),
];
const conceptSchema = { current: CONCEPT_SCHEMA_VERSION, versionOf: conceptSchemaVersionOf };

/** A concept's live draft: its fields, presence and this user's undo. */
export function useConceptDocument(documentName: string, me: { id: string; name: string }) {
  return useLiveDocument(documentName, me, readConcept, conceptTypes, conceptSchema);
}
