import type { Actor } from '../../http/types.ts';
import { canInOrganisation, roleIn } from '../organisations/organisations.policy.ts';

export type ProjectAction =
  | 'view'
  | 'update'
  // Adding people to the team and setting their perspectives.
  | 'manageTeam'
  | 'removeTeamMember'
  | 'changePhase'
  | 'editChecklist'
  // Archiving and restoring.
  | 'archive'
  // Participants' contact details, personal-data export and erasure: the people doing the work.
  | 'handlePersonalData';

export type ProjectAccessFacts = {
  organisationId: string;
  archived: boolean;
  teamUserIds: ReadonlySet<string>;
};

// Admins and facilitators, who guide every project of the organisation.
const leads = (actor: Actor, project: ProjectAccessFacts) =>
  canInOrganisation(actor, 'seeAllProjects', project.organisationId);

function canWork(actor: Actor, project: ProjectAccessFacts): boolean {
  if (leads(actor, project)) return true;
  return (
    roleIn(actor, project.organisationId) === 'member' && project.teamUserIds.has(actor.userId)
  );
}

/** Pure: what the actor may do with a project, from their role and whether they are on its team. */
export function canOnProject(
  actor: Actor,
  action: ProjectAction,
  project: ProjectAccessFacts,
): boolean {
  switch (action) {
    case 'view':
      return (
        canInOrganisation(actor, 'seeAllProjects', project.organisationId) ||
        (roleIn(actor, project.organisationId) !== null && project.teamUserIds.has(actor.userId))
      );
    case 'handlePersonalData':
      return canWork(actor, project);
    // Shelving the team's whole project, or taking someone off it, is not one member's call.
    case 'archive':
      return leads(actor, project);
    case 'removeTeamMember':
      return !project.archived && leads(actor, project);
    case 'update':
    case 'manageTeam':
    case 'changePhase':
    case 'editChecklist':
      return !project.archived && canWork(actor, project);
  }
}

export function projectAbilities(actor: Actor, project: ProjectAccessFacts) {
  return {
    update: canOnProject(actor, 'update', project),
    manageTeam: canOnProject(actor, 'manageTeam', project),
    removeTeamMember: canOnProject(actor, 'removeTeamMember', project),
    changePhase: canOnProject(actor, 'changePhase', project),
    editChecklist: canOnProject(actor, 'editChecklist', project),
    archive: canOnProject(actor, 'archive', project),
    handlePersonalData: canOnProject(actor, 'handlePersonalData', project),
  };
}

/**
 * Pure: what is made in a project (insights, personas and customer stories) follows it, as its
 * research does. Whoever sees the project reads it; whoever may change the project (not while
 * it is archived) writes, edits and deletes it.
 */
export function projectMaterialAbilities(actor: Actor, project: ProjectAccessFacts) {
  return { edit: canOnProject(actor, 'update', project) };
}
