import { z } from 'zod';
import { Id, Perspective, Phase, Timestamp, Version, inputString, line, text } from './domain.ts';

const listOf = (max: number, itemMax: number) => z.array(line(itemMax)).max(max);

export const CreateProjectInput = z.strictObject({
  name: line(200),
  challenge: text(4000).default(''),
  goals: listOf(20, 500).default([]),
  targetGroup: text(1000).default(''),
  indicators: listOf(20, 500).default([]),
});

export const UpdateProjectInput = z.strictObject({
  version: Version,
  name: line(200).optional(),
  challenge: text(4000).optional(),
  goals: listOf(20, 500).optional(),
  targetGroup: text(1000).optional(),
  indicators: listOf(20, 500).optional(),
});

export const ChangePhaseInput = z.strictObject({ phase: Phase });

export const ProjectListQuery = z.strictObject({
  q: text(200).optional(),
  phase: Phase.optional(),
  archived: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: inputString().max(200).optional(),
});

export const TeamMember = z.object({
  userId: Id,
  displayName: z.string(),
  perspectives: z.array(Perspective),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const SetTeamMemberInput = z.strictObject({
  perspectives: z.array(Perspective).max(4),
});

export const ChecklistItem = z.object({
  id: Id,
  phase: Phase,
  // A built-in step is shown translated from its template key; a team's own step has a label.
  templateKey: z.string().nullable(),
  label: z.string().nullable(),
  done: z.boolean(),
  doneAt: Timestamp.nullable(),
  position: z.number().int(),
  version: Version,
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const AddChecklistItemInput = z.strictObject({
  phase: Phase,
  label: line(300),
});

export const UpdateChecklistItemInput = z
  .strictObject({
    version: Version,
    label: line(300).optional(),
    done: z.boolean().optional(),
  })
  .refine((input) => input.label !== undefined || input.done !== undefined, {
    message: 'label or done is required',
  });

export const ProjectSummary = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  challenge: z.string(),
  phase: Phase,
  archived: z.boolean(),
  teamSize: z.number().int(),
  missingPerspectives: z.array(Perspective),
  updatedAt: Timestamp,
});
export const ProjectList = z.object({
  items: z.array(ProjectSummary),
  nextCursor: z.string().nullable(),
  /** How many projects the whole list has; given with the first page only. */
  total: z.number().int().nullable(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const Project = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  challenge: z.string(),
  goals: z.array(z.string()),
  targetGroup: z.string(),
  indicators: z.array(z.string()),
  phase: Phase,
  archived: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
  team: z.array(TeamMember),
  composition: z.object({
    present: z.array(Perspective),
    missing: z.array(Perspective),
  }),
  checklist: z.array(ChecklistItem),
  abilities: z.object({
    update: z.boolean(),
    /** Adding people to the team and setting their perspectives. */
    manageTeam: z.boolean(),
    removeTeamMember: z.boolean(),
    changePhase: z.boolean(),
    editChecklist: z.boolean(),
    /** Archiving and restoring. */
    archive: z.boolean(),
    /** Notes and transcripts, participants' background attributes, note hits in search. */
    readRawResearch: z.boolean(),
    /** Participants' contact details, personal-data export and erasure. */
    handlePersonalData: z.boolean(),
  }),
});
export type Project = z.infer<typeof Project>;
