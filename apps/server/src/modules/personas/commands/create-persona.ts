import type { PersonaInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { assertCitable } from '../../synthesis/evidence-citation.ts';
import { avatarIconOf, citedIds, personaSearchVector } from '../persona-values.ts';
import { insertPersona, replacePersonaCitations, type PersonaValues } from '../personas.repo.ts';

/** Writes a persona or customer story whose fields cite evidence of the project. */
export async function createPersona(
  db: Db,
  input: { actorUserId: string; projectId: string; values: z.output<typeof PersonaInput> },
): Promise<string> {
  const { projectId, values } = input;
  const persona: PersonaValues = {
    kind: values.kind,
    name: values.name,
    avatarIcon: avatarIconOf(values.avatar),
    segment: values.segment,
    needs: values.needs,
    goals: values.goals,
    frustrations: values.frustrations,
    quote: values.quote,
    story: values.story,
    language: values.language,
  };
  return db.transaction(async (tx) => {
    await assertCitable(tx, { projectId, evidenceIds: citedIds(values.citations) });
    const id = await insertPersona(tx, {
      ...persona,
      projectId,
      createdBy: input.actorUserId,
      search: personaSearchVector(persona),
    });
    await replacePersonaCitations(tx, id, values.citations);
    return id;
  });
}
