import type { Actor } from '../../http/types.ts';
import { canInOrganisation } from '../organisations/organisations.policy.ts';

export type CourseFacts = {
  organisationId: string;
  participantIds: ReadonlySet<string>;
};

/** Pure: admins and facilitators build courses, enrol staff and follow everyone's progress. */
export const canRunCourses = (actor: Actor, organisationId: string) =>
  canInOrganisation(actor, 'seeAllProjects', organisationId);

const isEnrolled = (actor: Actor, course: CourseFacts) =>
  canInOrganisation(actor, 'view', course.organisationId) &&
  course.participantIds.has(actor.userId);

/**
 * Pure: a course is private to those who run it and those enrolled on it; everyone else, in
 * the organisation or not, is told it is not there.
 */
export function canOnCourse(
  actor: Actor,
  action: 'view' | 'manage' | 'participate',
  course: CourseFacts,
): boolean {
  const runs = canRunCourses(actor, course.organisationId);
  switch (action) {
    case 'view':
      return runs || isEnrolled(actor, course);
    case 'manage':
      return runs;
    case 'participate':
      return isEnrolled(actor, course);
  }
}
