// The baseline for api-overhead.ts: GET /api/v1/orgs/:orgId/projects on bare node:http + pg,
// doing the same work as Timantti's route and nothing else:
//   cookie → sha256 → the same session+user+memberships SQL → the same throttled last_seen touch
//   → the same membership check → the same project-list SQL → the same JSON.
// No framework, no schema validation beyond a uuid check, no security headers, no logging.
// Env: DATABASE_URL, PORT, HOST (default 127.0.0.1).
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT ?? 3001);
const host = process.env.HOST ?? '127.0.0.1';

// The same pool size as apps/server/src/db/client.ts.
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
pool.on('error', (error) => console.error('database connection lost:', error.message));

// Drizzle reads timestamps as text and makes the Date itself; do the same.
const TIMESTAMPTZ = 1184;
const queryTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

const SESSION_COOKIE = 'timantti_session';
const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;
const VIEW_ROLES = new Set(['admin', 'facilitator', 'member', 'customer_member', 'viewer']);
const SEE_ALL_ROLES = new Set(['admin', 'facilitator']);
const PERSPECTIVES = ['expert', 'developer', 'decision_maker', 'customer'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROUTE = /^\/api\/v1\/orgs\/([^/?]+)\/projects(?:\?(.*))?$/;

// The statements Drizzle generates for findSessionByToken, touchSession and listProjects
// (printed with drizzle's logger), sent the same way: unnamed, extended protocol, array rows.
const SESSION_SQL = `select "sessions"."id", "sessions"."csrf_token", "sessions"."last_seen_at", "users"."id", "users"."email", "users"."display_name", "users"."locale", coalesce(
        (select json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
           from "memberships" m where m.user_id = "users"."id"), '[]'::json) from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" where ("sessions"."token_hash" = $1 and "sessions"."expires_at" > $2 and "sessions"."last_seen_at" > $3) limit $4`;
const TOUCH_SQL = `update "sessions" set "last_seen_at" = $1 where "sessions"."id" = $2`;
const PROJECT_COLUMNS = `select "projects"."id", "projects"."organisation_id", "projects"."name", "projects"."challenge", "projects"."phase", "projects"."archived_at", "projects"."updated_at", "team_size", "team_perspectives" from "projects" left join lateral (select count(*)::int as "team_size", coalesce(string_agg(array_to_string("perspectives", ','), ','), '') as "team_perspectives" from "project_members" where "project_members"."project_id" = "projects"."id") "team" on true`;
const ORDER = `order by "projects"."updated_at" desc, "projects"."id" asc`;
const listSql = (archived: boolean, teamOnly: boolean) =>
  `${PROJECT_COLUMNS} where ("projects"."organisation_id" = $1 and "projects"."archived_at" is ${archived ? 'not null' : 'null'}` +
  (teamOnly
    ? ` and exists (select 1 from "project_members" pm where pm.project_id = "projects"."id" and pm.user_id = $2)) ${ORDER} limit $3`
    : `) ${ORDER} limit $2`);

type SessionRow = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  { organisationId: string; role: string }[],
];
type ProjectRow = [string, string, string, string, string, string | null, string, number, string];

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function listProjects(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  orgId: string,
  query: string,
) {
  if (!UUID.test(orgId)) return send(res, 400, { code: 'validation_failed' });
  const params = new URLSearchParams(query);
  const archivedParam = params.get('archived') ?? 'false';
  if (archivedParam !== 'true' && archivedParam !== 'false')
    return send(res, 400, { code: 'validation_failed' });

  // Session lookup, as findSessionByToken.
  const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
  if (!token) return send(res, 401, { code: 'unauthenticated' });
  const now = new Date();
  const sessions = await pool.query<SessionRow>(
    { text: SESSION_SQL, rowMode: 'array', types: queryTypes },
    [
      createHash('sha256').update(token).digest(),
      now.toISOString(),
      new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
      1,
    ],
  );
  const session = sessions.rows[0];
  if (!session) return send(res, 401, { code: 'unauthenticated' });
  const [sessionId, , lastSeenAt, userId, , , , roleRows] = session;
  // The throttled touch, as touchSession.
  if (Date.now() - new Date(lastSeenAt).getTime() >= TOUCH_INTERVAL_MS) {
    await pool.query(TOUCH_SQL, [new Date().toISOString(), sessionId]);
  }
  const roles = new Map(roleRows.map((r) => [r.organisationId, r.role]));

  // Membership check, as requireInOrganisation(…, 'view') and canInOrganisation(…, 'seeAllProjects').
  const role = roles.get(orgId);
  if (role === undefined || !VIEW_ROLES.has(role)) return send(res, 404, { code: 'not_found' });
  const teamOnly = !SEE_ALL_ROLES.has(role);

  const archived = archivedParam === 'true';
  const result = await pool.query<ProjectRow>(
    { text: listSql(archived, teamOnly), rowMode: 'array', types: queryTypes },
    teamOnly ? [orgId, userId, 500] : [orgId, 500],
  );
  const items = result.rows.map(
    ([id, organisationId, name, challenge, phase, archivedAt, updatedAt, teamSize, covered]) => {
      const present = new Set(covered ? covered.split(',') : []);
      return {
        id,
        organisationId,
        name,
        challenge,
        phase,
        archived: archivedAt !== null,
        teamSize,
        missingPerspectives: PERSPECTIVES.filter((p) => !present.has(p)),
        updatedAt: new Date(updatedAt).toISOString(),
      };
    },
  );
  return send(res, 200, { items });
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const handle = async () => {
    if (req.method === 'GET' && url === '/readyz') {
      await pool.query('select 1');
      return send(res, 200, { status: 'ok' });
    }
    const match = req.method === 'GET' ? ROUTE.exec(url) : null;
    if (!match?.[1]) return send(res, 404, { code: 'not_found' });
    return listProjects(req, res, match[1], match[2] ?? '');
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { code: 'internal' });
  });
});

server.listen(port, host);

const shutdown = () => {
  server.close();
  server.closeIdleConnections();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
