import type * as Y from 'yjs';

/** The schema a live document type is written in, as this build of the web app knows it. */
export type DocumentSchema = {
  /** The newest version this client can read and write. */
  readonly current: number;
  /** The version a document says it was written with. */
  readonly versionOf: (doc: Y.Doc) => number;
};

/**
 * Whether the document was migrated by a newer release than this page: writing into it with
 * the old shape would corrupt it, so the page must stop editing until it is reloaded.
 */
export function isNewerThanClient(doc: Y.Doc, schema: DocumentSchema): boolean {
  return schema.versionOf(doc) > schema.current;
}
