import type { SearchHit, SearchQuery } from '@timantti/contracts';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../../http/cursor.ts';
import { buildTsQuery, finnishSnippet, queryTerms } from '../../search/terms.ts';
import { sharedFinnishAnalyzer } from '../../search/voikko.ts';

type Filters = z.output<typeof SearchQuery>;
// A rank PostgreSQL's real cannot hold (a forged cursor's) would fail the query.
const SearchCursor = z.object({
  rank: z
    .number()
    .refine((rank) => rank === 0 || (Math.abs(rank) > 1e-37 && Math.abs(rank) < 1e38)),
  id: z.uuid(),
});
/** The query as a tsquery per language: each word, or any of its lemmas, must occur. */
export type Queries = { fi: string; sv: string; en: string };
export function tsQueries(q: string): Queries {
  const analyzer = sharedFinnishAnalyzer();
  return {
    fi: buildTsQuery(queryTerms(q, 'fi', analyzer)),
    sv: buildTsQuery(queryTerms(q, 'sv')),
    en: buildTsQuery(queryTerms(q, 'en')),
  };
}

// A row matches in its own language with a constant configuration per branch, so PostgreSQL
// can combine GIN index scans of `search` for the three branches.
const matches = (alias: string, q: Queries) => sql`(
  (${sql.raw(alias)}.language = 'fi' and ${sql.raw(alias)}.search @@ to_tsquery('finnish', ${q.fi}))
  or (${sql.raw(alias)}.language = 'sv' and ${sql.raw(alias)}.search @@ to_tsquery('swedish', ${q.sv}))
  or (${sql.raw(alias)}.language = 'en' and ${sql.raw(alias)}.search @@ to_tsquery('english', ${q.en})))`;
const queryOf = (alias: string, q: Queries) => sql`(case ${sql.raw(alias)}.language
  when 'sv' then to_tsquery('swedish', ${q.sv})
  when 'en' then to_tsquery('english', ${q.en})
  else to_tsquery('finnish', ${q.fi}) end)`;
const configOf = (alias: string) =>
  sql`(case ${sql.raw(alias)}.language when 'sv' then 'swedish' when 'en' then 'english' else 'finnish' end)::regconfig`;

type Branch = { f: Filters; q: Queries };

function evidenceBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [
    sql`e.project_id = ${projectId}`,
    sql`e.withdrawn_at is null`,
    matches('e', q),
  ];
  if (f.kind) conditions.push(sql`e.kind = ${f.kind}`);
  if (f.tagId)
    conditions.push(
      sql`exists (select 1 from evidence_tags et where et.evidence_id = e.id and et.tag_id = ${f.tagId})`,
    );
  if (f.sessionKind) conditions.push(sql`s.kind = ${f.sessionKind}`);
  if (f.segment) {
    conditions.push(
      sql`exists (select 1 from participants p where p.id = e.participant_id and p.segment = ${f.segment})`,
    );
  }
  if (f.from) conditions.push(sql`coalesce(s.held_on, e.created_at::date) >= ${f.from}`);
  if (f.to) conditions.push(sql`coalesce(s.held_on, e.created_at::date) <= ${f.to}`);
  // The title (the participant's code) is looked up after the limit, for the page only.
  return sql`select 'evidence' as type, e.id, '' as title, e.text as body, ${configOf('e')} as config,
      e.language, e.session_id, e.participant_id,
      ts_rank(e.search, ${queryOf('e', q)}) as rank, e.created_at
    from evidence e
    left join research_sessions s on s.id = e.session_id
    where ${sql.join(conditions, sql` and `)}`;
}

function noteBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [sql`n.project_id = ${projectId}`, matches('n', q)];
  if (f.sessionKind) conditions.push(sql`s.kind = ${f.sessionKind}`);
  if (f.segment) conditions.push(sql`p.segment = ${f.segment}`);
  if (f.from) conditions.push(sql`s.held_on >= ${f.from}`);
  if (f.to) conditions.push(sql`s.held_on <= ${f.to}`);
  return sql`select 'note' as type, n.id, coalesce(nullif(n.title, ''), s.title) as title, n.body, ${configOf('n')} as config,
      n.language, n.session_id, null::uuid as participant_id,
      ts_rank(n.search, ${queryOf('n', q)}) as rank, n.created_at
    from notes n
    join research_sessions s on s.id = n.session_id
    left join participants p on p.id = n.participant_id
    where ${sql.join(conditions, sql` and `)}`;
}

function sourceBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [sql`so.project_id = ${projectId}`, matches('so', q)];
  if (f.from) conditions.push(sql`so.created_at::date >= ${f.from}`);
  if (f.to) conditions.push(sql`so.created_at::date <= ${f.to}`);
  return sql`select 'source' as type, so.id, so.title, concat_ws(' ', so.summary, so.citation) as body, ${configOf('so')} as config,
      so.language, null::uuid as session_id, null::uuid as participant_id,
      ts_rank(so.search, ${queryOf('so', q)}) as rank, so.created_at
    from sources so
    where ${sql.join(conditions, sql` and `)}`;
}

// A persona's or customer story's own texts, never evidence text (it only cites evidence).
function personaBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [sql`pe.project_id = ${projectId}`, matches('pe', q)];
  if (f.from) conditions.push(sql`pe.created_at::date >= ${f.from}`);
  if (f.to) conditions.push(sql`pe.created_at::date <= ${f.to}`);
  return sql`select 'persona' as type, pe.id, pe.name as title,
      concat_ws(E'\n', pe.segment, array_to_string(pe.needs || pe.goals || pe.frustrations, E'\n'), pe.quote, pe.story) as body,
      ${configOf('pe')} as config, pe.language, null::uuid as session_id, null::uuid as participant_id,
      ts_rank(pe.search, ${queryOf('pe', q)}) as rank, pe.created_at
    from personas pe
    where ${sql.join(conditions, sql` and `)}`;
}

// A journey map's cells, the team's own words: one hit per map, ranked by its best cell, so
// the cursor's (rank, id) stays unique.
function journeyBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [sql`j.project_id = ${projectId}`, matches('jc', q)];
  if (f.from) conditions.push(sql`j.created_at::date >= ${f.from}`);
  if (f.to) conditions.push(sql`j.created_at::date <= ${f.to}`);
  return sql`select 'journey' as type, j.id, j.title, string_agg(jc.text, E'\n') as body,
      ${configOf('j')} as config, j.language, null::uuid as session_id, null::uuid as participant_id,
      max(ts_rank(jc.search, ${queryOf('jc', q)})) as rank, j.created_at
    from journey_cells jc
    join journeys j on j.id = jc.journey_id
    where ${sql.join(conditions, sql` and `)}
    group by j.id`;
}

// A service concept's draft, its fields and list items: one hit per concept, as for journeys.
function conceptBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [sql`c.project_id = ${projectId}`, matches('cf', q)];
  if (f.from) conditions.push(sql`c.created_at::date >= ${f.from}`);
  if (f.to) conditions.push(sql`c.created_at::date <= ${f.to}`);
  return sql`select 'concept' as type, c.id, c.name as title, string_agg(cf.text, E'\n') as body,
      ${configOf('c')} as config, c.language, null::uuid as session_id, null::uuid as participant_id,
      max(ts_rank(cf.search, ${queryOf('cf', q)})) as rank, c.created_at
    from concept_fields cf
    join concepts c on c.id = cf.concept_id
    where ${sql.join(conditions, sql` and `)}
    group by c.id`;
}

// An idea's text, which is also its title, as on the idea list. Never its author: a voting
// round may hide who wrote it, so the hit names nobody and the author's name is not indexed.
function ideaBranch(projectId: string, { f, q }: Branch): SQL {
  const conditions: SQL[] = [sql`i.project_id = ${projectId}`, matches('i', q)];
  if (f.from) conditions.push(sql`i.created_at::date >= ${f.from}`);
  if (f.to) conditions.push(sql`i.created_at::date <= ${f.to}`);
  return sql`select 'idea' as type, i.id, i.text as title, i.text as body,
      ${configOf('i')} as config, i.language, null::uuid as session_id, null::uuid as participant_id,
      ts_rank(i.search, ${queryOf('i', q)}) as rank, i.created_at
    from ideas i
    where ${sql.join(conditions, sql` and `)}`;
}

/**
 * Ranked full-text search over a project's evidence, notes, sources, personas, journey maps,
 * service concepts and ideas, each row in
 * its own language. A keyset cursor on (rank, id) pages without OFFSET; every page still ranks all
 * matches, so a very common word costs time in proportion to its matches (bench/search.ts).
 * Snippets and participant codes are made only for the page returned. Notes are searched only
 * for a caller who may read them.
 */
export async function searchProject(
  db: Queryable,
  projectId: string,
  filters: Filters,
  scope: { notes: boolean },
) {
  const q = tsQueries(filters.q);
  if (!q.fi && !q.sv && !q.en) return { items: [], nextCursor: null };
  const analyzer = sharedFinnishAnalyzer();
  const branch = { f: filters, q };
  // Filters that only evidence has leave the other kinds out.
  const evidenceOnly = filters.kind !== undefined || filters.tagId !== undefined;
  const branches: SQL[] = [];
  if (!filters.type || filters.type === 'evidence')
    branches.push(evidenceBranch(projectId, branch));
  if ((!filters.type || filters.type === 'note') && !evidenceOnly && scope.notes)
    branches.push(noteBranch(projectId, branch));
  if (
    (!filters.type || filters.type === 'source') &&
    !evidenceOnly &&
    !filters.sessionKind &&
    !filters.segment
  ) {
    branches.push(sourceBranch(projectId, branch));
  }
  if (
    (!filters.type || filters.type === 'persona') &&
    !evidenceOnly &&
    !filters.sessionKind &&
    !filters.segment
  ) {
    branches.push(personaBranch(projectId, branch));
  }
  if (
    (!filters.type || filters.type === 'journey') &&
    !evidenceOnly &&
    !filters.sessionKind &&
    !filters.segment
  ) {
    branches.push(journeyBranch(projectId, branch));
  }
  if (
    (!filters.type || filters.type === 'concept') &&
    !evidenceOnly &&
    !filters.sessionKind &&
    !filters.segment
  ) {
    branches.push(conceptBranch(projectId, branch));
  }
  if (
    (!filters.type || filters.type === 'idea') &&
    !evidenceOnly &&
    !filters.sessionKind &&
    !filters.segment
  ) {
    branches.push(ideaBranch(projectId, branch));
  }
  // Filters that no kind has together (a persona by session kind, notes for whoever may not
  // read them) leave nothing to search.
  if (branches.length === 0) return { items: [], nextCursor: null };
  const cursor = decodeCursor(filters.cursor, SearchCursor);
  const after = cursor
    ? sql`where (hits.rank < ${cursor.rank}::real or (hits.rank = ${cursor.rank}::real and hits.id > ${cursor.id}::uuid))`
    : sql``;
  const result = await db.execute<{
    type: SearchHit['type'];
    id: string;
    title: string;
    snippet: string;
    rank: number;
    created_at: string;
    language: 'fi' | 'sv' | 'en';
    session_id: string | null;
    body: string | null;
    text: string | null;
  }>(sql`
    with hits as (${sql.join(branches, sql` union all `)}),
    page as (select * from hits ${after} order by rank desc, id limit ${filters.limit + 1}),
    shown as (
      select type, page.id, coalesce(p.code, title) as title, rank, page.created_at, language,
        session_id, body,
        ts_headline(config, body, case config when 'swedish'::regconfig then to_tsquery('swedish', ${q.sv})
            when 'english'::regconfig then to_tsquery('english', ${q.en}) else to_tsquery('finnish', ${q.fi}) end,
          'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2') as snippet
      from page left join participants p on p.id = page.participant_id)
    -- A Finnish text found only through lemmas or compound parts gets its snippet from Voikko.
    select type, id, title, rank, created_at, language, session_id, snippet,
      case when language = 'fi' and strpos(snippet, chr(2)) = 0 then body end as body,
      case when type = 'evidence' then body end as text
    from shown
    order by rank desc, id`);
  const rows = result.rows;
  const more = rows.length > filters.limit;
  const items = rows.slice(0, filters.limit).map((row) => ({
    type: row.type,
    id: row.id,
    title: row.title,
    snippet: (row.body && analyzer && finnishSnippet(row.body, filters.q, analyzer)) || row.snippet,
    text: row.text,
    language: row.language,
    sessionId: row.session_id,
    rank: Number(row.rank),
    createdAt: new Date(row.created_at).toISOString(),
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: more && last ? encodeCursor({ rank: last.rank, id: last.id }) : null,
  };
}
