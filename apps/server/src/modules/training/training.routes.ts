import {
  Certificate,
  CompletionInput,
  Course,
  CourseInput,
  CourseList,
  EnrolmentInput,
  ExerciseInput,
  Id,
  PracticeProjectInput,
  UpdateCourseInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { requireInOrganisation } from '../organisations/organisation-access.ts';
import { addExercise } from './commands/add-exercise.ts';
import { choosePracticeProject } from './commands/choose-practice-project.ts';
import { completeExercise } from './commands/complete-exercise.ts';
import { enrolMember } from './commands/enrol-member.ts';
import { readCourse } from './queries/read-course.ts';
import { canOnCourse, canRunCourses } from './training.policy.ts';
import { presentCourse, presentCourseSummary, presentParticipant } from './training.presenter.ts';
import {
  advanceCourseVersion,
  deleteCourse,
  deleteEnrolment,
  deleteExercise,
  findCourse,
  findOrganisationName,
  insertCourse,
  listCourses,
  listEnrolments,
} from './training.repo.ts';

const tags = ['training'];
const OrgParams = z.strictObject({ orgId: Id });
const CourseParams = z.strictObject({ courseId: Id });
const ExerciseParams = z.strictObject({ courseId: Id, exerciseId: Id });
const EnrolmentParams = z.strictObject({ courseId: Id, userId: Id });

type CourseAction = Parameters<typeof canOnCourse>[1];

/** Staff-training courses: built from method cards, private to the organisation that runs them. */
export function trainingRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  // A course the caller may not see is not there (404); one they see but may not change, 403.
  const loadCourse = async (actor: Actor, courseId: string, action: CourseAction) => {
    const course = await findCourse(db, courseId);
    if (!course) throw notFound();
    const enrolments = await listEnrolments(db, [courseId]);
    const facts = {
      organisationId: course.organisationId,
      participantIds: new Set(enrolments.map((enrolment) => enrolment.userId)),
    };
    if (!canOnCourse(actor, 'view', facts)) throw notFound();
    if (!canOnCourse(actor, action, facts)) throw new AppError('forbidden');
    return course;
  };

  const present = async (actor: Actor, courseId: string) => {
    const course = await findCourse(db, courseId);
    if (!course) throw notFound();
    const manage = canRunCourses(actor, course.organisationId);
    const state = await readCourse(db, courseId, manage ? undefined : actor.userId);
    if (!state) throw notFound();
    return presentCourse(state, { userId: actor.userId, manage });
  };

  app.get(
    '/api/v1/orgs/:orgId/courses',
    {
      schema: {
        tags,
        summary: "The organisation's training courses",
        description: 'Admins and facilitators see every course; others the ones they are on.',
        params: OrgParams,
        response: { 200: CourseList },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'view');
      const runs = canRunCourses(actor, orgId);
      const rows = await listCourses(db, orgId, runs ? null : actor.userId);
      const states = await Promise.all(rows.map((row) => readCourse(db, row.id, actor.userId)));
      return {
        items: states.flatMap((state) =>
          state ? [presentCourseSummary(state, actor.userId)] : [],
        ),
        abilities: { create: runs },
      };
    },
  );

  app.post(
    '/api/v1/orgs/:orgId/courses',
    {
      schema: {
        tags,
        summary: 'Start a training course',
        params: OrgParams,
        body: CourseInput,
        response: { 201: Course },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = requireInOrganisation(request.actor, orgId, 'view');
      if (!canRunCourses(actor, orgId)) throw new AppError('forbidden');
      const id = await insertCourse(db, {
        organisationId: orgId,
        title: request.body.title,
        description: request.body.description,
        createdBy: actor.userId,
      });
      return reply.status(201).send(await present(actor, id));
    },
  );

  app.get(
    '/api/v1/courses/:courseId',
    {
      schema: {
        tags,
        summary: 'Get a course with progress',
        description: 'Whoever runs it sees every participant; a participant sees their own.',
        params: CourseParams,
        response: { 200: Course },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadCourse(actor, request.params.courseId, 'view');
      return present(actor, request.params.courseId);
    },
  );

  app.patch(
    '/api/v1/courses/:courseId',
    {
      schema: {
        tags,
        summary: "Change a course's title or description",
        params: CourseParams,
        body: UpdateCourseInput,
        response: { 200: Course },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { courseId } = request.params;
      await loadCourse(actor, courseId, 'manage');
      const { version, ...set } = request.body;
      await onVersion(
        () => advanceCourseVersion(db, courseId, version, set),
        () => present(actor, courseId),
      );
      return present(actor, courseId);
    },
  );

  app.delete(
    '/api/v1/courses/:courseId',
    {
      schema: {
        tags,
        summary: 'Delete a course',
        params: CourseParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadCourse(actor, request.params.courseId, 'manage');
      await deleteCourse(db, request.params.courseId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/courses/:courseId/exercises',
    {
      schema: {
        tags,
        summary: 'Add an exercise drawn from a method card',
        params: CourseParams,
        body: ExerciseInput,
        response: { 201: Course },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { courseId } = request.params;
      await loadCourse(actor, courseId, 'manage');
      await addExercise(db, { courseId, values: request.body });
      return reply.status(201).send(await present(actor, courseId));
    },
  );

  app.delete(
    '/api/v1/courses/:courseId/exercises/:exerciseId',
    {
      schema: {
        tags,
        summary: 'Take an exercise out of the course, with its reflections',
        params: ExerciseParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { courseId, exerciseId } = request.params;
      await loadCourse(actor, courseId, 'manage');
      if (!(await deleteExercise(db, courseId, exerciseId))) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/courses/:courseId/enrolments',
    {
      schema: {
        tags,
        summary: 'Enrol a member of the organisation',
        params: CourseParams,
        body: EnrolmentInput,
        response: { 201: Course },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { courseId } = request.params;
      const course = await loadCourse(actor, courseId, 'manage');
      await enrolMember(db, {
        courseId,
        organisationId: course.organisationId,
        userId: request.body.userId,
      });
      return reply.status(201).send(await present(actor, courseId));
    },
  );

  app.delete(
    '/api/v1/courses/:courseId/enrolments/:userId',
    {
      schema: {
        tags,
        summary: 'Take a participant off the course',
        params: EnrolmentParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { courseId, userId } = request.params;
      await loadCourse(actor, courseId, 'manage');
      if (!(await deleteEnrolment(db, courseId, userId))) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/courses/:courseId/practice-project',
    {
      schema: {
        tags,
        summary: 'Name your practice project',
        description:
          "The project of the organisation whose rows meet the caller's self-checking exercises.",
        params: CourseParams,
        body: PracticeProjectInput,
        response: { 200: Course },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { courseId } = request.params;
      const course = await loadCourse(actor, courseId, 'participate');
      await choosePracticeProject(db, {
        actor,
        courseId,
        organisationId: course.organisationId,
        projectId: request.body.projectId,
      });
      return present(actor, courseId);
    },
  );

  app.put(
    '/api/v1/courses/:courseId/exercises/:exerciseId/completion',
    {
      schema: {
        tags,
        summary: 'Mark a reflection exercise done with a short reflection',
        params: ExerciseParams,
        body: CompletionInput,
        response: { 200: Course },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { courseId, exerciseId } = request.params;
      await loadCourse(actor, courseId, 'participate');
      await completeExercise(db, {
        courseId,
        exerciseId,
        userId: actor.userId,
        reflection: request.body.reflection,
      });
      return present(actor, courseId);
    },
  );

  app.get(
    '/api/v1/courses/:courseId/certificate',
    {
      schema: {
        tags,
        summary: "The caller's certificate, once every exercise is met",
        description: 'Not there (404) until then.',
        params: CourseParams,
        response: { 200: Certificate },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const course = await loadCourse(actor, request.params.courseId, 'participate');
      const state = await readCourse(db, course.id, actor.userId);
      const mine = state?.participants[0];
      if (!state || !mine) throw notFound();
      if (!presentParticipant(state.exercises, mine).finished) throw notFound();
      return {
        courseTitle: course.title,
        organisationName: await findOrganisationName(db, course.organisationId),
        participantName: mine.displayName,
        issuedAt: new Date().toISOString(),
        exercises: state.exercises.map((exercise) => ({
          title: exercise.title,
          cardKey: exercise.cardKey,
        })),
      };
    },
  );
}
