import type { CreateMethodCardInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { methodCardSearchVector } from '../method-card-search.ts';
import { insertOwnCard } from '../method-cards.repo.ts';

/** A card of the organisation's own, in the one language it is written in; answers its key. */
export async function createMethodCard(
  db: Db,
  input: {
    organisationId: string;
    actorUserId: string;
    values: z.output<typeof CreateMethodCardInput>;
  },
): Promise<string> {
  const { organisationId, actorUserId, values } = input;
  return insertOwnCard(db, {
    organisationId,
    language: values.language,
    content: values.content,
    search: methodCardSearchVector(values.language, values.content),
    userId: actorUserId,
  });
}
