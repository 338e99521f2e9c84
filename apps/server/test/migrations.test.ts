import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/db/migrate.ts';
import { scratchDatabase } from './scratch-database.ts';

// Migrations that move data are tested on data of the schema before them: the database is
// built by the landed migrations up to that point, filled, then migrated on.
let db: pg.Client;

async function apply(tag: string) {
  const sql = await fs.readFile(path.join(migrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of sql.split('--> statement-breakpoint')) await db.query(statement);
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: await scratchDatabase() });
  await db.connect();
  for (const tag of ['0000_foundation', '0001_research', '0002_imports']) await apply(tag);
});

afterAll(() => db.end());

describe('0003_rich_notes', () => {
  it('turns plain notes into rich text of a paragraph a line, keeping every passage in place', async () => {
    const {
      rows: [ids],
    } = await db.query<{ session: string; project: string }>(`
      with o as (insert into organisations (name, slug) values ('Lahti', 'lahti') returning id),
      p as (insert into projects (organisation_id, name) select id, 'KUNTO' from o returning id)
      insert into research_sessions (project_id, kind, title, held_on)
        select id, 'interview', 'Haastattelu', '2026-11-01' from p
        returning id as session, project_id as project`);
    if (!ids) throw new Error('no session');
    const note = async (body: string, passages: string[]) => {
      const {
        rows: [row],
      } = await db.query<{ id: string }>(
        `insert into notes (project_id, session_id, body, search)
          values ($1, $2, $3, to_tsvector('finnish', $3)) returning id`,
        [ids.project, ids.session, body],
      );
      const evidence: string[] = [];
      for (const text of passages) {
        const start = body.indexOf(text);
        const {
          rows: [item],
        } = await db.query<{ id: string }>(
          `insert into evidence (project_id, kind, text, note_id, note_start, note_end, search)
            values ($1, 'quote', $2, $3, $4, $5, ''::tsvector) returning id`,
          [ids.project, text, row?.id, start, start + text.length],
        );
        evidence.push(item?.id ?? '');
      }
      return { id: row?.id ?? '', evidence };
    };
    const plain = await note('Ensimmäinen rivi.\n\nLomake oli vaikea.', ['Lomake oli vaikea.']);
    const windows = await note('Rivi yksi.\r\nRivi kaksi.\r\n\r\nJono oli pitkä.', [
      'Rivi kaksi.',
      'Jono oli pitkä.',
    ]);

    await apply('0003_rich_notes');

    const notes = await db.query<{ id: string; body: string; content: unknown }>(
      'select id, body, content from notes',
    );
    const byId = new Map(notes.rows.map((row) => [row.id, row]));
    const paragraph = (text: string) =>
      text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
    expect(byId.get(plain.id)).toMatchObject({
      body: 'Ensimmäinen rivi.\n\nLomake oli vaikea.',
      content: {
        type: 'doc',
        content: ['Ensimmäinen rivi.', '', 'Lomake oli vaikea.'].map(paragraph),
      },
    });
    expect(byId.get(windows.id)?.body).toBe('Rivi yksi.\nRivi kaksi.\n\nJono oli pitkä.');
    const passages = await db.query<{ text: string; at: string }>(
      `select e.text, substr(n.body, e.note_start + 1, e.note_end - e.note_start) as at
        from evidence e join notes n on n.id = e.note_id`,
    );
    expect(passages.rows).toHaveLength(3);
    for (const row of passages.rows) expect(row.at).toBe(row.text);
  });
});
