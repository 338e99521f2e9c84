// Latency of the project search (`searchProject`: ranked full-text search over evidence, notes
// and sources with Voikko terms, keyset pagination and snippets), called in-process against a
// real PostgreSQL holding 100,000 or 1,000,000 evidence items in one project, next to a plain
// `to_tsvector('finnish', text) @@ plainto_tsquery('finnish', q)` on the same rows in the same run.
//
//   npm run bench:search -- [--sizes=100000,1000000] [--embedded-sizes=100000] [--runs=50]
//                           [--warmup=3] [--deep-page=50] [--rare=60] [--seed=20260101]
//                           [--server-url=postgres://postgres@127.0.0.1:5432/test] [--explain]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { richTextFromPlain } from '@timantti/contracts';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { connectDatabase, type Database, type Db } from '../apps/server/src/db/client.ts';
import { startEmbeddedDatabase } from '../apps/server/src/db/embedded.ts';
import { runMigrations } from '../apps/server/src/db/migrate.ts';
import * as schema from '../apps/server/src/db/schema.ts';
import { notes, researchSessions, sources } from '../apps/server/src/db/schema.ts';
import { encodeCursor } from '../apps/server/src/http/cursor.ts';
import { searchVector } from '../apps/server/src/modules/research/search-vector.ts';
import {
  searchProject,
  tsQueries,
} from '../apps/server/src/modules/research/search/search.repo.ts';
import { indexTerms, tokenize } from '../apps/server/src/modules/search/terms.ts';
import { sharedFinnishAnalyzer } from '../apps/server/src/modules/search/voikko.ts';
import { createLogger } from '../apps/server/src/platform/logger.ts';
import {
  createRandom,
  evidenceText,
  pick,
  RARE_WORD,
  randomUuid,
  type Random,
} from './finnish-text.ts';
import { createBenchProject, type BenchProject } from './research-project.ts';
import {
  fixed,
  onCleanup,
  percentile,
  postmastersUnder,
  requireNode24,
  runBenchmark,
  table,
} from './support.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    'embedded-sizes': { type: 'string', default: '100000' },
    runs: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    'deep-page': { type: 'string', default: '50' },
    rare: { type: 'string', default: '60' },
    seed: { type: 'string', default: '20260101' },
    batch: { type: 'string', default: '5000' },
    'server-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
    explain: { type: 'boolean', default: false },
  },
});

const COMMON_WORD = 'asiakas';
const PAGE = 20;
// The bench searches as a reader of raw research does: notes included.
const ALL = { notes: true };
// Evidence per research session and per participant, as in a mix of interviews and surveys.
const EVIDENCE_PER_SESSION = 2000;
const EVIDENCE_PER_PARTICIPANT = 4;

const integer = (name: string, value: string | undefined, min = 1): number => {
  const n = Number(value?.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const sizeList = (name: string, value: string | undefined): number[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => integer(name, part));

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const progress = (message: string) => process.stderr.write(`  … ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Search terms: `indexTerms` per distinct word, cached. The result is the same string (checked
// against `indexTerms` on every 97th row and, in SQL, against `searchVector` after loading);
// indexTerms itself re-derives every word's compound parts on each call, which would make the
// load of a million rows take minutes of JavaScript.

function cachedIndexTerms() {
  const analyzer = sharedFinnishAnalyzer();
  if (!analyzer) {
    throw new Error(
      'Voikko is not available (Debian libvoikko1 + voikko-fi): the stored vectors would not be the ones the app writes.',
    );
  }
  const perWord = new Map<string, readonly string[]>();
  const wordTerms = (word: string) => {
    let terms = perWord.get(word);
    if (!terms) {
      terms = indexTerms(word, 'fi', analyzer).split(' ').filter(Boolean);
      perWord.set(word, terms);
    }
    return terms;
  };
  let checked = 0;
  return (text: string): string => {
    // Hyphenated words also index their pieces; leave those texts to indexTerms itself.
    if (text.includes('-')) return indexTerms(text, 'fi', analyzer);
    const seen = new Set<string>();
    const extra = new Set<string>();
    for (const { word } of tokenize(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      for (const term of wordTerms(word)) extra.add(term);
    }
    for (const word of seen) extra.delete(word);
    const terms = [...extra].join(' ');
    if (++checked % 97 === 0 && terms !== indexTerms(text, 'fi', analyzer)) {
      throw new Error(`cached search terms differ from indexTerms for: ${text}`);
    }
    return terms;
  };
}

// ---------------------------------------------------------------------------------------------
// Loading

type Loaded = {
  evidence: number;
  participants: number;
  sessions: number;
  notes: number;
  sources: number;
  /** Sessions, participants and evidence (with the baseline copy). */
  rowsMs: number;
  /** The above plus notes and sources. */
  loadMs: number;
  indexMs: number;
  vacuumMs: number;
};

const sessionKinds = ['interview', 'survey', 'workshop', 'observation'] as const;
const segments = [
  'työnhakijat',
  'lapsiperheet',
  'yrittäjät',
  'ikäihmiset',
  'nuoret',
  'opiskelijat',
];
const ageBands = ['18-29', '30-44', '45-64', '65-74', '75+'];
const evidenceKinds = ['quote', 'quote', 'quote', 'observation', 'fact'] as const;

/** Distinct row numbers in [0, size) that get the rare word. */
function rarePositions(size: number, rare: number, seed: number): Set<number> {
  const random = createRandom(seed ^ 0x5eed);
  const positions = new Set<number>();
  while (positions.size < Math.min(rare, size)) positions.add(Math.floor(random() * size));
  return positions;
}

const dayOffset = (random: Random) => Math.floor(random() * 730);
const dateFrom = (days: number) =>
  new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

async function loadProject(
  database: Database,
  project: BenchProject,
  options: { size: number; rare: number; seed: number; batch: number },
): Promise<Loaded> {
  const { pool, db } = database;
  const { projectId, userId } = project;
  const { size, seed, batch } = options;
  const random = createRandom(seed);
  const terms = cachedIndexTerms();
  const started = performance.now();

  // Research sessions (a handful), through Drizzle.
  const sessionCount = Math.ceil(size / EVIDENCE_PER_SESSION);
  const sessionIds: string[] = [];
  for (let i = 0; i < sessionCount; i += 1000) {
    const rows = await db
      .insert(researchSessions)
      .values(
        Array.from({ length: Math.min(1000, sessionCount - i) }, (_, j) => ({
          projectId,
          kind: pick(random, sessionKinds),
          title: `Tutkimuskerta ${i + j + 1}`,
          heldOn: dateFrom(dayOffset(random)),
          createdBy: userId,
        })),
      )
      .returning({ id: researchSessions.id });
    sessionIds.push(...rows.map((row) => row.id));
  }

  // Participants, many: unnest() of arrays, a few thousand rows a statement.
  const participantCount = Math.ceil(size / EVIDENCE_PER_PARTICIPANT);
  const participantIds: string[] = [];
  for (let i = 0; i < participantCount; i += batch) {
    const n = Math.min(batch, participantCount - i);
    const ids: string[] = [];
    const codes: string[] = [];
    const segmentValues: string[] = [];
    const attributes: string[] = [];
    for (let j = 0; j < n; j++) {
      ids.push(randomUuid(random));
      codes.push(`H-${String(i + j + 1).padStart(3, '0')}`);
      segmentValues.push(pick(random, segments));
      attributes.push(JSON.stringify({ Ikäryhmä: pick(random, ageBands) }));
    }
    await pool.query(
      `insert into participants (id, project_id, code, kind, segment, attributes, created_by)
       select t.id, $1, t.code, 'customer', t.segment, t.attributes::jsonb, $2
       from unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) as t(id, code, segment, attributes)`,
      [projectId, userId, ids, codes, segmentValues, attributes],
    );
    participantIds.push(...ids);
  }

  progress(
    `${count(sessionCount)} sessions, ${count(participantCount)} participants: ${seconds(performance.now() - started)}`,
  );

  // Evidence: the stored vector is built in SQL exactly as searchVector('fi', text) builds it —
  // the words at weight A, Voikko's lemmas and compound parts (computed here) at weight B. The
  // same statement copies each row into the baseline table, whose vector is PostgreSQL's own
  // to_tsvector('finnish', text) and nothing else.
  await pool.query(`create table plain_evidence (
      id uuid not null,
      project_id uuid not null,
      text text not null,
      tsv tsvector not null)`);
  const rare = rarePositions(size, options.rare, seed);
  const insertEvidence = `with t as (
      select t.*, to_tsvector('finnish'::regconfig, t.text) as words
      from unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::timestamptz[])
        as t(id, kind, text, extra, session_id, participant_id, created_at)),
    plain as (insert into plain_evidence (id, project_id, text, tsv)
      select t.id, $1, t.text, t.words from t)
    insert into evidence
      (id, project_id, kind, text, session_id, participant_id, language, search, created_by, created_at)
    select t.id, $1, t.kind::evidence_kind, t.text, t.session_id, t.participant_id, 'fi',
      setweight(t.words, 'A') || setweight(to_tsvector('finnish'::regconfig, t.extra), 'B'),
      $2, t.created_at
    from t`;
  // The evidence indexes are dropped for the load and rebuilt after it from their own
  // definitions, as a bulk load does (it also leaves no GIN pending list behind).
  const { rows: indexRows } = await pool.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename = 'evidence'
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const index of indexRows) await pool.query(`drop index ${index.name}`);
  // Two statements in flight: PostgreSQL works on one batch while this process makes the next.
  const inFlight: Promise<unknown>[] = [];
  let lastReport = performance.now();
  for (let i = 0; i < size; i += batch) {
    const n = Math.min(batch, size - i);
    const columns = {
      ids: [] as string[],
      kinds: [] as string[],
      texts: [] as string[],
      extras: [] as string[],
      sessions: [] as string[],
      participants: [] as string[],
      created: [] as string[],
    };
    for (let j = 0; j < n; j++) {
      const row = i + j;
      const text = evidenceText(random, rare.has(row));
      columns.ids.push(randomUuid(random));
      columns.kinds.push(pick(random, evidenceKinds));
      columns.texts.push(text);
      columns.extras.push(terms(text));
      columns.sessions.push(sessionIds[Math.floor(row / EVIDENCE_PER_SESSION)] ?? '');
      columns.participants.push(participantIds[Math.floor(random() * participantIds.length)] ?? '');
      columns.created.push(
        new Date(Date.UTC(2024, 0, 1) + dayOffset(random) * 86_400_000).toISOString(),
      );
    }
    while (inFlight.length >= 2) await inFlight.shift();
    const statement = pool.query(insertEvidence, [
      projectId,
      userId,
      columns.ids,
      columns.kinds,
      columns.texts,
      columns.extras,
      columns.sessions,
      columns.participants,
      columns.created,
    ]);
    // Handled here so a failure waits for its turn in the loop instead of crashing the process.
    statement.catch(() => undefined);
    inFlight.push(statement);
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      progress(
        `${count(i + n)} of ${count(size)} evidence rows sent (${seconds(lastReport - started)})`,
      );
    }
  }
  await Promise.all(inFlight);
  const rowsMs = performance.now() - started;

  // A note per session and a few sources, through Drizzle and searchVector as the app writes them.
  for (let i = 0; i < sessionIds.length; i += 200) {
    await db.insert(notes).values(
      sessionIds.slice(i, i + 200).map((sessionId, j) => {
        const title = `Muistiinpanot ${i + j + 1}`;
        const body = [evidenceText(random), evidenceText(random), evidenceText(random)].join('\n');
        return {
          projectId,
          sessionId,
          title,
          content: richTextFromPlain(body),
          body,
          language: 'fi' as const,
          search: searchVector('fi', title, body),
          createdBy: userId,
        };
      }),
    );
  }
  const sourceCount = 20;
  await db.insert(sources).values(
    Array.from({ length: sourceCount }, (_, i) => {
      const title = `Selvitys ${i + 1}: ${evidenceText(random).split('.')[0] ?? ''}`;
      const summary = evidenceText(random);
      return {
        projectId,
        kind: 'report' as const,
        title,
        author: 'Kunnan tutkimuspalvelut',
        summary,
        language: 'fi' as const,
        search: searchVector('fi', title, 'Kunnan tutkimuspalvelut', summary, ''),
        createdBy: userId,
      };
    }),
  );
  const loadMs = performance.now() - started;

  let mark = performance.now();
  for (const index of indexRows) await pool.query(index.definition);
  await pool.query('create index plain_evidence_tsv_idx on plain_evidence using gin (tsv)');
  const indexMs = performance.now() - mark;

  mark = performance.now();
  await pool.query(
    'vacuum (analyze) evidence, participants, research_sessions, notes, sources, evidence_tags, plain_evidence',
  );
  const vacuumMs = performance.now() - mark;

  return {
    evidence: size,
    participants: participantCount,
    sessions: sessionCount,
    notes: sessionCount,
    sources: sourceCount,
    rowsMs,
    loadMs,
    indexMs,
    vacuumMs,
  };
}

/** Every sampled row's stored vector must equal what searchVector makes of its text. */
async function checkVectors(db: Db, projectId: string): Promise<void> {
  const result = await db.execute<{ id: string; text: string }>(
    sql`select id, text from evidence where project_id = ${projectId} order by id limit 50`,
  );
  for (const row of result.rows) {
    const check = await db.execute<{ same: boolean }>(
      sql`select (${searchVector('fi', row.text)}) = search as same from evidence where id = ${row.id}`,
    );
    if (check.rows[0]?.same !== true) {
      throw new Error(`evidence ${row.id}: stored vector differs from searchVector('fi', text)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

type Case = {
  query: string;
  what: string;
  rows: string;
  run: () => Promise<unknown>;
  explain?: () => Promise<{ sql: string; params: unknown[] }>;
  latencies: number[];
};

type Target = {
  label: string;
  /** A superuser URL of the cluster, to create and drop the benchmark's own database. */
  adminUrl: string;
};

async function withScratchDatabase<T>(
  adminUrl: string,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const name = `timantti_bench_search_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
  onCleanup(`database ${name}`, drop);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await use(url.toString());
  } finally {
    await drop();
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return rows[0]?.server_version.split(' ')[0] ?? '?';
  } finally {
    await client.end();
  }
}

/** A Drizzle handle on the same pool that records the SQL searchProject sends, for EXPLAIN. */
function recordingDb(pool: pg.Pool) {
  let last: { sql: string; params: unknown[] } | null = null;
  const db = drizzle(pool, {
    schema,
    logger: { logQuery: (query, params) => void (last = { sql: query, params }) },
  });
  return {
    db,
    take: () => {
      if (!last) throw new Error('no query recorded');
      const taken = last;
      last = null;
      return taken;
    },
  };
}

async function measureSize(
  target: Target,
  size: number,
  options: {
    runs: number;
    warmup: number;
    deepPage: number;
    rare: number;
    seed: number;
    batch: number;
    explain: boolean;
  },
): Promise<void> {
  await withScratchDatabase(target.adminUrl, async (url) => {
    const logger = createLogger('warn');
    const database = connectDatabase(url, logger, 3);
    onCleanup('search pool', () => database.pool.end().catch(() => undefined));
    await runMigrations(database.pool);
    const project = await createBenchProject(database.db, 'Hakutestiprojekti');
    progress(`${target.label}: loading ${count(size)} evidence items`);
    const loaded = await loadProject(database, project, {
      size,
      rare: options.rare,
      seed: options.seed,
      batch: options.batch,
    });
    await checkVectors(database.db, project.projectId);
    const { rows: sizeRows } = await database.pool.query<{ heap: string; gin: string }>(
      `select pg_size_pretty(pg_table_size('evidence')) as heap,
              pg_size_pretty(pg_relation_size('evidence_search_idx')) as gin`,
    );

    const { pool, db } = database;
    const { projectId } = project;
    const recorder = recordingDb(pool);
    const cases: Case[] = [];
    for (const query of [RARE_WORD, COMMON_WORD]) {
      const q = tsQueries(query);
      const { rows: matchRows } = await pool.query<{ n: number }>(
        `select (select count(*) from evidence e where e.project_id = $1 and e.withdrawn_at is null and (
                  (e.language = 'fi' and e.search @@ to_tsquery('finnish', $2))
                  or (e.language = 'sv' and e.search @@ to_tsquery('swedish', $3))
                  or (e.language = 'en' and e.search @@ to_tsquery('english', $4))))
              + (select count(*) from notes n where n.project_id = $1 and n.search @@ to_tsquery('finnish', $2))
              + (select count(*) from sources s where s.project_id = $1 and s.search @@ to_tsquery('finnish', $2))
              as n`,
        [projectId, q.fi, q.sv, q.en],
      );
      const matches = Number(matchRows[0]?.n ?? 0);

      // The deep page: the one after `deepPage` pages of nextCursor, or the last one there is.
      // One call with limit = deepPage × 20 (past the API's 100, in-process only) returns the
      // hits of those pages in the same order, and the cursor after its last hit is the one that
      // following nextCursor `deepPage` times gives (keyset pagination depends only on the last
      // hit); walking a million-row query's pages one by one would take minutes. Checked below:
      // the first pages walked by nextCursor are the start of it, and the deep page is what a
      // call with 20 more returns after it.
      const depth = options.deepPage * PAGE;
      const walkStarted = performance.now();
      const jump = await searchProject(db, projectId, { q: query, limit: depth }, ALL);
      const ids = jump.items.map((item) => item.id);
      if (new Set(ids).size !== ids.length) throw new Error(`"${query}": a hit came twice`);
      if (!jump.nextCursor && ids.length !== matches) {
        throw new Error(`"${query}": ${ids.length} hits, ${matches} matches`);
      }
      let walkCursor: string | undefined;
      for (let walked = 0; walked < Math.min(3, options.deepPage); walked++) {
        const result = await searchProject(
          db,
          projectId,
          { q: query, limit: PAGE, cursor: walkCursor },
          ALL,
        );
        const expected = ids.slice(walked * PAGE, (walked + 1) * PAGE);
        if (result.items.map((item) => item.id).join() !== expected.join()) {
          throw new Error(`"${query}": page ${walked + 1} by nextCursor differs`);
        }
        if (!result.nextCursor) break;
        walkCursor = result.nextCursor;
      }
      const complete = jump.nextCursor === null;
      const deepStart = complete ? Math.floor(Math.max(ids.length - 1, 0) / PAGE) * PAGE : depth;
      const before = jump.items[deepStart - 1];
      const cursor = complete
        ? before && encodeCursor({ rank: before.rank, id: before.id })
        : (jump.nextCursor ?? undefined);
      const page = deepStart / PAGE + 1;
      const deep = await searchProject(db, projectId, { q: query, limit: PAGE, cursor }, ALL);
      const expectedDeep = complete
        ? ids.slice(deepStart)
        : (await searchProject(db, projectId, { q: query, limit: depth + PAGE }, ALL)).items
            .slice(depth)
            .map((item) => item.id);
      if (deep.items.map((item) => item.id).join() !== expectedDeep.join()) {
        throw new Error(`"${query}": page ${page} by cursor differs from the hits after ${depth}`);
      }
      const walkMs = performance.now() - walkStarted;
      const firstFilters = { q: query, limit: PAGE };
      const deepFilters = { q: query, limit: PAGE, cursor };
      const explainOurs = (filters: { q: string; limit: number; cursor?: string }) => async () => {
        await searchProject(recorder.db, projectId, filters, ALL);
        return recorder.take();
      };
      const returned = (await searchProject(db, projectId, firstFilters, ALL)).items.length;
      const deepReturned = deep.items.length;
      cases.push({
        query,
        what: `ours, first page`,
        rows: `${count(matches)} / ${returned}`,
        run: () => searchProject(db, projectId, firstFilters, ALL),
        explain: explainOurs(firstFilters),
        latencies: [],
      });
      cases.push({
        query,
        what: `ours, page ${page}${complete ? ' (last)' : ''}`,
        rows: `${count(matches)} / ${deepReturned}`,
        run: () => searchProject(db, projectId, deepFilters, ALL),
        explain: explainOurs(deepFilters),
        latencies: [],
      });
      progress(
        `"${query}": ${count(matches)} matches; reaching and checking page ${page} took ${fixed(walkMs, 0)} ms`,
      );

      // Baselines on the same rows. "our vector": the same match set and ts_rank as ours, but
      // one table, no joins, no union with notes and sources, no snippets. "plain": PostgreSQL's
      // own Finnish configuration, stored as plain_evidence.tsv = to_tsvector('finnish', text).
      const bareCase = (what: string, text: string, params: unknown[], rows: string): Case => ({
        query,
        what,
        rows,
        run: () => pool.query(text, params),
        explain: async () => ({ sql: text, params }),
        latencies: [],
      });
      const rowsOf = async (text: string, params: unknown[]) =>
        (await pool.query(text, params)).rowCount ?? 0;
      const ourRanked = `select id, text, ts_rank(search, to_tsquery('finnish', $2)) as rank
        from evidence where project_id = $1 and withdrawn_at is null
          and search @@ to_tsquery('finnish', $2)
        order by rank desc, id limit ${PAGE}`;
      const ourParams = [projectId, q.fi];
      cases.push(
        bareCase(
          'our vector, first page by ts_rank',
          ourRanked,
          ourParams,
          `${count(matches)} / ${await rowsOf(ourRanked, ourParams)}`,
        ),
      );
      const plainWhere = `project_id = $1 and tsv @@ plainto_tsquery('finnish', $2)`;
      const plainCount = `select count(*) as n from plain_evidence where ${plainWhere}`;
      const plainFirst = `select id, text from plain_evidence where ${plainWhere} limit ${PAGE}`;
      const plainRanked = `select id, text, ts_rank(tsv, plainto_tsquery('finnish', $2)) as rank
        from plain_evidence where ${plainWhere} order by rank desc, id limit ${PAGE}`;
      const params = [projectId, query];
      const { rows: plainRows } = await pool.query<{ n: string }>(plainCount, params);
      const plainMatches = count(Number(plainRows[0]?.n ?? 0));
      cases.push(bareCase('plain, count(*)', plainCount, params, `${plainMatches} / 1`));
      cases.push(
        bareCase(
          'plain, first page',
          plainFirst,
          params,
          `${plainMatches} / ${await rowsOf(plainFirst, params)}`,
        ),
      );
      cases.push(
        bareCase(
          'plain, first page by ts_rank',
          plainRanked,
          params,
          `${plainMatches} / ${await rowsOf(plainRanked, params)}`,
        ),
      );
    }

    // Round-robin over the cases, so a busy moment of the machine hits them all alike.
    const measureStarted = performance.now();
    for (let run = 0; run < options.warmup + options.runs; run++) {
      for (const c of cases) {
        const started = performance.now();
        await c.run();
        const elapsed = performance.now() - started;
        if (run >= options.warmup) c.latencies.push(elapsed);
      }
    }
    const measureMs = performance.now() - measureStarted;

    console.log(
      [
        '',
        `${target.label}: ${count(loaded.evidence)} evidence items in one project ` +
          `(+ ${count(loaded.participants)} participants, ${count(loaded.sessions)} sessions, ` +
          `${count(loaded.notes)} notes, ${loaded.sources} sources); evidence heap ${sizeRows[0]?.heap ?? '?'}, ` +
          `its GIN ${sizeRows[0]?.gin ?? '?'}`,
        `  load ${seconds(loaded.loadMs)}: ${count(Math.round(loaded.evidence / (loaded.rowsMs / 1000)))} evidence/s ` +
          `(with Voikko terms, participants, sessions and the baseline copy), then indexes ` +
          `${seconds(loaded.indexMs)}, vacuum analyze ${seconds(loaded.vacuumMs)}`,
        `  ${options.runs} runs per row after ${options.warmup} warm-up, round-robin over the rows, ` +
          `${seconds(measureMs)}; load average ${loadAverage()}`,
        '',
      ].join('\n'),
    );
    console.log(
      table(
        ['query: what', 'matches', 'rows', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
        cases.map((c) => {
          const sorted = [...c.latencies].sort((a, b) => a - b);
          const [matches = '', rows = ''] = c.rows.split(' / ');
          return [
            `${c.query}: ${c.what}`,
            matches,
            rows,
            fixed(percentile(sorted, 50)),
            fixed(percentile(sorted, 95)),
            fixed(percentile(sorted, 99)),
            fixed(sorted.at(-1) ?? Number.NaN),
          ];
        }),
      ),
    );

    if (options.explain) {
      for (const c of cases) {
        if (!c.explain) continue;
        const { sql: text, params } = await c.explain();
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers) ${text}`,
          params,
        );
        console.log(`\nEXPLAIN ANALYZE — ${c.query}, ${c.what} (${target.label}):`);
        console.log(rows.map((row) => `  ${row['QUERY PLAN']}`).join('\n'));
      }
    }
    await database.pool.end();
  });
}

runBenchmark(async () => {
  requireNode24();
  const serverSizes = sizeList('sizes', flags.sizes);
  const embeddedSizes = sizeList('embedded-sizes', flags['embedded-sizes']);
  const options = {
    runs: integer('runs', flags.runs),
    warmup: integer('warmup', flags.warmup, 0),
    deepPage: integer('deep-page', flags['deep-page']),
    rare: integer('rare', flags.rare),
    seed: integer('seed', flags.seed, 0),
    batch: integer('batch', flags.batch),
    explain: flags.explain,
  };
  if (!sharedFinnishAnalyzer()) throw new Error('Voikko (libvoikko1 + voikko-fi) is required');

  console.log(
    [
      '',
      `search: searchProject (first page of ${PAGE}, and the page after ${options.deepPage} followed cursors) vs a plain ` +
        `to_tsvector('finnish', text) @@ plainto_tsquery('finnish', q) on the same rows`,
      `  queries: "${RARE_WORD}" (planted in ${options.rare} rows), "${COMMON_WORD}" (common); seed ${options.seed}`,
      `  Node ${process.versions.node}, ${os.cpus().length} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'}, load average ${loadAverage()}`,
    ].join('\n'),
  );

  if (serverSizes.length > 0) {
    const adminUrl = flags['server-url'];
    const version = await serverVersion(adminUrl);
    const target = { label: `server PostgreSQL ${version}`, adminUrl };
    for (const size of serverSizes) await measureSize(target, size, options);
  }

  if (embeddedSizes.length > 0) {
    const logger = createLogger('warn');
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'timantti-bench-search-'));
    onCleanup('temporary directory', () => fs.rm(tmp, { recursive: true, force: true }));
    // PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
    await fs.chmod(tmp, 0o755);
    const embedded = await startEmbeddedDatabase({ dataDir: tmp, logger, persistent: false });
    onCleanup('embedded PostgreSQL', async () => {
      await embedded.stop();
      for (const pid of postmastersUnder(tmp)) process.kill(pid, 'SIGKILL');
    });
    const adminUrl = new URL(embedded.url);
    adminUrl.pathname = '/postgres';
    const version = await serverVersion(adminUrl.toString());
    const target = {
      label: `embedded PostgreSQL ${version}`,
      adminUrl: adminUrl.toString(),
    };
    for (const size of embeddedSizes) await measureSize(target, size, options);
  }
});
