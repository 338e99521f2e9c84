import type { Perspective, Phase } from '@timantti/contracts';
import {
  and,
  asc,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { checklistItems, memberships, projectMembers, projects, users } from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type ChecklistRow = typeof checklistItems.$inferSelect;
export type TeamRow = { userId: string; displayName: string; perspectives: Perspective[] };

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

// Most recently changed first; the id breaks ties. The time is kept as PostgreSQL's text, to
// the microsecond.
const ProjectCursor = z.object({ at: z.string().max(64), id: z.uuid() });

/** A page of the projects the filter names, and the cursor of the next page. */
export async function listProjects(
  db: Queryable,
  filter: {
    organisationId: string;
    // Null when the caller sees every project of the organisation; else only their teams'.
    teamMemberId: string | null;
    q?: string | undefined;
    phase?: Phase | undefined;
    archived: boolean;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const conditions: SQL[] = [
    eq(projects.organisationId, filter.organisationId),
    filter.archived ? isNotNull(projects.archivedAt) : isNull(projects.archivedAt),
  ];
  if (filter.teamMemberId) {
    conditions.push(
      sql`exists (select 1 from ${projectMembers} pm where pm.project_id = ${projects.id} and pm.user_id = ${filter.teamMemberId})`,
    );
  }
  if (filter.phase) conditions.push(eq(projects.phase, filter.phase));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    const match = or(ilike(projects.name, pattern), ilike(projects.challenge, pattern));
    if (match) conditions.push(match);
  }
  const cursor = decodeCursor(filter.cursor, ProjectCursor);
  // Counted for the first page only: the later pages belong to the same list.
  const total = cursor
    ? null
    : ((
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(projects)
          .where(and(...conditions))
      )[0]?.n ?? 0);
  if (cursor) {
    conditions.push(
      sql`(${projects.updatedAt} < ${cursor.at}::timestamptz or (${projects.updatedAt} = ${cursor.at}::timestamptz and ${projects.id} > ${cursor.id}::uuid))`,
    );
  }
  // One pass over each project's team gives its size and the perspectives it covers; the
  // perspectives come as one comma-joined string (no value contains a comma).
  const team = db
    .select({
      size: sql<number>`count(*)::int`.as('team_size'),
      perspectives:
        sql<string>`coalesce(string_agg(array_to_string(${projectMembers.perspectives}, ','), ','), '')`.as(
          'team_perspectives',
        ),
    })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, projects.id))
    .as('team');
  const rows = await db
    .select({
      id: projects.id,
      organisationId: projects.organisationId,
      name: projects.name,
      challenge: projects.challenge,
      phase: projects.phase,
      archivedAt: projects.archivedAt,
      updatedAt: projects.updatedAt,
      cursorAt: sql<string>`${projects.updatedAt}::text`,
      teamSize: team.size,
      perspectives: team.perspectives,
    })
    .from(projects)
    .leftJoinLateral(team, sql`true`)
    .where(and(...conditions))
    .orderBy(desc(projects.updatedAt), asc(projects.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null;
  return {
    rows: page.map(({ perspectives, ...row }) => ({
      ...row,
      perspectives: perspectives ? (perspectives.split(',') as Perspective[]) : [],
    })),
    nextCursor,
    total,
  };
}

export async function findProject(db: Queryable, projectId: string): Promise<ProjectRow | null> {
  const [row] = await db.select().from(projects).where(eq(projects.id, projectId)).limit(1);
  return row ?? null;
}

export async function findTeam(db: Queryable, projectId: string): Promise<TeamRow[]> {
  return db
    .select({
      userId: projectMembers.userId,
      displayName: users.displayName,
      perspectives: projectMembers.perspectives,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(projectMembers.createdAt), asc(users.displayName));
}

export async function findChecklist(db: Queryable, projectId: string): Promise<ChecklistRow[]> {
  return db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.projectId, projectId))
    .orderBy(asc(checklistItems.phase), asc(checklistItems.position));
}

export async function insertProject(db: Queryable, values: typeof projects.$inferInsert) {
  const [row] = await db.insert(projects).values(values).returning();
  if (!row) throw new Error('project insert returned nothing');
  return row;
}

export async function updateProject(
  db: Queryable,
  projectId: string,
  values: Partial<
    Pick<
      ProjectRow,
      'name' | 'challenge' | 'goals' | 'targetGroup' | 'indicators' | 'phase' | 'archivedAt'
    >
  >,
) {
  await db
    .update(projects)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(projects.id, projectId));
}

/** An edit of the project's own fields, made on `version` (platform/versioned-edit.ts). */
export async function editProject(
  db: Queryable,
  projectId: string,
  version: number,
  values: Partial<Pick<ProjectRow, 'name' | 'challenge' | 'goals' | 'targetGroup' | 'indicators'>>,
) {
  await advanceVersion(db, projects, {
    id: projectId,
    expected: version,
    set: { ...values, updatedAt: sql`now()` },
  });
}

export async function touchProject(db: Queryable, projectId: string) {
  await updateProject(db, projectId, {});
}

export async function upsertTeamMember(
  db: Queryable,
  input: { projectId: string; userId: string; perspectives: Perspective[] },
) {
  await db
    .insert(projectMembers)
    .values(input)
    .onConflictDoUpdate({
      target: [projectMembers.projectId, projectMembers.userId],
      set: { perspectives: input.perspectives },
    });
}

export async function deleteTeamMember(
  db: Queryable,
  projectId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
    .returning({ userId: projectMembers.userId });
  return deleted.length > 0;
}

/** Takes a person off the team of every project of the organisation. */
export async function deleteOrganisationTeamMemberships(
  db: Queryable,
  organisationId: string,
  userId: string,
) {
  const orgProjects = db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.organisationId, organisationId));
  await db
    .delete(projectMembers)
    .where(and(eq(projectMembers.userId, userId), inArray(projectMembers.projectId, orgProjects)));
}

export async function isOrganisationMember(db: Queryable, organisationId: string, userId: string) {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return row !== undefined;
}

export async function insertChecklistItems(
  db: Queryable,
  items: (typeof checklistItems.$inferInsert)[],
) {
  if (items.length > 0) await db.insert(checklistItems).values(items);
}

export async function nextChecklistPosition(
  db: Queryable,
  projectId: string,
  phase: Phase,
): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${checklistItems.position}) + 1, 0)::int` })
    .from(checklistItems)
    .where(and(eq(checklistItems.projectId, projectId), eq(checklistItems.phase, phase)));
  return row?.next ?? 0;
}

/** An edit of a checklist step, made on `version` (platform/versioned-edit.ts). */
export async function updateChecklistItem(
  db: Queryable,
  projectId: string,
  item: { id: string; version: number },
  values: Partial<Pick<ChecklistRow, 'label' | 'templateKey' | 'doneAt' | 'doneBy'>>,
) {
  await advanceVersion(db, checklistItems, {
    id: item.id,
    scope: eq(checklistItems.projectId, projectId),
    expected: item.version,
    set: values,
  });
}

export async function deleteChecklistItem(db: Queryable, projectId: string, itemId: string) {
  const deleted = await db
    .delete(checklistItems)
    .where(and(eq(checklistItems.projectId, projectId), eq(checklistItems.id, itemId)))
    .returning({ id: checklistItems.id });
  return deleted.length > 0;
}
