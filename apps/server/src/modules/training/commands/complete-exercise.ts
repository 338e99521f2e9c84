import type { Db } from '../../../db/client.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { listExercises, upsertCompletion } from '../training.repo.ts';

/**
 * Marks a reflection exercise done with what its participant learnt. A self-checking one is
 * met only by its practice data, so marking it is refused (409 `exercise_checks_itself`).
 */
export async function completeExercise(
  db: Db,
  input: { courseId: string; exerciseId: string; userId: string; reflection: string },
) {
  const exercise = (await listExercises(db, [input.courseId])).find(
    (candidate) => candidate.id === input.exerciseId,
  );
  if (!exercise) throw notFound();
  if (exercise.kind !== 'reflection') throw new AppError('exercise_checks_itself', { status: 409 });
  await upsertCompletion(db, {
    exerciseId: exercise.id,
    userId: input.userId,
    reflection: input.reflection,
  });
}
