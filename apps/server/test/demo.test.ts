import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedDemoData } from '../src/db/seeds/demo.ts';
import { searchProject } from '../src/modules/research/search/search.repo.ts';
import { readCourse } from '../src/modules/training/queries/read-course.ts';
import { presentParticipant } from '../src/modules/training/training.presenter.ts';
import { createLogger } from '../src/platform/logger.ts';
import { scratchDatabase } from './scratch-database.ts';

describe('demo data', () => {
  it('seeds an empty database once, with research whose evidence points at its words', async () => {
    const database = connectDatabase(await scratchDatabase(), createLogger('silent'), 2);
    try {
      await runMigrations(database.pool);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timantti-demo-'));
      expect(await seedDemoData(database.db, { dataDir })).toBe(true);
      expect(await seedDemoData(database.db, { dataDir })).toBe(false);

      const passages = await database.pool.query<{ text: string; at: string }>(
        `select e.text, substr(n.body, e.note_start + 1, e.note_end - e.note_start) as at
          from evidence e join notes n on n.id = e.note_id`,
      );
      expect(passages.rows.length).toBeGreaterThan(5);
      for (const row of passages.rows) expect(row.at).toBe(row.text);

      // Lahti's training path: two staff on it, the one practising on the event permits done.
      const course = await database.pool.query<{ id: string }>('select id from courses');
      const state = await readCourse(database.db, course.rows[0]?.id ?? '');
      const progress = (state?.participants ?? []).map((participant) => [
        participant.displayName,
        presentParticipant(state?.exercises ?? [], participant).finished,
      ]);
      expect(progress).toEqual([
        ['Mikko Laine', true],
        ['Päivi Mäkinen', false],
      ]);
      // Its article on the event-permit project, published, with an image that says what it shows.
      const images = await database.pool.query<{ alt: string; file_id: string; status: string }>(
        `select i.alt, i.file_id, a.status from article_images i join articles a on a.id = i.article_id
          join article_projects p on p.article_id = a.id join projects j on j.id = p.project_id
          where j.name = 'Tapahtumaluvat sujuviksi'`,
      );
      expect(images.rows).toEqual([
        {
          alt: expect.stringMatching(/palvelupolku/),
          file_id: expect.any(String),
          status: 'published',
        },
      ]);
      const file = path.join(dataDir, 'article-images', `${images.rows[0]?.file_id}.upload`);
      expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe('PNG');

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

      // A published feedback form of the test round, answered in Finnish and Swedish by two
      // segments.
      const answers = await database.pool.query<{ n: number; languages: number; segments: number }>(
        `select count(*)::int as n, count(distinct language)::int as languages,
           count(distinct segment)::int as segments
           from feedback_responses r join test_rounds t on t.form_id = r.form_id`,
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

      // Ideas from the insight, a closed dot-voting round over them, the winner picked.
      const voting = await database.pool.query<{ ideas: number; dots: number; picked: string }>(
        `select (select count(*)::int from ideas) as ideas,
          (select sum(dots)::int from votes v join voting_rounds r on r.id = v.round_id
            where r.status = 'closed') as dots,
          (select i.text from ideas i where i.status = 'picked') as picked`,
      );
      expect(voting.rows[0]).toMatchObject({ ideas: 4, dots: 9 });
      expect(voting.rows[0]?.picked).toMatch(/^Oma ohjaaja/);
      // The concept answering them: version 1 frozen, the draft going on as version 2 with
      // changes a diff shows.
      const concept = await database.pool.query<{
        draft_number: number;
        versions: number;
        links: number;
        version_links: number;
        channels: number;
        idea: string | null;
      }>(
        `select c.draft_number,
          (select count(*)::int from concept_versions v where v.concept_id = c.id) as versions,
          (select count(*)::int from concept_links l where l.concept_id = c.id) as links,
          (select count(*)::int from concept_version_links) as version_links,
          (select count(*)::int from concept_fields f where f.concept_id = c.id and f.field = 'channels') as channels,
          (select i.text from ideas i where i.id = c.idea_id) as idea
          from concepts c`,
      );
      expect(concept.rows).toEqual([
        {
          draft_number: 2,
          versions: 1,
          links: 2,
          version_links: 2,
          channels: 3,
          idea: expect.stringMatching(/^Oma ohjaaja/),
        },
      ]);

      // Version 1 tested in person, a finding per hypothesis citing what was said, and
      // version 2 started from them.
      const round = await database.pool.query(
        `select r.version_number, r.next_version_number, s.kind as session_kind,
          (select count(*)::int from research_session_participants p where p.session_id = s.id) as respondents,
          (select array_agg(h.result order by h.position) from test_hypotheses h where h.round_id = r.id) as results,
          (select count(*)::int from test_finding_evidence e
            join test_hypotheses h on h.id = e.hypothesis_id where h.round_id = r.id) as cited
          from test_rounds r join research_sessions s on s.id = r.session_id`,
      );
      expect(round.rows).toEqual([
        {
          version_number: 1,
          next_version_number: 2,
          session_kind: 'prototype_test',
          respondents: 4,
          results: ['confirmed', 'refuted', 'unclear'],
          cited: 4,
        },
      ]);
    } finally {
      await database.pool.end();
    }
  });
});
