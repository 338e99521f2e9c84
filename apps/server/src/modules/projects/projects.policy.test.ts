import type { Role } from '@timantti/contracts';
import { describe, expect, it } from 'vitest';
import { policyActor as actor, policyProject as project } from './policy.test-support.ts';
import { canOnProject, projectAbilities, type ProjectAction } from './projects.policy.ts';

// [role, on the team, archived, action, allowed]
const table: [Role | null, boolean, boolean, ProjectAction, boolean][] = [
  ['admin', false, false, 'view', true],
  ['admin', false, false, 'update', true],
  ['admin', false, true, 'update', false],
  ['admin', false, true, 'archive', true],
  ['facilitator', false, false, 'manageTeam', true],
  ['member', false, false, 'view', false],
  ['member', true, false, 'view', true],
  ['member', true, false, 'changePhase', true],
  ['member', true, true, 'editChecklist', false],
  ['member', true, false, 'archive', false],
  ['member', true, true, 'archive', false],
  ['member', true, false, 'manageTeam', true],
  ['member', true, false, 'removeTeamMember', false],
  ['member', true, true, 'handlePersonalData', true],
  ['facilitator', false, false, 'archive', true],
  ['facilitator', false, false, 'removeTeamMember', true],
  ['admin', false, true, 'removeTeamMember', false],
  ['customer_member', true, false, 'view', true],
  ['customer_member', true, false, 'editChecklist', false],
  ['customer_member', false, false, 'view', false],
  ['viewer', true, false, 'view', true],
  ['viewer', true, false, 'update', false],
  ['viewer', false, false, 'view', false],
  [null, true, false, 'view', false],
  // Raw research (notes, transcripts, background attributes): everyone who sees the project
  // but the customer member, who meets participants through evidence.
  ['admin', false, false, 'readRawResearch', true],
  ['admin', false, true, 'readRawResearch', true],
  ['facilitator', false, false, 'readRawResearch', true],
  ['member', true, false, 'readRawResearch', true],
  ['member', false, false, 'readRawResearch', false],
  ['viewer', true, false, 'readRawResearch', true],
  ['viewer', false, false, 'readRawResearch', false],
  ['customer_member', true, false, 'readRawResearch', false],
  ['customer_member', false, false, 'readRawResearch', false],
  [null, true, false, 'readRawResearch', false],
  // Contributing to the shared work: those who change the project, and the customer member.
  ['admin', false, false, 'contribute', true],
  ['admin', false, true, 'contribute', false],
  ['facilitator', false, false, 'contribute', true],
  ['member', true, false, 'contribute', true],
  ['member', true, true, 'contribute', false],
  ['member', false, false, 'contribute', false],
  ['customer_member', true, false, 'contribute', true],
  ['customer_member', true, true, 'contribute', false],
  ['customer_member', false, false, 'contribute', false],
  ['viewer', true, false, 'contribute', false],
  [null, true, false, 'contribute', false],
  // Changing the project itself and handling personal data stay with the people doing the work.
  ['customer_member', true, false, 'update', false],
  ['customer_member', true, false, 'archive', false],
  ['customer_member', true, false, 'handlePersonalData', false],
  ['viewer', true, false, 'handlePersonalData', false],
  ['member', true, true, 'handlePersonalData', true],
];

describe('canOnProject', () => {
  it.each(table)(
    '%s (team: %s, archived: %s) %s → %s',
    (role, onTeam, archived, action, allowed) => {
      expect(canOnProject(actor(role), action, project(onTeam, archived))).toBe(allowed);
    },
  );
});

describe('projectAbilities', () => {
  it('gives a member on the team the work, and leaves archiving and removing people to leads', () => {
    expect(projectAbilities(actor('member'), project(true))).toEqual({
      update: true,
      manageTeam: true,
      removeTeamMember: false,
      changePhase: true,
      editChecklist: true,
      archive: false,
      readRawResearch: true,
      handlePersonalData: true,
    });
    expect(projectAbilities(actor('facilitator'), project(false))).toEqual({
      update: true,
      manageTeam: true,
      removeTeamMember: true,
      changePhase: true,
      editChecklist: true,
      archive: true,
      readRawResearch: true,
      handlePersonalData: true,
    });
    expect(projectAbilities(actor('viewer'), project(true))).toEqual({
      update: false,
      manageTeam: false,
      removeTeamMember: false,
      changePhase: false,
      editChecklist: false,
      archive: false,
      readRawResearch: true,
      handlePersonalData: false,
    });
  });
});
