import {
  addCitation,
  addEvidenceCards,
  journeyDocumentName,
  readBoard,
  readJourney,
  setCellText,
} from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentTypes } from '../src/collab/document-types.ts';
import { withdrawStoredEvidence, type DocumentStorage } from '../src/collab/stored-document.ts';
import { acknowledged, startCollabTestFile, synced, waitFor } from './collab-support.ts';
import { call } from './harness.ts';
import { buildWorld } from './route-cases.ts';

const { server, open } = await startCollabTestFile();

// An erasure and the stores around it take several round trips; a loaded machine needs time.
const LOADED = 20_000;

async function storedDocument(table: 'boards' | 'journeys', id: string) {
  const { rows } = await server.database.pool.query<{ state: Buffer }>(
    `select state from ${table} where id = $1`,
    [id],
  );
  const doc = new Y.Doc();
  Y.applyUpdate(doc, rows[0]?.state ?? new Uint8Array());
  return { doc, bytes: rows[0]?.state ?? Buffer.alloc(0) };
}

describe('erasure through the document registry', () => {
  it('reaches every type of live document, open and stored, in one erasure', async () => {
    const world = await buildWorld(server);
    const { boardId, journeyId, evidenceId } = world;
    const session = world.sessions.teamMember;
    const { rows } = await server.database.pool.query<{ text: string }>(
      'select text from evidence where id = $1',
      [evidenceId],
    );
    const marker = rows[0]?.text as string;

    const board = open(server, session, boardId);
    const map = open(server, session, journeyId, { documentName: journeyDocumentName(journeyId) });
    await Promise.all([synced(board), synced(map)]);
    addEvidenceCards(board.doc, {
      items: [{ evidenceId, text: marker, language: 'fi' }],
      createdBy: session.userId,
    });
    const { stages, lanes } = readJourney(map.doc);
    const [stage, lane] = [stages[0], lanes[0]];
    if (!stage || !lane) throw new Error('template');
    setCellText(map.doc, lane.id, stage.id, 'Ei löydä lupahakemusta');
    addCitation(map.doc, lane.id, stage.id, { kind: 'evidence', id: evidenceId });
    await Promise.all([acknowledged(board), acknowledged(map)]);
    // Stored before the erasure, so that both of its writes reach each: the stored state in its
    // transaction, the open document after commit.
    await waitFor(
      async () => {
        const [b, j] = await Promise.all([
          storedDocument('boards', boardId),
          storedDocument('journeys', journeyId),
        ]);
        return (
          readBoard(b.doc).cards.length === 1 &&
          Object.values(readJourney(j.doc).cells).some((c) => c.citations.length === 1)
        );
      },
      'both documents to be stored',
      LOADED,
    );

    const erased = await call(
      server,
      world.sessions.admin,
      'POST',
      `/api/v1/projects/${world.projectId}/participants/${world.participantId}/erase`,
    );
    expect(erased.statusCode, erased.body).toBe(200);

    const citation = (doc: Y.Doc) =>
      Object.values(readJourney(doc).cells).flatMap((c) => c.citations)[0];
    await waitFor(
      () => readBoard(board.doc).cards[0]?.withdrawn === true,
      'the open board to lose the text',
      LOADED,
    );
    await waitFor(
      () => citation(map.doc)?.withdrawn === true,
      'the open map to mark the citation',
      LOADED,
    );
    const storedBoard = await storedDocument('boards', boardId);
    expect(readBoard(storedBoard.doc).cards.map((c) => [c.text, c.withdrawn])).toEqual([
      ['', true],
    ]);
    expect(storedBoard.bytes.includes(Buffer.from(marker))).toBe(false);
    expect(citation((await storedDocument('journeys', journeyId)).doc)).toEqual({
      kind: 'evidence',
      id: evidenceId,
      withdrawn: true,
    });
    // One audit record counts what each registered type changed.
    const audit = await server.database.pool.query<{ metadata: Record<string, unknown> }>(
      `select metadata from audit_log where target_id = $1 and action = 'participant.erased'`,
      [world.participantId],
    );
    // A concept holds only the team's words (what it answers are rows beside it): nothing to
    // withdraw from it, and it is counted all the same.
    expect(audit.rows[0]?.metadata).toMatchObject({
      boardsChanged: 1,
      journeysChanged: 1,
      conceptsChanged: 0,
    });
    expect(documentTypes.map((type) => type.kind)).toEqual(['board', 'journey', 'concept']);
  });
});

describe('withdrawing from stored documents', () => {
  type Row = { id: string; projectId: string; state: Uint8Array; migrated: boolean[] };
  const stored = (id: string, words: string[]): Row => {
    const doc = new Y.Doc();
    doc.getArray<string>('words').push(words);
    return { id, projectId: 'p', state: Y.encodeStateAsUpdate(doc), migrated: [] };
  };

  it('migrates each state first, writes only what changed, and keeps no withdrawn text', async () => {
    const rows = [stored('a', ['pidän', 'e1']), stored('b', ['muu'])];
    const written = new Map<string, Uint8Array>();
    const storage: DocumentStorage<Row> = {
      find: () => Promise.resolve(null),
      lock: () => Promise.resolve(null),
      lockProject: () => Promise.resolve(rows),
      migrate: (_document, row) => {
        row.migrated.push(true);
        return { from: 1, to: 1 };
      },
      write: (_tx, row, document) => {
        written.set(row.id, Y.encodeStateAsUpdate(document));
        return Promise.resolve();
      },
      evidenceHeld: () => [],
      withdrawEvidence: (document, ids) => {
        const words = document.getArray<string>('words');
        const at = words.toArray().findIndex((word) => ids.has(word));
        if (at < 0) return 0;
        words.delete(at - 1, 2);
        return 1;
      },
    };
    const tx = {} as Parameters<typeof withdrawStoredEvidence>[1];
    expect(
      await withdrawStoredEvidence(storage, tx, { projectId: 'p', evidenceIds: ['e1'] }),
    ).toEqual(['a']);
    expect(rows.map((row) => row.migrated.length)).toEqual([1, 1]);
    expect([...written.keys()]).toEqual(['a']);
    expect(Buffer.from(written.get('a') ?? []).includes(Buffer.from('pidän'))).toBe(false);
    expect(await withdrawStoredEvidence(storage, tx, { projectId: 'p', evidenceIds: [] })).toEqual(
      [],
    );
  });
});
