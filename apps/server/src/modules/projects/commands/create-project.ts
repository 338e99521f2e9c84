import { checklistTemplate, phases, type CreateProjectInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Queryable } from '../../../db/client.ts';
import { insertChecklistItems, insertProject, upsertTeamMember } from '../projects.repo.ts';

/** Creates a project in Discover with the built-in checklist; its creator joins the team. */
export async function createProject(
  db: Queryable,
  input: {
    actorUserId: string;
    organisationId: string;
    values: z.output<typeof CreateProjectInput>;
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const project = await insertProject(tx, {
      organisationId: input.organisationId,
      createdBy: input.actorUserId,
      ...input.values,
    });
    await upsertTeamMember(tx, {
      projectId: project.id,
      userId: input.actorUserId,
      perspectives: [],
    });
    await insertChecklistItems(
      tx,
      phases.flatMap((phase) =>
        checklistTemplate[phase].map((templateKey, position) => ({
          projectId: project.id,
          phase,
          templateKey,
          position,
        })),
      ),
    );
    return project.id;
  });
}
