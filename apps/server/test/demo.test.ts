import { describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedDemoData } from '../src/db/seeds/demo.ts';
import { searchProject } from '../src/modules/research/search.repo.ts';
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
      const hits = await searchProject(database.db, rows[0]?.id ?? '', {
        q: 'polku',
        limit: 20,
      });
      expect(hits.items.map((hit) => hit.type)).toContain('evidence');
    } finally {
      await database.pool.end();
    }
  });
});
