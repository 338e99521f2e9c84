import { z } from 'zod';
import { CardReference } from './articles.ts';
import { Id, Timestamp, Version, line, text } from './domain.ts';

/*
 * A staff-training path (koulutuspolku): a facilitator builds a course from method cards, each
 * exercise asking the participant to do the method for real in a practice project of their own.
 * Exercises of the self-checking kinds are met from that project's rows, never ticked by hand;
 * a reflection exercise is done when its participant writes what they learnt.
 */

export const exerciseKinds = [
  'reflection',
  'evidence_items',
  'customers_interviewed',
  'insights',
  'journey_steps',
  'concept',
] as const;
export const ExerciseKind = z.enum(exerciseKinds);
export type ExerciseKind = z.infer<typeof ExerciseKind>;

/** The kinds met from the practice project's data; the others are marked done by hand. */
export const selfCheckingKinds: readonly ExerciseKind[] = [
  'evidence_items',
  'customers_interviewed',
  'insights',
  'journey_steps',
  'concept',
];
export const isSelfChecking = (kind: ExerciseKind) => selfCheckingKinds.includes(kind);

export const EXERCISE_TARGET_MAX = 100;
export const COURSE_MAX_EXERCISES = 40;

export const CourseInput = z.strictObject({
  title: line(200),
  description: text(2000).default(''),
});
export type CourseInput = z.input<typeof CourseInput>;

export const UpdateCourseInput = z
  .strictObject({
    version: Version,
    title: line(200).optional(),
    description: text(2000).optional(),
  })
  .refine((input) => input.title !== undefined || input.description !== undefined, {
    message: 'title or description is required',
  });
export type UpdateCourseInput = z.input<typeof UpdateCourseInput>;

export const ExerciseInput = z.strictObject({
  cardKey: CardReference,
  title: line(200),
  instructions: text(2000).default(''),
  kind: ExerciseKind,
  /** How many the self-checking kinds ask for (the concept kind asks for one); 1 for a reflection. */
  target: z.number().int().min(1).max(EXERCISE_TARGET_MAX).default(1),
});
export type ExerciseInput = z.input<typeof ExerciseInput>;

export const EnrolmentInput = z.strictObject({ userId: Id });
export const PracticeProjectInput = z.strictObject({ projectId: Id.nullable() });
export const CompletionInput = z.strictObject({ reflection: line(2000) });

export const Exercise = z.object({
  id: Id,
  position: z.number().int(),
  cardKey: CardReference,
  title: z.string(),
  instructions: z.string(),
  kind: ExerciseKind,
  target: z.number().int(),
});
export type Exercise = z.infer<typeof Exercise>;

export const ExerciseProgress = z.object({
  exerciseId: Id,
  done: z.boolean(),
  /** For a self-checking kind, how many the practice project has now (0 without one). */
  current: z.number().int(),
  reflection: z.string().nullable(),
  completedAt: Timestamp.nullable(),
});
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;

export const CourseParticipant = z.object({
  userId: Id,
  displayName: z.string(),
  practiceProject: z.object({ id: Id, name: z.string() }).nullable(),
  enrolledAt: Timestamp,
  doneCount: z.number().int(),
  exercises: z.array(ExerciseProgress),
  /** Every exercise is met: the certificate is theirs. */
  finished: z.boolean(),
});
export type CourseParticipant = z.infer<typeof CourseParticipant>;

export const CourseSummary = z.object({
  id: Id,
  organisationId: Id,
  title: z.string(),
  description: z.string(),
  exerciseCount: z.number().int(),
  participantCount: z.number().int(),
  /** The caller's own progress, when enrolled. */
  mine: z.object({ doneCount: z.number().int(), finished: z.boolean() }).nullable(),
});
export type CourseSummary = z.infer<typeof CourseSummary>;

export const CourseList = z.object({
  items: z.array(CourseSummary),
  abilities: z.object({ create: z.boolean() }),
});
export type CourseList = z.infer<typeof CourseList>;

export const Course = CourseSummary.omit({ mine: true }).extend({
  exercises: z.array(Exercise),
  /** Every participant's progress, for whoever runs the course; otherwise only the caller's. */
  participants: z.array(CourseParticipant),
  me: CourseParticipant.nullable(),
  createdAt: Timestamp,
  version: Version,
  abilities: z.object({ manage: z.boolean() }),
});
export type Course = z.infer<typeof Course>;

export const Certificate = z.object({
  courseTitle: z.string(),
  organisationName: z.string(),
  participantName: z.string(),
  /** When it was printed: self-checking exercises are met by the data as it is now. */
  issuedAt: Timestamp,
  exercises: z.array(z.object({ title: z.string(), cardKey: CardReference })),
});
export type Certificate = z.infer<typeof Certificate>;
