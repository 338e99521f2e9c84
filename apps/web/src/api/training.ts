import {
  Certificate,
  Course,
  CourseList,
  type CourseInput,
  type ExerciseInput,
} from '@timantti/contracts';
import { queryOptions } from '@tanstack/react-query';
import { request, requestNoContent, seg } from './client.ts';

/** Every view of courses; any write refreshes them all. */
export const coursesKey = ['courses'] as const;
const course = (courseId: string) => `/courses/${seg(courseId)}`;

export const coursesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...coursesKey, 'organisation', orgId],
    queryFn: () => request('GET', `/orgs/${seg(orgId)}/courses`, CourseList),
  });

export const courseQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...coursesKey, 'one', courseId],
    queryFn: () => request('GET', course(courseId), Course),
  });

export const certificateQuery = (courseId: string) =>
  queryOptions({
    queryKey: [...coursesKey, 'certificate', courseId],
    queryFn: () => request('GET', `${course(courseId)}/certificate`, Certificate),
    retry: false,
  });

export function createCourse(orgId: string, input: CourseInput): Promise<Course> {
  return request('POST', `/orgs/${seg(orgId)}/courses`, Course, input);
}

export function addExercise(courseId: string, input: ExerciseInput): Promise<Course> {
  return request('POST', `${course(courseId)}/exercises`, Course, input);
}

export function removeExercise(courseId: string, exerciseId: string): Promise<void> {
  return requestNoContent('DELETE', `${course(courseId)}/exercises/${seg(exerciseId)}`);
}

export function enrol(courseId: string, userId: string): Promise<Course> {
  return request('POST', `${course(courseId)}/enrolments`, Course, { userId });
}

export function unenrol(courseId: string, userId: string): Promise<void> {
  return requestNoContent('DELETE', `${course(courseId)}/enrolments/${seg(userId)}`);
}

export function choosePracticeProject(courseId: string, projectId: string | null): Promise<Course> {
  return request('PUT', `${course(courseId)}/practice-project`, Course, { projectId });
}

export function completeExercise(
  courseId: string,
  exerciseId: string,
  reflection: string,
): Promise<Course> {
  return request('PUT', `${course(courseId)}/exercises/${seg(exerciseId)}/completion`, Course, {
    reflection,
  });
}
