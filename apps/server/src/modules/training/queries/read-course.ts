import type { Queryable } from '../../../db/client.ts';
import { noPractice, type PracticeCounts } from '../exercise-check.ts';
import {
  findCourse,
  listCompletions,
  listEnrolments,
  listExercises,
  readPracticeCounts,
  type CompletionRow,
  type CourseRow,
  type EnrolmentRow,
  type ExerciseRow,
} from '../training.repo.ts';

export type ParticipantState = EnrolmentRow & {
  counts: PracticeCounts;
  completions: CompletionRow[];
};

export type CourseState = {
  course: CourseRow;
  exercises: ExerciseRow[];
  /** Everyone enrolled, whoever's progress was read. */
  participantIds: ReadonlySet<string>;
  participants: ParticipantState[];
};

/**
 * A course with its exercises and, for the participants asked for (all, or one), what their
 * practice projects hold and the reflections they wrote.
 */
export async function readCourse(
  db: Queryable,
  courseId: string,
  onlyUserId?: string,
): Promise<CourseState | null> {
  const course = await findCourse(db, courseId);
  if (!course) return null;
  const [exercises, enrolments] = await Promise.all([
    listExercises(db, [courseId]),
    listEnrolments(db, [courseId]),
  ]);
  const completions = await listCompletions(
    db,
    exercises.map((exercise) => exercise.id),
  );
  const chosen = enrolments.filter(
    (enrolment) => onlyUserId === undefined || enrolment.userId === onlyUserId,
  );
  const participants = await Promise.all(
    chosen.map(async (enrolment) => ({
      ...enrolment,
      counts: enrolment.practiceProjectId
        ? await readPracticeCounts(db, enrolment.practiceProjectId, enrolment.userId)
        : noPractice,
      completions: completions.filter((completion) => completion.userId === enrolment.userId),
    })),
  );
  return {
    course,
    exercises,
    participantIds: new Set(enrolments.map((enrolment) => enrolment.userId)),
    participants,
  };
}
