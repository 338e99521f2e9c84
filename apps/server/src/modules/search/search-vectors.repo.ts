import { and, asc, count, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  conceptFields,
  evidence,
  ideas,
  journeyCells,
  methodCards,
  notes,
  personas,
  sources,
} from '../../db/schema.ts';

/** Every table with a stored search vector (a `search` tsvector column). */
export const searchTables = {
  evidence: { table: evidence, key: ['id'] },
  notes: { table: notes, key: ['id'] },
  sources: { table: sources, key: ['id'] },
  personas: { table: personas, key: ['id'] },
  journey_cells: { table: journeyCells, key: ['journey_id', 'lane_id', 'stage_id'] },
  concept_fields: { table: conceptFields, key: ['id'] },
  ideas: { table: ideas, key: ['id'] },
  // A copy restored to the shipped text has no vector: it is searched as the shipped card.
  method_cards: { table: methodCards, key: ['id'], indexed: isNotNull(methodCards.content) },
} as const;
export type SearchTable = keyof typeof searchTables;

/** A row's primary key, its columns in `searchTables` order (all uuid). */
export type RowKey = readonly string[];

export async function countSearchRows(db: Queryable, name: SearchTable): Promise<number> {
  const entry = searchTables[name];
  const [row] = await db
    .select({ rows: count() })
    .from(entry.table)
    .where('indexed' in entry ? entry.indexed : undefined);
  return row?.rows ?? 0;
}

// Each batch reads the next rows by key and locks them, so an edit made meanwhile either
// waits for the batch or is already in what it reads: the rebuilt vector never goes stale.
// Evidence is read where all evidence is, `lockEvidenceSearchBatch` in evidence.repo.ts.

export const lockNoteBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({ id: notes.id, language: notes.language, title: notes.title, body: notes.body })
    .from(notes)
    .where(after ? gt(notes.id, after[0] ?? '') : undefined)
    .orderBy(asc(notes.id))
    .limit(limit)
    .for('update');

export const lockSourceBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({
      id: sources.id,
      language: sources.language,
      title: sources.title,
      author: sources.author,
      summary: sources.summary,
      citation: sources.citation,
    })
    .from(sources)
    .where(after ? gt(sources.id, after[0] ?? '') : undefined)
    .orderBy(asc(sources.id))
    .limit(limit)
    .for('update');

export const lockPersonaBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({
      id: personas.id,
      language: personas.language,
      name: personas.name,
      segment: personas.segment,
      needs: personas.needs,
      goals: personas.goals,
      frustrations: personas.frustrations,
      quote: personas.quote,
      story: personas.story,
    })
    .from(personas)
    .where(after ? gt(personas.id, after[0] ?? '') : undefined)
    .orderBy(asc(personas.id))
    .limit(limit)
    .for('update');

export const lockJourneyCellBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({
      journeyId: journeyCells.journeyId,
      laneId: journeyCells.laneId,
      stageId: journeyCells.stageId,
      language: journeyCells.language,
      text: journeyCells.text,
    })
    .from(journeyCells)
    .where(
      after
        ? sql`(${journeyCells.journeyId}, ${journeyCells.laneId}, ${journeyCells.stageId}) > (${after[0]}::uuid, ${after[1]}::uuid, ${after[2]}::uuid)`
        : undefined,
    )
    .orderBy(asc(journeyCells.journeyId), asc(journeyCells.laneId), asc(journeyCells.stageId))
    .limit(limit)
    .for('update');

export const lockConceptFieldBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({ id: conceptFields.id, language: conceptFields.language, text: conceptFields.text })
    .from(conceptFields)
    .where(after ? gt(conceptFields.id, after[0] ?? '') : undefined)
    .orderBy(asc(conceptFields.id))
    .limit(limit)
    .for('update');

export const lockIdeaBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({ id: ideas.id, language: ideas.language, text: ideas.text })
    .from(ideas)
    .where(after ? gt(ideas.id, after[0] ?? '') : undefined)
    .orderBy(asc(ideas.id))
    .limit(limit)
    .for('update');

export const lockMethodCardBatch = (tx: Tx, after: RowKey | null, limit: number) =>
  tx
    .select({ id: methodCards.id, language: methodCards.language, content: methodCards.content })
    .from(methodCards)
    .where(
      and(isNotNull(methodCards.content), after ? gt(methodCards.id, after[0] ?? '') : undefined),
    )
    .orderBy(asc(methodCards.id))
    .limit(limit)
    .for('update');

/**
 * Stores new vectors for rows of one table in one statement, writing only those that differ;
 * answers how many did.
 */
export async function storeSearchVectors(
  tx: Tx,
  name: SearchTable,
  rows: readonly { key: RowKey; search: SQL }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const { table, key } = searchTables[name];
  const keyColumns = key.map((column) => sql.identifier(column));
  const values = rows.map(
    (row) =>
      sql`(${sql.join(
        row.key.map((value) => sql`${value}::uuid`),
        sql`, `,
      )}, ${row.search})`,
  );
  const matches = sql.join(
    keyColumns.map((column) => sql`t.${column} = v.${column}`),
    sql` and `,
  );
  const result = await tx.execute(sql`
    update ${table} as t set search = v.search
    from (values ${sql.join(values, sql`, `)}) as v(${sql.join(keyColumns, sql`, `)}, search)
    where ${matches} and t.search is distinct from v.search`);
  return result.rowCount ?? 0;
}
