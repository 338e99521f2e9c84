import type { TestApp } from './harness.ts';

// Which rows of each table belong to the organisations in $1, so that a refused request can be
// shown to have changed none of them. Tests share the database, so a whole-table check would
// see other tests' writes.
const members = 'select user_id from memberships where organisation_id = any($1)';
const projects = 'select id from projects where organisation_id = any($1)';
const ofProjects = `project_id in (${projects})`;
const participants = `participant_id in (select id from participants where ${ofProjects})`;
const researchSessions = `session_id in (select id from research_sessions where ${ofProjects})`;
const ofTable = (column: string, table: string) =>
  `${column} in (select id from ${table} where ${ofProjects})`;

const ofOrganisation = (column: string, table: string) =>
  `${column} in (select id from ${table} where organisation_id = any($1))`;

const scopes: Record<string, string> = {
  organisations: 'id = any($1)',
  memberships: 'organisation_id = any($1)',
  users: `id in (${members})`,
  sessions: `user_id in (${members})`,
  oidc_identities: `user_id in (${members})`,
  invitations: 'organisation_id = any($1)',
  jobs: 'organisation_id = any($1)',
  audit_log: 'organisation_id = any($1)',
  projects: 'organisation_id = any($1)',
  project_members: ofProjects,
  checklist_items: ofProjects,
  participants: ofProjects,
  participant_contacts: participants,
  consents: participants,
  research_sessions: ofProjects,
  research_session_facilitators: researchSessions,
  research_session_participants: researchSessions,
  notes: ofProjects,
  sources: ofProjects,
  evidence: ofProjects,
  tags: ofProjects,
  evidence_tags: ofTable('evidence_id', 'evidence'),
  imports: ofProjects,
  boards: ofProjects,
  board_groups: ofTable('board_id', 'boards'),
  board_cards: ofTable('board_id', 'boards'),
  insights: ofProjects,
  insight_evidence: ofTable('insight_id', 'insights'),
  personas: ofProjects,
  persona_citations: ofTable('persona_id', 'personas'),
  theme_suggestions: ofProjects,
  journeys: ofProjects,
  journey_stages: ofTable('journey_id', 'journeys'),
  journey_lanes: ofTable('journey_id', 'journeys'),
  journey_cells: ofTable('journey_id', 'journeys'),
  journey_citations: ofTable('journey_id', 'journeys'),
  ideas: ofProjects,
  voting_rounds: ofProjects,
  votes: ofTable('round_id', 'voting_rounds'),
  concepts: ofProjects,
  concept_fields: ofTable('concept_id', 'concepts'),
  concept_links: ofTable('concept_id', 'concepts'),
  concept_versions: ofTable('concept_id', 'concepts'),
  concept_version_links: `version_id in (select id from concept_versions where ${ofTable('concept_id', 'concepts')})`,
  test_rounds: ofProjects,
  test_recruit_targets: ofTable('round_id', 'test_rounds'),
  test_hypotheses: ofTable('round_id', 'test_rounds'),
  test_finding_evidence: `hypothesis_id in (select id from test_hypotheses where ${ofTable('round_id', 'test_rounds')})`,
  feedback_forms: ofProjects,
  feedback_responses: ofTable('form_id', 'feedback_forms'),
  method_cards: 'organisation_id = any($1)',
  articles: 'organisation_id = any($1)',
  article_authors: ofOrganisation('article_id', 'articles'),
  article_projects: ofOrganisation('article_id', 'articles'),
  article_cards: ofOrganisation('article_id', 'articles'),
  article_images: ofOrganisation('article_id', 'articles'),
  courses: 'organisation_id = any($1)',
  course_exercises: ofOrganisation('course_id', 'courses'),
  course_enrolments: ofOrganisation('course_id', 'courses'),
  exercise_completions: `exercise_id in (select id from course_exercises where ${ofOrganisation('course_id', 'courses')})`,
};

/**
 * Tables whose rows belong to no organisation: keyed hashes of sign-in failures and of the
 * addresses and browsers that signed in, public form submission counters, secrets, the
 * installation's identity providers and the sign-ins under way at them, and the outbox of
 * domain events (ids only, kept an hour).
 */
export const unscopedTables = [
  'domain_events',
  'feedback_rate_limits',
  'login_account_failures',
  'login_attempts',
  'login_known_clients',
  'oidc_logins',
  'oidc_providers',
  'server_secrets',
];
export const fingerprintedTables = Object.keys(scopes);

// Every authenticated request moves its session's last_seen_at; that is not a change of data.
const rowOf = (table: string) =>
  table === 'sessions' ? `to_jsonb(x) - 'last_seen_at'` : 'to_jsonb(x)';

const hashOf = (table: string) =>
  `'${table}', (select md5(coalesce(string_agg(r::text, ',' order by r::text), '')) from (select ${rowOf(table)} as r from ${table} x where ${scopes[table]}) rows)`;
// A function takes at most 100 arguments in PostgreSQL: two a table, so 50 tables an object.
const objects: string[] = [];
for (let i = 0; i < fingerprintedTables.length; i += 50) {
  const tables = fingerprintedTables.slice(i, i + 50);
  objects.push(`jsonb_build_object(${tables.map(hashOf).join(', ')})`);
}
const query = `select ${objects.join(' || ')} as tables`;

/** A hash per table of every row of the organisations' (and their projects'), to compare. */
export async function fingerprint(
  app: TestApp,
  organisationIds: string[],
): Promise<Record<string, string>> {
  // Named, so PostgreSQL plans the query once per connection rather than on every call.
  const { rows } = await app.database.pool.query<{ tables: Record<string, string> }>({
    name: 'fingerprint',
    text: query,
    values: [organisationIds],
  });
  const tables = rows[0]?.tables;
  if (!tables) throw new Error('no fingerprint');
  return tables;
}

/** The tables of the database, to show that the fingerprint leaves none out. */
export async function databaseTables(app: TestApp): Promise<string[]> {
  const { rows } = await app.database.pool.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((row) => row.name);
}
