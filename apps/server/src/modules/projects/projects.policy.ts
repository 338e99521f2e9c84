import type { Role } from '@timantti/contracts';
import type { Actor } from '../../http/types.ts';
import { canInOrganisation, roleIn } from '../organisations/organisations.policy.ts';

export type ProjectAction =
  | 'view'
  // Notes and transcripts and participants' background attributes: what could tell who a
  // participant is. Evidence, the passages taken from them, is read with 'view'.
  | 'readRawResearch'
  // Writing into the team's shared work: live board and journey content, insights' questions.
  | 'contribute'
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

const isOnTeam = (actor: Actor, project: ProjectAccessFacts) =>
  project.teamUserIds.has(actor.userId);

function canWork(actor: Actor, project: ProjectAccessFacts): boolean {
  if (leads(actor, project)) return true;
  return roleIn(actor, project.organisationId) === 'member' && isOnTeam(actor, project);
}

/*
 * The customer member (kokemusasiantuntija) is one of the service's own customers on the team:
 * they design with it in the shared work, but other customers' raw words and background stay
 * with those doing the research, so they meet participants through evidence only. A role not
 * named here (a new one) reads no raw research until someone decides it should.
 */
const rawResearchReaders: readonly Role[] = ['admin', 'facilitator', 'member', 'viewer'];

const isCustomerMemberOnTeam = (actor: Actor, project: ProjectAccessFacts) =>
  roleIn(actor, project.organisationId) === 'customer_member' && isOnTeam(actor, project);

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
        (roleIn(actor, project.organisationId) !== null && isOnTeam(actor, project))
      );
    case 'readRawResearch': {
      const role = roleIn(actor, project.organisationId);
      return (
        role !== null && rawResearchReaders.includes(role) && canOnProject(actor, 'view', project)
      );
    }
    case 'contribute':
      return (
        !project.archived && (canWork(actor, project) || isCustomerMemberOnTeam(actor, project))
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
    readRawResearch: canOnProject(actor, 'readRawResearch', project),
    handlePersonalData: canOnProject(actor, 'handlePersonalData', project),
  };
}

/**
 * Pure: what is made in a project (personas and customer stories) follows it, as its research
 * does. Whoever sees the project reads it; whoever may change the project (not while it is
 * archived) writes, edits and deletes it. Insights follow the same rule and one more
 * (`synthesis/insights.policy.ts`).
 */
export function projectMaterialAbilities(actor: Actor, project: ProjectAccessFacts) {
  return { edit: canOnProject(actor, 'update', project) };
}
