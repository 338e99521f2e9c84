import { describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedDemoData } from '../src/db/seeds/demo.ts';
import { searchProject } from '../src/modules/research/search/search.repo.ts';
import { createLogger } from '../src/platform/logger.ts';
import { scratchDatabase } from './scratch-database.ts';

describe('demo data', () => {
  it('seeds an empty database once, with research whose evidence points at its words', async () => {
    const database = connectDatabase(await scratchDatabase(), createLogger('silent'), 2);
    try {
      await runMigrations(database.pool);
      expect(await seedDemoData(database.db)).toBe(true);
      expect(await seedDemoData(database.db)).toBe(false);

      const passages = await database.pool.query<{ text: string; at: string }>(
        `select e.text, substr(n.body, e.note_start + 1, e.note_end - e.note_start) as at
          from evidence e join notes n on n.id = e.note_id`,
      );
      expect(passages.rows.length).toBeGreaterThan(5);
      for (const row of passages.rows) expect(row.at).toBe(row.text);

      const { rows } = await database.pool.query<{ id: string }>(
        `select id from projects where name like 'KUNTO%'`,
      );
      const hits = await searchProject(
        database.db,
        rows[0]?.id ?? '',
        { q: 'polku', limit: 20 },
        { notes: true },
      );
      expect(hits.items.map((hit) => hit.type)).toContain('evidence');

      // A published feedback form answered in Finnish and Swedish by two segments.
      const answers = await database.pool.query<{ n: number; languages: number; segments: number }>(
        `select count(*)::int as n, count(distinct language)::int as languages,
           count(distinct segment)::int as segments from feedback_responses`,
      );
      expect(answers.rows[0]).toMatchObject({ languages: 2, segments: 2 });
      expect(answers.rows[0]?.n).toBeGreaterThanOrEqual(30);

      // The synthesis made from it: a board grouped by tags, an insight, a journey map.
      const counts = await database.pool.query<{
        cards: number;
        groups: number;
        insights: number;
        cells: number;
        citations: number;
      }>(
        `select (select count(*)::int from board_cards) as cards,
          (select count(*)::int from board_groups) as groups,
          (select count(*)::int from insights) as insights,
          (select count(*)::int from journey_cells where text <> '') as cells,
          (select count(*)::int from journey_citations) as citations`,
      );
      expect(counts.rows[0]).toMatchObject({ groups: 2, insights: 1, citations: 1 });
      expect(counts.rows[0]?.cards).toBeGreaterThan(5);
      expect(counts.rows[0]?.cells).toBeGreaterThan(10);
    } finally {
      await database.pool.end();
    }
  });
});
