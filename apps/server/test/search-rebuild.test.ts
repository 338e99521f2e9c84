import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PersonaInput } from '@timantti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { seedDemoData } from '../src/db/seeds/demo.ts';
import { createPersona } from '../src/modules/personas/commands/create-persona.ts';
import { searchProject } from '../src/modules/research/search/search.repo.ts';
import {
  rebuildSearchVectors,
  type RebuildProgress,
} from '../src/modules/search/commands/rebuild-search-vectors.ts';
import { searchTables } from '../src/modules/search/search-vectors.repo.ts';
import { openVoikko } from '../src/modules/search/voikko.ts';
import { repoRoot } from '../src/platform/env.ts';
import { createLogger } from '../src/platform/logger.ts';
import { scratchDatabase } from './scratch-database.ts';

// The rebuild rewrites every row of a database, so it gets one of its own: in the run's test
// database it would change what other test files are searching for.
const url = await scratchDatabase();
const database = connectDatabase(url, createLogger('silent'), 2);
// CI installs Voikko (libvoikko1, voikko-fi); without it this test fails rather than skips.
const voikkoLoad = openVoikko();
if (!voikkoLoad.analyzer) throw new Error(`Voikko is required here: ${voikkoLoad.reason}`);
const voikko = voikkoLoad.analyzer;
let projectId = '';

beforeAll(async () => {
  await runMigrations(database.pool);
  await seedDemoData(database.db, {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'timantti-demo-')),
  });
  const { rows } = await database.pool.query<{ id: string; created_by: string }>(
    `select p.id, pm.user_id as created_by from projects p
       join project_members pm on pm.project_id = p.id
      where p.name like 'KUNTO%' limit 1`,
  );
  projectId = rows[0]?.id ?? '';
  await createPersona(database.db, {
    actorUserId: rows[0]?.created_by ?? '',
    projectId,
    values: PersonaInput.parse({
      name: 'Liikkuva Leena',
      needs: ['Selkeä palvelupolku kuntosalivuoroihin'],
      language: 'fi',
    }),
  });
});
afterAll(async () => {
  await database.pool.end();
  voikko.close();
});

/** Every stored vector, by table and key, as PostgreSQL prints it. */
async function vectors(): Promise<Map<string, string>> {
  const all = new Map<string, string>();
  for (const [name, { key }] of Object.entries(searchTables)) {
    const { rows } = await database.pool.query<{ key: string; search: string }>(
      `select concat_ws('/', ${key.join(', ')}) as key, search::text as search from ${name}`,
    );
    for (const row of rows) all.set(`${name}/${row.key}`, row.search);
  }
  return all;
}

const changedByTable = (results: RebuildProgress[]) =>
  Object.fromEntries(results.map((result) => [result.table, result.changed]));

describe('rebuilding the stored search vectors', () => {
  it('changes nothing when the analyzer is the one the rows were written with', async () => {
    const before = await vectors();
    const results = await rebuildSearchVectors({ db: database.db, analyzer: voikko });
    expect(changedByTable(results)).toEqual({
      evidence: 0,
      notes: 0,
      sources: 0,
      personas: 0,
      journey_cells: 0,
      concept_fields: 0,
      ideas: 0,
      method_cards: 0,
    });
    for (const result of results) expect(result.done).toBe(result.total);
    expect(await vectors()).toEqual(before);
  });

  it('drops the Voikko terms without Voikko and brings them back with it, in batches', async () => {
    const written = await vectors();
    // The demo's evidence says "palvelupolun" and the like: found for "polku" only through
    // Voikko's compound parts and lemmas, not by Snowball's stem.
    const findsPolku = async () =>
      (
        await searchProject(database.db, projectId, { q: 'polku', limit: 20 }, { notes: true })
      ).items.filter((hit) => hit.type === 'evidence').length;
    expect(await findsPolku()).toBeGreaterThan(0);

    const progress: RebuildProgress[] = [];
    const off = await rebuildSearchVectors({
      db: database.db,
      analyzer: null,
      batchSize: 3,
      onProgress: (step) => progress.push(step),
    });
    for (const table of Object.keys(searchTables)) {
      const result = off.find((r) => r.table === table);
      expect(result?.changed, table).toBeGreaterThan(0);
      expect(result?.done, table).toBe(result?.total);
      // Batches of three: the counts climb by at most three a step, up to every row.
      const steps = progress.filter((p) => p.table === table).map((p) => p.done);
      expect(steps.length, table).toBe(Math.ceil((result?.total ?? 0) / 3));
      expect(steps.at(-1), table).toBe(result?.total);
    }
    const stripped = await vectors();
    expect([...stripped].filter(([key, vector]) => written.get(key) !== vector)).not.toEqual([]);
    expect(await findsPolku()).toBe(0);

    const on = await rebuildSearchVectors({ db: database.db, analyzer: voikko, batchSize: 7 });
    expect(on.map((r) => r.changed)).toEqual(off.map((r) => r.changed));
    expect(await vectors()).toEqual(written);
    expect(await findsPolku()).toBeGreaterThan(0);
  });

  it('runs as `npm run admin -- rebuild-search`, printing counts only', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'apps/server/src/cli.ts'), 'rebuild-search'],
      { env: { ...process.env, DATABASE_URL: url } },
    );
    expect(stdout).toContain('Finnish morphology (Voikko) is on');
    const lines = stdout.trim().split('\n').slice(1);
    const tables = Object.keys(searchTables);
    expect(lines.slice(0, -1)).toEqual(
      tables.map((table) =>
        expect.stringMatching(new RegExp(`^  ${table}: (\\d+)/\\1 rows, 0 changed$`)),
      ),
    );
    expect(lines.at(-1)).toMatch(/^Search vectors rebuilt: \d+ rows, 0 changed\.$/);
  });
});
