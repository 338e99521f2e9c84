import type { Db, Tx } from '../../../db/client.ts';
import { ideaSearchTexts } from '../../ideas/idea-search.ts';
import { methodCardSearchTexts } from '../../method-cards/method-card-search.ts';
import { personaSearchTexts } from '../../personas/persona-values.ts';
import { lockEvidenceSearchBatch } from '../../research/evidence/evidence.repo.ts';
import { searchVectorWith, type TextLanguage } from '../../research/search-vector.ts';
import { sourceSearchTexts } from '../../research/sources/source-search.ts';
import {
  countSearchRows,
  lockConceptFieldBatch,
  lockIdeaBatch,
  lockJourneyCellBatch,
  lockMethodCardBatch,
  lockNoteBatch,
  lockPersonaBatch,
  lockSourceBatch,
  storeSearchVectors,
  type RowKey,
  type SearchTable,
} from '../search-vectors.repo.ts';
import type { FinnishAnalyzer } from '../terms.ts';

/** How far the rebuild of one table has come: counts only, never a row's content. */
export type RebuildProgress = { table: SearchTable; done: number; changed: number; total: number };

type BatchResult = { read: number; changed: number; last: RowKey | null };

type Rebuild = {
  table: SearchTable;
  /** Rebuilds the next batch after `after`; answers what it read and how many vectors changed. */
  batch: (
    tx: Tx,
    analyzer: FinnishAnalyzer | null,
    after: RowKey | null,
    limit: number,
  ) => Promise<BatchResult>;
};

function rebuild<Row>(spec: {
  table: SearchTable;
  lock: (tx: Tx, after: RowKey | null, limit: number) => Promise<Row[]>;
  key: (row: Row) => RowKey;
  // The same texts, in the same order, as where the row is written.
  texts: (row: Row) => { language: TextLanguage; texts: readonly string[] };
}): Rebuild {
  return {
    table: spec.table,
    batch: async (tx, analyzer, after, limit) => {
      const rows = await spec.lock(tx, after, limit);
      const changed = await storeSearchVectors(
        tx,
        spec.table,
        rows.map((row) => {
          const { language, texts } = spec.texts(row);
          return { key: spec.key(row), search: searchVectorWith(analyzer, language, texts) };
        }),
      );
      const last = rows.at(-1);
      return { read: rows.length, changed, last: last ? spec.key(last) : null };
    },
  };
}

const rebuilds: Rebuild[] = [
  rebuild({
    table: 'evidence',
    lock: (tx, after, limit) => lockEvidenceSearchBatch(tx, after ? (after[0] ?? '') : null, limit),
    key: (row) => [row.id],
    texts: (row) => ({ language: row.language, texts: [row.text] }),
  }),
  rebuild({
    table: 'notes',
    lock: lockNoteBatch,
    key: (row) => [row.id],
    texts: (row) => ({ language: row.language, texts: [row.title, row.body] }),
  }),
  rebuild({
    table: 'sources',
    lock: lockSourceBatch,
    key: (row) => [row.id],
    texts: (row) => ({ language: row.language, texts: sourceSearchTexts(row) }),
  }),
  rebuild({
    table: 'personas',
    lock: lockPersonaBatch,
    key: (row) => [row.id],
    texts: (row) => ({ language: row.language, texts: personaSearchTexts(row) }),
  }),
  rebuild({
    table: 'journey_cells',
    lock: lockJourneyCellBatch,
    key: (row) => [row.journeyId, row.laneId, row.stageId],
    texts: (row) => ({ language: row.language, texts: [row.text] }),
  }),
  rebuild({
    table: 'concept_fields',
    lock: lockConceptFieldBatch,
    key: (row) => [row.id],
    texts: (row) => ({ language: row.language, texts: [row.text] }),
  }),
  rebuild({
    table: 'ideas',
    lock: lockIdeaBatch,
    key: (row) => [row.id],
    texts: (row) => ({ language: row.language, texts: ideaSearchTexts(row) }),
  }),
  rebuild({
    table: 'method_cards',
    lock: lockMethodCardBatch,
    key: (row) => [row.id],
    // The batch reads only rows with content; a shipped card's vector is never stored.
    texts: (row) => ({
      language: row.language,
      texts: row.content ? methodCardSearchTexts(row.content) : [],
    }),
  }),
];

/**
 * Recomputes every stored search vector with `analyzer` (Voikko, or null for Snowball alone),
 * table by table in batches of `batchSize`, each batch its own short transaction. Needed after
 * Voikko is installed or removed: vectors written before carry the other path's terms, and
 * search would find rows unevenly. Safe while the server runs; rows written meanwhile by a
 * server still on the old path are fixed by running it again after restarting the server.
 */
export async function rebuildSearchVectors(input: {
  db: Db;
  analyzer: FinnishAnalyzer | null;
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
}): Promise<RebuildProgress[]> {
  const { db, analyzer, batchSize = 500, onProgress } = input;
  const results: RebuildProgress[] = [];
  for (const { table, batch } of rebuilds) {
    const progress: RebuildProgress = {
      table,
      done: 0,
      changed: 0,
      total: await countSearchRows(db, table),
    };
    let after: RowKey | null = null;
    for (let first = true; ; first = false) {
      const from = after;
      const step: BatchResult = await db.transaction((tx) => batch(tx, analyzer, from, batchSize));
      progress.done += step.read;
      progress.changed += step.changed;
      after = step.last;
      // Every table is reported, an empty one too; an empty last batch adds nothing to say.
      if (first || step.read > 0) onProgress?.({ ...progress });
      if (step.read < batchSize) break;
    }
    results.push(progress);
  }
  return results;
}
