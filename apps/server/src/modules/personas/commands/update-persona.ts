import type { UpdatePersonaInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { assertCitable } from '../../synthesis/evidence-citation.ts';
import { avatarIconOf, citedIds, personaSearchVector } from '../persona-values.ts';
import {
  advancePersonaVersion,
  lockPersona,
  readPersonaCitations,
  replacePersonaCitations,
  updatePersonaValues,
  type PersonaValues,
} from '../personas.repo.ts';

/**
 * Changes a persona's fields and what they cite, on the version the edit was made on, and
 * rebuilds its search vector from the whole.
 * Evidence it already cites may stay even when withdrawn since, so editing one field never fails
 * because another field's evidence was erased.
 */
export async function updatePersona(
  db: Db,
  input: { projectId: string; personaId: string; values: z.output<typeof UpdatePersonaInput> },
) {
  const { projectId, personaId, values } = input;
  await db.transaction(async (tx) => {
    await advancePersonaVersion(tx, projectId, personaId, values.version);
    const current = await lockPersona(tx, projectId, personaId);
    if (!current) throw notFound();
    const next: PersonaValues = {
      kind: values.kind ?? current.kind,
      name: values.name ?? current.name,
      avatarIcon: values.avatar ? avatarIconOf(values.avatar) : current.avatarIcon,
      segment: values.segment ?? current.segment,
      needs: values.needs ?? current.needs,
      goals: values.goals ?? current.goals,
      frustrations: values.frustrations ?? current.frustrations,
      quote: values.quote ?? current.quote,
      story: values.story ?? current.story,
      language: values.language ?? current.language,
    };
    const { citations } = values;
    if (citations) {
      const alreadyCited = new Set(citedIds(await readPersonaCitations(tx, personaId)));
      await assertCitable(tx, { projectId, evidenceIds: citedIds(citations), alreadyCited });
      await replacePersonaCitations(tx, personaId, citations);
    }
    await updatePersonaValues(tx, personaId, { ...next, search: personaSearchVector(next) });
  });
}
