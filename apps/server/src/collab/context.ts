/** What a live connection carries from its authentication, to be checked again later. */
export type CollabContext = {
  userId: string;
  sessionId: string;
  /** The live document, e.g. `board:<id>` or `journey:<id>`. */
  documentName: string;
  projectId: string;
  organisationId: string;
  /** The schema version of the document's type the client writes; 0 when it announced none. */
  schemaVersion: number;
};

export function isCollabContext(value: unknown): value is CollabContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CollabContext).sessionId === 'string' &&
    typeof (value as CollabContext).documentName === 'string' &&
    typeof (value as CollabContext).schemaVersion === 'number'
  );
}
