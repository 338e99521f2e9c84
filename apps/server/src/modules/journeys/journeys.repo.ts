import type { JourneySnapshot } from '@timantti/contracts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { outerColumn } from '../../db/outer-column.ts';
import {
  evidence,
  insights,
  journeyCells,
  journeyCitations,
  journeyLanes,
  journeyStages,
  journeys,
  participants,
  personas,
} from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';
import { searchVector, type TextLanguage } from '../research/search-vector.ts';

/** A journey without its Yjs state, which only the collaboration layer reads. */
const journeyColumns = {
  id: journeys.id,
  projectId: journeys.projectId,
  title: journeys.title,
  kind: journeys.kind,
  personaId: journeys.personaId,
  copiedFrom: journeys.copiedFrom,
  language: journeys.language,
  archivedAt: journeys.archivedAt,
  createdAt: journeys.createdAt,
  updatedAt: journeys.updatedAt,
  version: journeys.version,
  stageCount: sql<number>`(select count(*)::int from ${journeyStages} s where s.journey_id = ${outerColumn(journeys.id)})`,
  laneCount: sql<number>`(select count(*)::int from ${journeyLanes} l where l.journey_id = ${outerColumn(journeys.id)})`,
};
export type JourneyRow = {
  id: string;
  projectId: string;
  title: string;
  kind: 'as_is' | 'to_be';
  personaId: string | null;
  copiedFrom: string | null;
  language: TextLanguage;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  stageCount: number;
  laneCount: number;
};

export async function insertJourney(
  db: Queryable,
  values: {
    projectId: string;
    title: string;
    kind: 'as_is' | 'to_be';
    personaId: string | null;
    copiedFrom: string | null;
    language: TextLanguage;
    state: Buffer;
    schemaVersion: number;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await db.insert(journeys).values(values).returning({ id: journeys.id });
  if (!row) throw new Error('journey insert returned nothing');
  return row.id;
}

export async function listJourneys(db: Queryable, projectId: string): Promise<JourneyRow[]> {
  return db
    .select(journeyColumns)
    .from(journeys)
    .where(eq(journeys.projectId, projectId))
    .orderBy(desc(journeys.updatedAt), asc(journeys.id));
}

export async function findJourney(
  db: Queryable,
  projectId: string,
  journeyId: string,
): Promise<JourneyRow | null> {
  const [row] = await db
    .select(journeyColumns)
    .from(journeys)
    .where(and(eq(journeys.projectId, projectId), eq(journeys.id, journeyId)))
    .limit(1);
  return row ?? null;
}

/** The journey behind a collaboration document, to authorise a connection to it. */
export async function findJourneyRef(db: Queryable, journeyId: string) {
  const [row] = await db
    .select({ id: journeys.id, projectId: journeys.projectId, archivedAt: journeys.archivedAt })
    .from(journeys)
    .where(eq(journeys.id, journeyId))
    .limit(1);
  return row ?? null;
}

export async function listJourneyIds(db: Queryable, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ id: journeys.id })
    .from(journeys)
    .where(eq(journeys.projectId, projectId));
  return rows.map((r) => r.id);
}

/** Whether a persona belongs to the project (a journey may be linked to its own only). */
export async function personaOfProject(db: Queryable, projectId: string, personaId: string) {
  const [row] = await db
    .select({ id: personas.id })
    .from(personas)
    .where(and(eq(personas.projectId, projectId), eq(personas.id, personaId)))
    .limit(1);
  return row !== undefined;
}

/** Changes a journey's own fields (not its document), on the version the edit was made on. */
export async function updateJourney(
  db: Queryable,
  journey: { id: string; version: number },
  values: {
    title?: string | undefined;
    kind?: 'as_is' | 'to_be' | undefined;
    personaId?: string | null | undefined;
    archivedAt?: Date | null | undefined;
  },
) {
  await advanceVersion(db, journeys, {
    id: journey.id,
    expected: journey.version,
    set: { ...values, updatedAt: sql`now()` },
  });
}

export async function deleteJourney(db: Queryable, journeyId: string) {
  await db.delete(journeys).where(eq(journeys.id, journeyId));
}

const storedJourneyColumns = {
  id: journeys.id,
  projectId: journeys.projectId,
  state: journeys.state,
  schemaVersion: journeys.schemaVersion,
  language: journeys.language,
};

/** The stored Yjs state of a journey, to load it into a live document or copy it. */
export async function findJourneyState(db: Queryable, journeyId: string) {
  const [row] = await db
    .select(storedJourneyColumns)
    .from(journeys)
    .where(eq(journeys.id, journeyId))
    .limit(1);
  return row ?? null;
}

/** The stored Yjs state of a journey, locked until the transaction ends. */
export async function lockJourneyState(tx: Tx, journeyId: string) {
  const [row] = await tx
    .select(storedJourneyColumns)
    .from(journeys)
    .where(eq(journeys.id, journeyId))
    .for('update');
  return row ?? null;
}

export async function lockProjectJourneyStates(tx: Tx, projectId: string) {
  return tx
    .select(storedJourneyColumns)
    .from(journeys)
    .where(eq(journeys.projectId, projectId))
    .orderBy(asc(journeys.id))
    .for('update');
}

async function idsOfProject(
  tx: Tx,
  table: typeof evidence | typeof insights,
  projectId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.projectId, projectId), inArray(table.id, ids.slice(i, i + 1000))));
    for (const row of rows) known.add(row.id);
  }
  return known;
}

/**
 * Writes a journey's Yjs state and rewrites its derived rows from the same snapshot. A
 * citation is kept only when it names evidence or an insight of the journey's own project:
 * the document is written by browsers, and a cell must not link another project's material.
 */
export async function writeJourneyState(
  tx: Tx,
  input: {
    journeyId: string;
    projectId: string;
    language: TextLanguage;
    state: Uint8Array;
    schemaVersion: number;
    snapshot: JourneySnapshot;
  },
) {
  const { journeyId, snapshot } = input;
  await tx
    .update(journeys)
    .set({
      state: Buffer.from(input.state),
      schemaVersion: input.schemaVersion,
      updatedAt: sql`now()`,
    })
    .where(eq(journeys.id, journeyId));
  await tx.delete(journeyStages).where(eq(journeyStages.journeyId, journeyId));
  await tx.delete(journeyLanes).where(eq(journeyLanes.journeyId, journeyId));
  await tx.delete(journeyCells).where(eq(journeyCells.journeyId, journeyId));
  await tx.delete(journeyCitations).where(eq(journeyCitations.journeyId, journeyId));
  if (snapshot.stages.length > 0) {
    await tx.insert(journeyStages).values(
      snapshot.stages.map((s, position) => ({
        journeyId,
        stageId: s.id,
        title: s.title,
        position,
      })),
    );
  }
  if (snapshot.lanes.length > 0) {
    await tx.insert(journeyLanes).values(
      snapshot.lanes.map((l, position) => ({
        journeyId,
        laneId: l.id,
        title: l.title,
        type: l.type,
        position,
      })),
    );
  }
  const cells = Object.entries(snapshot.cells).map(([key, cell]) => {
    const [laneId = '', stageId = ''] = key.split('/');
    return { laneId, stageId, cell };
  });
  const cellRows = cells.map(({ laneId, stageId, cell }) => ({
    journeyId,
    laneId,
    stageId,
    text: cell.text,
    emotion: cell.emotion,
    language: input.language,
    search: searchVector(input.language, cell.text),
  }));
  // Bounded batches keep each statement under PostgreSQL's parameter limit.
  for (let i = 0; i < cellRows.length; i += 1000) {
    await tx.insert(journeyCells).values(cellRows.slice(i, i + 1000));
  }

  const cited = (kind: 'evidence' | 'insight') => [
    ...new Set(
      cells.flatMap(({ cell }) => cell.citations.filter((c) => c.kind === kind).map((c) => c.id)),
    ),
  ];
  const [knownEvidence, knownInsights] = await Promise.all([
    idsOfProject(tx, evidence, input.projectId, cited('evidence')),
    idsOfProject(tx, insights, input.projectId, cited('insight')),
  ]);
  const citationRows = cells.flatMap(({ laneId, stageId, cell }) =>
    cell.citations.flatMap((citation, position) => {
      const known = citation.kind === 'evidence' ? knownEvidence : knownInsights;
      if (!known.has(citation.id)) return [];
      return [
        {
          journeyId,
          laneId,
          stageId,
          position,
          kind: citation.kind,
          evidenceId: citation.kind === 'evidence' ? citation.id : null,
          insightId: citation.kind === 'insight' ? citation.id : null,
        },
      ];
    }),
  );
  for (let i = 0; i < citationRows.length; i += 2000) {
    await tx.insert(journeyCitations).values(citationRows.slice(i, i + 2000));
  }
}

/**
 * A journey's derived rows, as last stored, with each citation resolved: evidence with its
 * text and participant's code (withdrawn evidence keeps its place, its text is gone), insights
 * with their statement.
 */
export async function readJourneyRows(db: Queryable, journeyId: string) {
  const [stages, lanes, cells, citations] = await Promise.all([
    db
      .select({
        id: journeyStages.stageId,
        title: journeyStages.title,
        position: journeyStages.position,
      })
      .from(journeyStages)
      .where(eq(journeyStages.journeyId, journeyId))
      .orderBy(asc(journeyStages.position)),
    db
      .select({
        id: journeyLanes.laneId,
        title: journeyLanes.title,
        type: journeyLanes.type,
        position: journeyLanes.position,
      })
      .from(journeyLanes)
      .where(eq(journeyLanes.journeyId, journeyId))
      .orderBy(asc(journeyLanes.position)),
    db
      .select({
        laneId: journeyCells.laneId,
        stageId: journeyCells.stageId,
        text: journeyCells.text,
        emotion: journeyCells.emotion,
      })
      .from(journeyCells)
      .where(eq(journeyCells.journeyId, journeyId)),
    db
      .select({
        laneId: journeyCitations.laneId,
        stageId: journeyCitations.stageId,
        kind: journeyCitations.kind,
        evidenceId: journeyCitations.evidenceId,
        evidenceText: evidence.text,
        withdrawnAt: evidence.withdrawnAt,
        participantCode: participants.code,
        insightId: journeyCitations.insightId,
        statement: insights.statement,
      })
      .from(journeyCitations)
      .leftJoin(evidence, eq(evidence.id, journeyCitations.evidenceId))
      .leftJoin(participants, eq(participants.id, evidence.participantId))
      .leftJoin(insights, eq(insights.id, journeyCitations.insightId))
      .where(eq(journeyCitations.journeyId, journeyId))
      .orderBy(
        asc(journeyCitations.laneId),
        asc(journeyCitations.stageId),
        asc(journeyCitations.position),
      ),
  ]);
  return { stages, lanes, cells, citations };
}
