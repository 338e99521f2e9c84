import type { BoardSnapshot } from '@timantti/contracts';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { outerColumn } from '../../db/outer-column.ts';
import { boardCards, boardGroups, boards } from '../../db/schema.ts';
import { findProjectEvidence } from '../research/evidence/evidence.repo.ts';
import { findProjectIdeas } from '../ideas/ideas.repo.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

/** A board without its Yjs state, which only the collaboration layer reads. */
const boardColumns = {
  id: boards.id,
  projectId: boards.projectId,
  title: boards.title,
  archivedAt: boards.archivedAt,
  createdAt: boards.createdAt,
  updatedAt: boards.updatedAt,
  version: boards.version,
  cardCount: sql<number>`(select count(*)::int from ${boardCards} c where c.board_id = ${outerColumn(boards.id)})`,
  groupCount: sql<number>`(select count(*)::int from ${boardGroups} g where g.board_id = ${outerColumn(boards.id)})`,
};
export type BoardRow = {
  id: string;
  projectId: string;
  title: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  cardCount: number;
  groupCount: number;
};

export async function insertBoard(
  db: Queryable,
  values: {
    projectId: string;
    title: string;
    state: Buffer;
    schemaVersion: number;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await db.insert(boards).values(values).returning({ id: boards.id });
  if (!row) throw new Error('board insert returned nothing');
  return row.id;
}

export async function listBoards(db: Queryable, projectId: string): Promise<BoardRow[]> {
  return db
    .select(boardColumns)
    .from(boards)
    .where(eq(boards.projectId, projectId))
    .orderBy(desc(boards.updatedAt), asc(boards.id));
}

export async function findBoard(
  db: Queryable,
  projectId: string,
  boardId: string,
): Promise<BoardRow | null> {
  const [row] = await db
    .select(boardColumns)
    .from(boards)
    .where(and(eq(boards.projectId, projectId), eq(boards.id, boardId)))
    .limit(1);
  return row ?? null;
}

/** The board behind a collaboration document, to authorise a connection to it. */
export async function findBoardRef(db: Queryable, boardId: string) {
  const [row] = await db
    .select({ id: boards.id, projectId: boards.projectId, archivedAt: boards.archivedAt })
    .from(boards)
    .where(eq(boards.id, boardId))
    .limit(1);
  return row ?? null;
}

export async function listBoardIds(db: Queryable, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ id: boards.id })
    .from(boards)
    .where(eq(boards.projectId, projectId));
  return rows.map((r) => r.id);
}

export async function readDerivedRows(db: Queryable, boardId: string) {
  const [groups, cards] = await Promise.all([
    db
      .select({
        id: boardGroups.groupId,
        title: boardGroups.title,
        colour: boardGroups.colour,
        position: boardGroups.position,
      })
      .from(boardGroups)
      .where(eq(boardGroups.boardId, boardId))
      .orderBy(asc(boardGroups.position)),
    db
      .select({
        id: boardCards.cardId,
        kind: boardCards.kind,
        evidenceId: boardCards.evidenceId,
        ideaId: boardCards.ideaId,
        groupId: boardCards.groupId,
        text: boardCards.text,
        language: boardCards.language,
        withdrawn: boardCards.withdrawn,
      })
      .from(boardCards)
      .where(eq(boardCards.boardId, boardId))
      .orderBy(asc(boardCards.groupId), asc(boardCards.cardId)),
  ]);
  return { groups, cards };
}

/** Renames, archives or restores a board, on the version the edit was made on. */
export async function updateBoard(
  db: Queryable,
  board: { id: string; version: number },
  values: { title?: string | undefined; archivedAt?: Date | null | undefined },
) {
  await advanceVersion(db, boards, {
    id: board.id,
    expected: board.version,
    set: { ...values, updatedAt: sql`now()` },
  });
}

export async function deleteBoard(db: Queryable, boardId: string) {
  await db.delete(boards).where(eq(boards.id, boardId));
}

const storedBoardColumns = {
  id: boards.id,
  projectId: boards.projectId,
  state: boards.state,
  schemaVersion: boards.schemaVersion,
};

/** The stored Yjs state of a board, to load it into a live document. */
export async function findBoardState(db: Queryable, boardId: string) {
  const [row] = await db
    .select(storedBoardColumns)
    .from(boards)
    .where(eq(boards.id, boardId))
    .limit(1);
  return row ?? null;
}

/** The stored Yjs state of a board, locked until the transaction ends. */
export async function lockBoardState(tx: Tx, boardId: string) {
  const [row] = await tx
    .select(storedBoardColumns)
    .from(boards)
    .where(eq(boards.id, boardId))
    .for('update');
  return row ?? null;
}

export async function lockProjectBoardStates(tx: Tx, projectId: string) {
  return tx
    .select(storedBoardColumns)
    .from(boards)
    .where(eq(boards.projectId, projectId))
    .orderBy(asc(boards.id))
    .for('update');
}

/**
 * Writes a board's Yjs state and rewrites its derived rows from the same snapshot. Evidence
 * and idea ids are kept only when they name the board's own project's: the document is
 * written by browsers, and a card must not link another project's evidence or ideas.
 */
export async function writeBoardState(
  tx: Tx,
  input: {
    boardId: string;
    projectId: string;
    state: Uint8Array;
    schemaVersion: number;
    snapshot: BoardSnapshot;
  },
) {
  const { boardId, snapshot } = input;
  await tx
    .update(boards)
    .set({
      state: Buffer.from(input.state),
      schemaVersion: input.schemaVersion,
      updatedAt: sql`now()`,
    })
    .where(eq(boards.id, boardId));
  await tx.delete(boardGroups).where(eq(boardGroups.boardId, boardId));
  await tx.delete(boardCards).where(eq(boardCards.boardId, boardId));
  if (snapshot.groups.length > 0) {
    await tx.insert(boardGroups).values(
      snapshot.groups.map((group, position) => ({
        boardId,
        groupId: group.id,
        title: group.title,
        colour: group.colour,
        position,
      })),
    );
  }
  if (snapshot.cards.length === 0) return;
  const cited = [...new Set(snapshot.cards.flatMap((c) => (c.evidenceId ? [c.evidenceId] : [])))];
  const known = await findProjectEvidence(tx, input.projectId, cited);
  const placed = [...new Set(snapshot.cards.flatMap((c) => (c.ideaId ? [c.ideaId] : [])))];
  const ideas = await findProjectIdeas(tx, input.projectId, placed);
  const rows = snapshot.cards.map((card) => ({
    boardId,
    cardId: card.id,
    kind: card.kind,
    evidenceId: card.evidenceId && known.has(card.evidenceId) ? card.evidenceId : null,
    ideaId: card.ideaId && ideas.has(card.ideaId) ? card.ideaId : null,
    groupId: card.groupId,
    text: card.text,
    language: card.language,
    withdrawn: card.withdrawn,
  }));
  // Bounded batches keep each statement under PostgreSQL's parameter limit.
  for (let i = 0; i < rows.length; i += 2000) {
    await tx.insert(boardCards).values(rows.slice(i, i + 2000));
  }
}
