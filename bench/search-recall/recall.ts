// Recall and precision of Finnish full-text search over a labelled corpus: PostgreSQL's Snowball
// stemmer alone against Voikko's lemmas and compound parts, and dictionary-free heuristics on
// top of each. Also prints what Voikko costs per word. See README.md beside this file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  analysisTerms,
  buildTsQuery,
  indexTerms,
  queryTerms,
  tokenize,
  type FinnishAnalyzer,
} from '../../apps/server/src/modules/search/terms.ts';
import { openVoikko } from '../../apps/server/src/modules/search/voikko.ts';
import { fixed, onCleanup, requireNode24, runBenchmark, table } from '../support.ts';
import { prefixTsQuery, tailEndings, tailIndexTerms } from './heuristics.ts';

type Evidence = { id: string; text: string };
type LabelledQuery = { query: string; kind: string; relevant: string[] };

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

function readJson(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(here, name), 'utf8'));
}

function isEvidence(value: unknown): value is Evidence {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.id === 'string' && typeof row.text === 'string';
}

function isLabelledQuery(value: unknown): value is LabelledQuery {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.query === 'string' &&
    typeof row.kind === 'string' &&
    Array.isArray(row.relevant) &&
    row.relevant.every((id) => typeof id === 'string')
  );
}

function load(): { corpus: Evidence[]; queries: LabelledQuery[] } {
  const corpus = readJson('corpus.json');
  const queries = readJson('queries.json');
  if (!Array.isArray(corpus) || !corpus.every(isEvidence))
    throw new Error('corpus.json: bad shape');
  if (!Array.isArray(queries) || !queries.every(isLabelledQuery)) {
    throw new Error('queries.json: bad shape');
  }
  const ids = new Set(corpus.map((row) => row.id));
  for (const query of queries) {
    const unknown = query.relevant.filter((id) => !ids.has(id));
    if (unknown.length > 0) throw new Error(`${query.query}: unknown ids ${unknown.join(', ')}`);
  }
  return { corpus, queries };
}

/** Extra index words per vector; each becomes a tsvector column beside the text's own. */
type Vector = 'snowball' | 'voikko' | 'tails' | 'voikkoTails';

type Setup = {
  name: string;
  vector: Vector;
  /** SQL producing the tsquery from $1, and what $1 is for a query string. */
  tsquery: { sql: string; param: (query: string) => string };
  note: string;
};

function setups(analyzer: FinnishAnalyzer | null): Setup[] {
  const plain = { sql: `plainto_tsquery('finnish', $1)`, param: (query: string) => query };
  const terms = (withAnalyzer: FinnishAnalyzer | null) => ({
    sql: `to_tsquery('finnish', $1)`,
    param: (query: string) => buildTsQuery(queryTerms(query, 'fi', withAnalyzer)),
  });
  const prefix = (withAnalyzer: FinnishAnalyzer | null) => ({
    sql: `to_tsquery('finnish', $1)`,
    param: (query: string) => prefixTsQuery(queryTerms(query, 'fi', withAnalyzer)),
  });
  const list: Setup[] = [
    { name: '(a) baseline', vector: 'snowball', tsquery: plain, note: 'Snowball, plainto_tsquery' },
    {
      name: '(a) fallback path',
      vector: 'snowball',
      tsquery: terms(null),
      note: 'terms.ts without Voikko',
    },
    { name: '(a) + prefix', vector: 'snowball', tsquery: prefix(null), note: 'lexeme:*, rejected' },
    { name: '(a) + tails', vector: 'tails', tsquery: terms(null), note: 'endings, rejected' },
  ];
  if (analyzer) {
    list.push(
      { name: '(b) Voikko', vector: 'voikko', tsquery: terms(analyzer), note: 'lemmas + parts' },
      {
        name: '(c) (b) + prefix',
        vector: 'voikko',
        tsquery: prefix(analyzer),
        note: 'lexeme:*, rejected',
      },
      {
        name: '(c) (b) + tails',
        vector: 'voikkoTails',
        tsquery: terms(analyzer),
        note: 'endings, rejected',
      },
    );
  }
  return list;
}

type Outcome = { query: LabelledQuery; retrieved: string[]; hits: number };

function score(outcomes: readonly Outcome[]) {
  let hits = 0;
  let retrieved = 0;
  let relevant = 0;
  let recallSum = 0;
  let precisionSum = 0;
  let complete = 0;
  for (const outcome of outcomes) {
    hits += outcome.hits;
    retrieved += outcome.retrieved.length;
    relevant += outcome.query.relevant.length;
    const recall = outcome.hits / outcome.query.relevant.length;
    recallSum += recall;
    // A query that finds nothing has made no false claim: count its precision as perfect, so
    // that low recall is not punished twice.
    precisionSum += outcome.retrieved.length === 0 ? 1 : outcome.hits / outcome.retrieved.length;
    if (recall === 1) complete++;
  }
  const recall = hits / relevant;
  const precision = retrieved === 0 ? 1 : hits / retrieved;
  return {
    recall,
    precision,
    f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision),
    macroRecall: recallSum / outcomes.length,
    macroPrecision: precisionSum / outcomes.length,
    complete,
  };
}

/** Wall-clock and CPU (user + system) µs per unit of `run()`, over `rounds` repetitions. */
function timed(units: number, rounds: number, run: () => void): { wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) run();
  const wall = (performance.now() - started) * 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: wall / (rounds * units), cpu: (cpu.user + cpu.system) / (rounds * units) };
}

/**
 * µs per word of libvoikko itself (no cache), through the cache, and of indexTerms as a whole,
 * over the corpus's words. CPU time is printed beside wall-clock time because it depends less on
 * what else the machine is running.
 */
function measureVoikko(corpus: readonly Evidence[], analyzer: FinnishAnalyzer) {
  const occurrences = corpus.flatMap((row) => tokenize(row.text).flatMap((token) => token.parts));
  const distinct = [...new Set(occurrences)];
  const rounds = 20;
  const uncached = openVoikko({ cacheSize: 0 }).analyzer;
  if (!uncached) throw new Error('Voikko did not open a second time');
  for (const word of distinct) uncached.analyze(word);
  const native = timed(distinct.length, rounds, () => {
    for (const word of distinct) uncached.analyze(word);
  });
  uncached.close();
  for (const word of distinct) analyzer.analyze(word);
  const cached = timed(occurrences.length, rounds, () => {
    for (const word of occurrences) analyzer.analyze(word);
  });
  const index = timed(occurrences.length, rounds, () => {
    for (const row of corpus) indexTerms(row.text, 'fi', analyzer);
  });
  return { distinct: distinct.length, occurrences: occurrences.length, native, cached, index };
}

/**
 * How many of the endings the tails heuristic indexes are Finnish words that are not a part of
 * the word they came from (työpajan → ajan, neuvolan → olan): each is a false match waiting for
 * a query for that word, and their number grows with the vocabulary, not with this corpus.
 */
function auditTails(corpus: readonly Evidence[], analyzer: FinnishAnalyzer) {
  const words = new Set(
    corpus.flatMap((row) => tokenize(row.text).flatMap((token) => token.parts)),
  );
  let endings = 0;
  let finnish = 0;
  const strangers: string[] = [];
  for (const word of words) {
    const own = new Set<string>();
    for (const analysis of analyzer.analyze(word)) {
      const { lemma, parts } = analysisTerms(analysis);
      own.add(lemma);
      for (const part of parts) own.add(part);
    }
    for (const ending of tailEndings(word)) {
      endings++;
      const lemmas = analyzer.analyze(ending).map((analysis) => analysis.baseform.toLowerCase());
      if (lemmas.length === 0) continue;
      finnish++;
      const belongs = lemmas.some((lemma) => [...own].some((part) => part.endsWith(lemma)));
      if (!belongs) strangers.push(`${word} → ${ending} (${lemmas[0] ?? ''})`);
    }
  }
  return { endings, finnish, strangers };
}

async function main(): Promise<void> {
  requireNode24();
  const perQuery = process.argv.includes('--per-query');
  const { corpus, queries } = load();
  const voikko = openVoikko();
  const analyzer = voikko.analyzer;
  if (!analyzer) console.error(`Voikko unavailable (${voikko.reason}): rows (b) and (c) skipped.`);
  else onCleanup('voikko', () => analyzer.close());

  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  onCleanup('database connection', () => client.end());
  // A temporary table vanishes with the connection even if this process is killed; the random
  // name keeps concurrent runs on one server apart all the same.
  const tableName = `search_recall_${randomBytes(6).toString('hex')}`;
  await client.query(`create temporary table ${tableName} (
      id text primary key,
      body text not null,
      snowball tsvector not null,
      voikko tsvector,
      tails tsvector not null,
      voikko_tails tsvector
    )`);
  onCleanup('recall table', async () => {
    await client.query(`drop table if exists ${tableName}`);
  });
  const version = await client.query<{ server_version: string }>('show server_version');

  // The text's own words weigh A and the added ones B, as the research module should store them.
  const vectorSql = (extra: string) =>
    `setweight(to_tsvector('finnish', $2), 'A') || setweight(to_tsvector('finnish', ${extra}), 'B')`;
  for (const row of corpus) {
    const voikkoTerms = analyzer ? indexTerms(row.text, 'fi', analyzer) : null;
    const tails = tailIndexTerms(row.text);
    await client.query(
      `insert into ${tableName} (id, body, snowball, voikko, tails, voikko_tails)
       values ($1, $2, to_tsvector('finnish', $2),
         case when $3::text is null then null else ${vectorSql('$3')} end,
         ${vectorSql('$4')},
         case when $3::text is null then null else ${vectorSql(`$3 || ' ' || $4`)} end)`,
      [row.id, row.text, voikkoTerms, tails],
    );
  }
  await client.query(`create index on ${tableName} using gin (voikko)`);
  await client.query(`analyze ${tableName}`);
  const columns: Record<Vector, string> = {
    snowball: 'snowball',
    voikko: 'voikko',
    tails: 'tails',
    voikkoTails: 'voikko_tails',
  };
  const sizes = new Map<Vector, number>();
  for (const [vector, column] of Object.entries(columns) as [Vector, string][]) {
    const { rows } = await client.query<{ lexemes: string | null }>(
      `select avg(length(${column}))::text as lexemes from ${tableName}`,
    );
    sizes.set(vector, Number(rows[0]?.lexemes ?? Number.NaN));
  }

  const results: { setup: Setup; outcomes: Outcome[] }[] = [];
  for (const setup of setups(analyzer)) {
    const outcomes: Outcome[] = [];
    for (const query of queries) {
      const param = setup.tsquery.param(query.query);
      const { rows } = await client.query<{ id: string }>(
        `select id from ${tableName} where ${columns[setup.vector]} @@ ${setup.tsquery.sql} order by id`,
        [param],
      );
      const retrieved = rows.map((row) => row.id);
      const relevant = new Set(query.relevant);
      outcomes.push({ query, retrieved, hits: retrieved.filter((id) => relevant.has(id)).length });
    }
    results.push({ setup, outcomes });
  }

  const relevantTotal = queries.reduce((sum, query) => sum + query.relevant.length, 0);
  console.log(
    [
      '',
      `search-recall: ${corpus.length} evidence sentences, ${queries.length} queries, ` +
        `${relevantTotal} relevant (query, sentence) pairs`,
      `  Node ${process.versions.node}, PostgreSQL ${version.rows[0]?.server_version ?? '?'} ` +
        `(${process.env.DATABASE_URL ? 'DATABASE_URL' : DEFAULT_DATABASE_URL}), load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}`,
      '',
    ].join('\n'),
  );
  console.log(
    table(
      [
        'setup',
        'recall',
        'precision',
        'F1',
        'macro R',
        'macro P',
        'all found',
        'lexemes/row',
        'how',
      ],
      results.map(({ setup, outcomes }) => {
        const s = score(outcomes);
        return [
          setup.name,
          fixed(s.recall, 3),
          fixed(s.precision, 3),
          fixed(s.f1, 3),
          fixed(s.macroRecall, 3),
          fixed(s.macroPrecision, 3),
          `${s.complete}/${outcomes.length}`,
          fixed(sizes.get(setup.vector) ?? Number.NaN, 1),
          setup.note,
        ];
      }),
    ),
  );

  if (analyzer) {
    const audit = auditTails(corpus, analyzer);
    console.log(
      [
        '',
        `tails: ${audit.endings} endings indexed, ${audit.finnish} are Finnish words (Voikko), ` +
          `${audit.strangers.length} of them not a part of their word, e.g. ` +
          audit.strangers
            .filter((_, index) => index % Math.max(1, Math.floor(audit.strangers.length / 6)) === 0)
            .slice(0, 6)
            .join(', '),
      ].join('\n'),
    );
    const speed = measureVoikko(corpus, analyzer);
    const us = (figure: { wall: number; cpu: number }, digits: number) =>
      `${fixed(figure.wall, digits)} µs/word (CPU ${fixed(figure.cpu, digits)})`;
    console.log(
      [
        '',
        `Voikko, uncached (libvoikko through koffi, ${speed.distinct} distinct words): ${us(speed.native, 1)}`,
        `Voikko, through the LRU cache: ${us(speed.cached, 2)}`,
        `indexTerms, warm cache (${speed.occurrences} words): ${us(speed.index, 2)}`,
      ].join('\n'),
    );
  }

  if (perQuery) {
    console.log('');
    console.log(
      table(
        ['query', 'kind', 'relevant', ...results.map(({ setup }) => setup.name)],
        queries.map((query, index) => [
          query.query,
          query.kind,
          String(query.relevant.length),
          ...results.map(({ outcomes }) => {
            const outcome = outcomes[index];
            if (!outcome) return '–';
            const wrong = outcome.retrieved.length - outcome.hits;
            return `${outcome.hits}${wrong > 0 ? ` +${wrong}` : ''}`;
          }),
        ]),
      ),
    );
    console.log('\ncells: relevant found, +wrong ones found');
  }
}

runBenchmark(main);
