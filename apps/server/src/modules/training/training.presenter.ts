import type {
  Course,
  CourseSummary,
  Exercise,
  ExerciseProgress,
  CourseParticipant,
} from '@timantti/contracts';
import { checkExercise } from './exercise-check.ts';
import type { CourseState, ParticipantState } from './queries/read-course.ts';
import type { ExerciseRow } from './training.repo.ts';

const iso = (date: Date) => new Date(date).toISOString();

export function presentExercise(row: ExerciseRow): Exercise {
  return {
    id: row.id,
    position: row.position,
    cardKey: row.cardKey,
    title: row.title,
    instructions: row.instructions,
    kind: row.kind,
    target: row.target,
  };
}

/** One exercise as far as the participant has got: computed from rows, never stored as done. */
export function exerciseProgress(
  exercise: ExerciseRow,
  participant: ParticipantState,
): ExerciseProgress {
  if (exercise.kind === 'reflection') {
    const completion = participant.completions.find((c) => c.exerciseId === exercise.id);
    return {
      exerciseId: exercise.id,
      done: completion !== undefined,
      current: completion ? 1 : 0,
      reflection: completion?.reflection ?? null,
      completedAt: completion ? iso(completion.createdAt) : null,
    };
  }
  const { current, met } = checkExercise(
    { kind: exercise.kind, target: exercise.target },
    participant.counts,
  );
  return { exerciseId: exercise.id, done: met, current, reflection: null, completedAt: null };
}

export function presentParticipant(
  exercises: ExerciseRow[],
  participant: ParticipantState,
): CourseParticipant {
  const progress = exercises.map((exercise) => exerciseProgress(exercise, participant));
  const doneCount = progress.filter((item) => item.done).length;
  return {
    userId: participant.userId,
    displayName: participant.displayName,
    practiceProject:
      participant.practiceProjectId && participant.practiceProjectName !== null
        ? { id: participant.practiceProjectId, name: participant.practiceProjectName }
        : null,
    enrolledAt: iso(participant.enrolledAt),
    doneCount,
    exercises: progress,
    finished: exercises.length > 0 && doneCount === exercises.length,
  };
}

export function presentCourse(
  state: CourseState,
  viewer: { userId: string; manage: boolean },
): Course {
  const participants = state.participants.map((p) => presentParticipant(state.exercises, p));
  return {
    id: state.course.id,
    organisationId: state.course.organisationId,
    title: state.course.title,
    description: state.course.description,
    exerciseCount: state.exercises.length,
    participantCount: state.participantIds.size,
    exercises: state.exercises.map(presentExercise),
    participants: viewer.manage ? participants : [],
    me: participants.find((p) => p.userId === viewer.userId) ?? null,
    createdAt: iso(state.course.createdAt),
    version: state.course.version,
    abilities: { manage: viewer.manage },
  };
}

export function presentCourseSummary(state: CourseState, userId: string): CourseSummary {
  const mine = state.participants.find((p) => p.userId === userId);
  const progress = mine ? presentParticipant(state.exercises, mine) : null;
  return {
    id: state.course.id,
    organisationId: state.course.organisationId,
    title: state.course.title,
    description: state.course.description,
    exerciseCount: state.exercises.length,
    participantCount: state.participantIds.size,
    mine: progress ? { doneCount: progress.doneCount, finished: progress.finished } : null,
  };
}
