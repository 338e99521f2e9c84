import type { ExerciseKind } from '@timantti/contracts';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import {
  concepts,
  courseEnrolments,
  courseExercises,
  courses,
  evidence,
  exerciseCompletions,
  insights,
  journeyStages,
  journeys,
  organisations,
  participants,
  projects,
  researchSessionFacilitators,
  researchSessionParticipants,
  researchSessions,
  users,
} from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';
import type { PracticeCounts } from './exercise-check.ts';

export type CourseRow = typeof courses.$inferSelect;
export type ExerciseRow = typeof courseExercises.$inferSelect;
export type EnrolmentRow = {
  userId: string;
  displayName: string;
  practiceProjectId: string | null;
  practiceProjectName: string | null;
  enrolledAt: Date;
};
export type CompletionRow = typeof exerciseCompletions.$inferSelect;

export async function findCourse(db: Queryable, courseId: string): Promise<CourseRow | null> {
  const [row] = await db.select().from(courses).where(eq(courses.id, courseId));
  return row ?? null;
}

export async function findOrganisationName(db: Queryable, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? '';
}

/** The organisation's courses, or only those `userId` is enrolled on, oldest first. */
export async function listCourses(
  db: Queryable,
  organisationId: string,
  onlyEnrolled: string | null,
) {
  const enrolled = onlyEnrolled
    ? sql`exists (select 1 from ${courseEnrolments} where ${courseEnrolments.courseId} = ${courses.id}
        and ${courseEnrolments.userId} = ${onlyEnrolled})`
    : undefined;
  return db
    .select({
      id: courses.id,
      organisationId: courses.organisationId,
      title: courses.title,
      description: courses.description,
    })
    .from(courses)
    .where(and(eq(courses.organisationId, organisationId), enrolled))
    .orderBy(asc(courses.createdAt), asc(courses.id));
}

export async function insertCourse(
  db: Queryable,
  values: { organisationId: string; title: string; description: string; createdBy: string },
): Promise<string> {
  const [row] = await db.insert(courses).values(values).returning({ id: courses.id });
  if (!row) throw new Error('course not inserted');
  return row.id;
}

export async function advanceCourseVersion(
  db: Queryable,
  courseId: string,
  expected: number,
  set: { title?: string; description?: string },
) {
  await advanceVersion(db, courses, {
    id: courseId,
    expected,
    set: { ...set, updatedAt: sql`now()` },
  });
}

export async function deleteCourse(db: Queryable, courseId: string) {
  await db.delete(courses).where(eq(courses.id, courseId));
}

/** Locks the course row, so exercises are numbered and counted one change at a time. */
export async function lockCourse(tx: Tx, courseId: string) {
  const [row] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(eq(courses.id, courseId))
    .for('update');
  return row ?? null;
}

export async function listExercises(
  db: Queryable,
  courseIds: readonly string[],
): Promise<ExerciseRow[]> {
  if (courseIds.length === 0) return [];
  return db
    .select()
    .from(courseExercises)
    .where(inArray(courseExercises.courseId, [...courseIds]))
    .orderBy(asc(courseExercises.position));
}

export async function countExercises(db: Queryable, courseId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(courseExercises)
    .where(eq(courseExercises.courseId, courseId));
  return row?.count ?? 0;
}

export async function insertExercise(
  tx: Tx,
  values: {
    courseId: string;
    cardKey: string;
    title: string;
    instructions: string;
    kind: ExerciseKind;
    target: number;
  },
): Promise<string> {
  const [row] = await tx
    .insert(courseExercises)
    .values({
      ...values,
      position: sql`(select coalesce(max(${courseExercises.position}) + 1, 0)
        from ${courseExercises} where ${courseExercises.courseId} = ${values.courseId})`,
    })
    .returning({ id: courseExercises.id });
  if (!row) throw new Error('exercise not inserted');
  return row.id;
}

export async function deleteExercise(
  db: Queryable,
  courseId: string,
  exerciseId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(courseExercises)
    .where(and(eq(courseExercises.courseId, courseId), eq(courseExercises.id, exerciseId)))
    .returning({ id: courseExercises.id });
  return deleted.length > 0;
}

export async function listEnrolments(
  db: Queryable,
  courseIds: readonly string[],
): Promise<(EnrolmentRow & { courseId: string })[]> {
  if (courseIds.length === 0) return [];
  return db
    .select({
      courseId: courseEnrolments.courseId,
      userId: courseEnrolments.userId,
      displayName: users.displayName,
      practiceProjectId: courseEnrolments.practiceProjectId,
      practiceProjectName: projects.name,
      enrolledAt: courseEnrolments.createdAt,
    })
    .from(courseEnrolments)
    .innerJoin(users, eq(users.id, courseEnrolments.userId))
    .leftJoin(projects, eq(projects.id, courseEnrolments.practiceProjectId))
    .where(inArray(courseEnrolments.courseId, [...courseIds]))
    .orderBy(asc(users.displayName), asc(courseEnrolments.userId));
}

/** Enrols the person; false when they already were. */
export async function insertEnrolment(db: Queryable, courseId: string, userId: string) {
  const inserted = await db
    .insert(courseEnrolments)
    .values({ courseId, userId })
    .onConflictDoNothing()
    .returning({ userId: courseEnrolments.userId });
  return inserted.length > 0;
}

export async function deleteEnrolment(db: Queryable, courseId: string, userId: string) {
  const deleted = await db
    .delete(courseEnrolments)
    .where(and(eq(courseEnrolments.courseId, courseId), eq(courseEnrolments.userId, userId)))
    .returning({ userId: courseEnrolments.userId });
  return deleted.length > 0;
}

export async function setPracticeProject(
  db: Queryable,
  courseId: string,
  userId: string,
  projectId: string | null,
) {
  await db
    .update(courseEnrolments)
    .set({ practiceProjectId: projectId })
    .where(and(eq(courseEnrolments.courseId, courseId), eq(courseEnrolments.userId, userId)));
}

export async function listCompletions(
  db: Queryable,
  exerciseIds: readonly string[],
): Promise<CompletionRow[]> {
  if (exerciseIds.length === 0) return [];
  return db
    .select()
    .from(exerciseCompletions)
    .where(inArray(exerciseCompletions.exerciseId, [...exerciseIds]));
}

/** Records the reflection; a second one replaces the first and keeps its time. */
export async function upsertCompletion(
  db: Queryable,
  values: { exerciseId: string; userId: string; reflection: string },
) {
  await db
    .insert(exerciseCompletions)
    .values(values)
    .onConflictDoUpdate({
      target: [exerciseCompletions.exerciseId, exerciseCompletions.userId],
      set: { reflection: values.reflection },
    });
}

/**
 * What the project holds towards the self-checking exercises of one person: only rows, so a
 * count can never be typed in. Evidence and insights count when the person made them,
 * interviews when they held or facilitated them; journeys and concepts are the team's.
 */
export async function readPracticeCounts(
  db: Queryable,
  projectId: string,
  userId: string,
): Promise<PracticeCounts> {
  const heldBy = or(
    eq(researchSessions.createdBy, userId),
    sql`exists (select 1 from ${researchSessionFacilitators}
      where ${researchSessionFacilitators.sessionId} = ${researchSessions.id}
      and ${researchSessionFacilitators.userId} = ${userId})`,
  );
  const [evidenceRow, customerRow, insightRow, journeyRow, conceptRow] = await Promise.all([
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(evidence)
      .where(
        and(
          eq(evidence.projectId, projectId),
          eq(evidence.createdBy, userId),
          isNull(evidence.withdrawnAt),
        ),
      ),
    db
      .select({ count: sql<number>`count(distinct ${participants.id})::int` })
      .from(researchSessions)
      .innerJoin(
        researchSessionParticipants,
        eq(researchSessionParticipants.sessionId, researchSessions.id),
      )
      .innerJoin(participants, eq(participants.id, researchSessionParticipants.participantId))
      .where(
        and(
          eq(researchSessions.projectId, projectId),
          eq(researchSessions.kind, 'interview'),
          eq(participants.kind, 'customer'),
          heldBy,
        ),
      ),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(insights)
      .where(and(eq(insights.projectId, projectId), eq(insights.createdBy, userId))),
    db.select({ count: sql<number>`coalesce(max(stages.count), 0)::int` }).from(
      db
        .select({ count: sql<number>`count(${journeyStages.stageId})`.as('count') })
        .from(journeys)
        .innerJoin(journeyStages, eq(journeyStages.journeyId, journeys.id))
        .where(and(eq(journeys.projectId, projectId), isNull(journeys.archivedAt)))
        .groupBy(journeys.id)
        .as('stages'),
    ),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(concepts)
      .where(eq(concepts.projectId, projectId)),
  ]);
  return {
    evidenceItems: evidenceRow[0]?.count ?? 0,
    customersInterviewed: customerRow[0]?.count ?? 0,
    insights: insightRow[0]?.count ?? 0,
    longestJourneySteps: journeyRow[0]?.count ?? 0,
    concepts: conceptRow[0]?.count ?? 0,
  };
}
