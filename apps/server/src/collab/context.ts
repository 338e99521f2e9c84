/** What a live connection carries from its authentication, to be checked again later. */
export type CollabContext = {
  userId: string;
  sessionId: string;
  /** The live document, e.g. `board:<id>` or `journey:<id>`. */
  documentName: string;
  projectId: string;
  organisationId: string;
};

export function isCollabContext(value: unknown): value is CollabContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CollabContext).sessionId === 'string' &&
    typeof (value as CollabContext).documentName === 'string'
  );
}
