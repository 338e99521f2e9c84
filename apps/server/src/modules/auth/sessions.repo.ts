import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@timantti/contracts';
import type { LocaleCode } from '@timantti/i18n';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { memberships, sessions, users } from '../../db/schema.ts';

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen_at on every request would turn reads into writes; once a minute is plenty.
const TOUCH_INTERVAL_MS = 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest();
export const newToken = () => randomBytes(32).toString('base64url');

export async function createSession(
  db: Queryable,
  input: { userId: string; userAgent: string | undefined; oidcProviderId?: string | undefined },
): Promise<{ token: string; sessionId: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId: input.userId,
      csrfToken,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      oidcProviderId: input.oidcProviderId ?? null,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { token, sessionId: row.id, csrfToken };
}

export type SessionActorRow = {
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
  userId: string;
  email: string;
  displayName: string;
  locale: LocaleCode;
  roles: { organisationId: string; role: Role }[];
};

function selectSessionActor(db: Queryable) {
  return db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      roles: sql<{ organisationId: string; role: Role }[]>`coalesce(
        (select json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
           from ${memberships} m where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId));
}

function live(now: Date) {
  return and(
    gt(sessions.expiresAt, now),
    gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
  );
}

/** The live session behind a cookie token, with its person and their roles, or null. */
export async function findSessionByToken(
  db: Queryable,
  token: string,
): Promise<SessionActorRow | null> {
  const [row] = await selectSessionActor(db)
    .where(and(eq(sessions.tokenHash, hashToken(token)), live(new Date())))
    .limit(1);
  return row ?? null;
}

/**
 * The same, by session id: for checking again, later, a session that was checked by its
 * token when a long-lived connection opened (the token itself is not kept).
 */
export async function findSessionById(
  db: Queryable,
  sessionId: string,
): Promise<SessionActorRow | null> {
  const [row] = await selectSessionActor(db)
    .where(and(eq(sessions.id, sessionId), live(new Date())))
    .limit(1);
  return row ?? null;
}

export async function touchSession(
  db: Queryable,
  sessionId: string,
  lastSeenAt: Date,
): Promise<void> {
  if (Date.now() - lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return;
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Ends a session; says which single sign-on provider opened it, if one did. */
export async function deleteSession(
  db: Queryable,
  sessionId: string,
): Promise<{ oidcProviderId: string | null }> {
  const [row] = await db
    .delete(sessions)
    .where(eq(sessions.id, sessionId))
    .returning({ oidcProviderId: sessions.oidcProviderId });
  return { oidcProviderId: row?.oidcProviderId ?? null };
}

/** Ends the person's sessions that a provider opened; answers their ids. */
export async function deleteProviderSessions(
  db: Queryable,
  userId: string,
  providerId: string,
): Promise<string[]> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.oidcProviderId, providerId)))
    .returning({ id: sessions.id });
  return deleted.map((row) => row.id);
}

export async function deleteUserSession(
  db: Queryable,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

export async function deleteOtherSessions(
  db: Queryable,
  userId: string,
  keepSessionId: string,
): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

export async function listSessions(db: Queryable, userId: string) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
}
