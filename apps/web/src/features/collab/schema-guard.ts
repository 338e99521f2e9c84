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

/**
 * Watches a document for a version this client does not understand, at first sync and on
 * every later change (a server upgraded while the page stayed open).
 */
export function schemaGuardStore(doc: Y.Doc, schema: DocumentSchema) {
  let newer = isNewerThanClient(doc, schema);
  return {
    subscribe(onChange: () => void) {
      const listener = () => {
        const next = isNewerThanClient(doc, schema);
        if (next === newer) return;
        newer = next;
        onChange();
      };
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    get: () => newer,
  };
}
