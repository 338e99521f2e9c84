import { HocuspocusProvider } from '@hocuspocus/provider';
import { liveClientToken } from '@timantti/contracts';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import * as Y from 'yjs';
import { isNewerThanClient, type DocumentSchema } from './schema-guard.ts';

export type Presence = {
  clientId: number;
  userId: string;
  name: string;
  /** Where in the document the person is, as the document's page announces it (a cell). */
  focus: string | null;
};
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'refused';

/** The origin of this browser's own edits: the undo manager tracks these and no others. */
export type LocalOrigin = { readonly user: string };

/** What an undo history covers: the top-level shared types of a document. */
type UndoScope = ConstructorParameters<typeof Y.UndoManager>[0];

const collabUrl = () =>
  `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;

/**
 * A live Yjs document (a board, a journey map): connected through the server's collaboration
 * endpoint with the session cookie, read as plain data after every change (`read`), with who
 * else has it open and an undo history of this user's own edits only (another person's change
 * is not undone by my Ctrl+Z). `tracked` names the top-level shared types undo covers.
 * A document written with a newer `schema` than this build knows is read-only (`outdated`):
 * the page must write nothing into it until it is reloaded with the new code.
 */
export function useLiveDocument<T>(
  documentName: string,
  me: { id: string; name: string },
  read: (doc: Y.Doc) => T,
  tracked: (doc: Y.Doc) => UndoScope,
  schema: DocumentSchema,
) {
  const doc = useMemo(() => new Y.Doc(), []);
  const origin = useMemo<LocalOrigin>(() => ({ user: me.id }), [me.id]);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [synced, setSynced] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  // For `writable`, which a write after an await asks: the state of its render may be stale.
  const readOnlyRef = useRef(false);
  const [presence, setPresence] = useState<Presence[]>([]);
  const providerRef = useRef<HocuspocusProvider | null>(null);

  const schemaVersion = schema.current;

  useEffect(() => {
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: documentName,
      document: doc,
      // The server takes edits only from a client that writes the document's schema.
      token: liveClientToken(schemaVersion),
      onStatus: ({ status }) =>
        setConnection((current) => (current === 'refused' ? current : status)),
      onSynced: ({ state }) => setSynced(state),
      onAuthenticated: ({ scope }) => {
        readOnlyRef.current = scope === 'readonly';
        setReadOnly(readOnlyRef.current);
      },
      onAuthenticationFailed: () => setConnection('refused'),
    });
    providerRef.current = provider;
    provider.setAwarenessField('user', { id: me.id, name: me.name });
    const awareness = provider.awareness;
    const onAwareness = () => {
      const people: Presence[] = [];
      awareness?.getStates().forEach((state, clientId) => {
        const { user, focus } = state as {
          user?: { id?: unknown; name?: unknown };
          focus?: unknown;
        };
        if (typeof user?.id === 'string' && typeof user.name === 'string') {
          people.push({
            clientId,
            userId: user.id,
            name: user.name,
            focus: typeof focus === 'string' ? focus : null,
          });
        }
      });
      setPresence(people);
    };
    awareness?.on('change', onAwareness);
    onAwareness();
    return () => {
      awareness?.off('change', onAwareness);
      providerRef.current = null;
      provider.destroy();
    };
  }, [doc, documentName, me.id, me.name, schemaVersion]);

  const snapshot = useSnapshot(doc, read);
  const outdated = useSnapshot(doc, (d) => isNewerThanClient(d, schema));
  const undo = useUndo(doc, origin, tracked);
  const clientId = doc.clientID;
  /** Whether the document takes this page's edits now, for a write that follows an await. */
  const writable = useCallback(
    () => !readOnlyRef.current && !isNewerThanClient(doc, schema),
    [doc, schema],
  );
  /** Tells the others where this person is (a cell's key), or nowhere. */
  const setFocus = useCallback(
    (focus: string | null) => providerRef.current?.setAwarenessField('focus', focus),
    [],
  );
  return {
    doc,
    origin,
    snapshot,
    connection,
    synced,
    readOnly: readOnly || outdated,
    outdated,
    writable,
    presence,
    clientId,
    setFocus,
    undo,
  };
}

/**
 * The document as plain data, read again after every change of it. A change that leaves the
 * value the same (`Object.is`) re-renders nothing.
 */
export function snapshotStore<T>(doc: Y.Doc, read: (doc: Y.Doc) => T) {
  let current = read(doc);
  return {
    subscribe(onChange: () => void) {
      const listener = () => {
        current = read(doc);
        onChange();
      };
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    get: () => current,
  };
}

function useSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  // `read` depends only on module-level values of the document type: it never changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => snapshotStore(doc, read), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

function useUndo(doc: Y.Doc, origin: LocalOrigin, tracked: (doc: Y.Doc) => UndoScope) {
  const manager = useMemo(
    () =>
      new Y.UndoManager(tracked(doc), {
        trackedOrigins: new Set([origin]),
        // One step per action, however quickly they follow; an action of several changes is
        // one transaction (a group made of the selected cards).
        captureTimeout: 0,
      }),
    // `tracked` is a module-level function of the document type: it never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, origin],
  );
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    const update = () =>
      setState({ canUndo: manager.undoStack.length > 0, canRedo: manager.redoStack.length > 0 });
    manager.on('stack-item-added', update);
    manager.on('stack-item-popped', update);
    manager.on('stack-cleared', update);
    return () => manager.destroy();
  }, [manager]);
  return { ...state, undo: () => manager.undo(), redo: () => manager.redo() };
}

/**
 * Ctrl+Z (Cmd+Z) undoes this user's last edit of the live document and Ctrl+Shift+Z redoes it,
 * anywhere on the page but in a text field, which keeps its own undo.
 */
export function undoShortcut(
  undo: { undo: () => void; redo: () => void },
  enabled: boolean,
): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (!enabled || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    if (event.shiftKey) undo.redo();
    else undo.undo();
  };
}
