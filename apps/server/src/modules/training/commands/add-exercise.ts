import { COURSE_MAX_EXERCISES, type ExerciseInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { countExercises, insertExercise, lockCourse } from '../training.repo.ts';

/** Adds an exercise at the end of the course, under the course's lock so numbers stay unique. */
export async function addExercise(
  db: Db,
  input: { courseId: string; values: z.output<typeof ExerciseInput> },
): Promise<string> {
  const { courseId, values } = input;
  return db.transaction(async (tx) => {
    if (!(await lockCourse(tx, courseId))) throw notFound();
    if ((await countExercises(tx, courseId)) >= COURSE_MAX_EXERCISES) {
      throw new AppError('conflict', { status: 409 });
    }
    return insertExercise(tx, {
      courseId,
      ...values,
      // A reflection is one piece of writing; the concept kind asks for one concept.
      target: values.kind === 'reflection' || values.kind === 'concept' ? 1 : values.target,
    });
  });
}
