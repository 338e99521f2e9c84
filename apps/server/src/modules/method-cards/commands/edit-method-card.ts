import { isMethodCardKey, type UpdateMethodCardInput } from '@timantti/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { StaleVersion } from '../../../platform/versioned-edit.ts';
import { methodCardSearchVector } from '../method-card-search.ts';
import {
  findCardCopy,
  findOwnCard,
  insertCardCopy,
  writeCardContent,
} from '../method-cards.repo.ts';

/**
 * Writes the organisation's copy of a shipped card in one language, or one of its own cards,
 * on the version the edit was made on. `version: null` is an edit of the shipped text: it makes
 * the copy, and when another edit of the shipped text made one first, it is stale like any
 * other, so of two first edits exactly one lands. Nothing of another organisation is reached.
 */
export async function editMethodCard(
  db: Db,
  edit: {
    organisationId: string;
    key: string;
    actorUserId: string;
    values: z.output<typeof UpdateMethodCardInput>;
  },
) {
  const { organisationId, key, actorUserId, values } = edit;
  const search = methodCardSearchVector(values.language, values.content);
  await db.transaction(async (tx) => {
    if (isMethodCardKey(key)) {
      if (values.version === null) {
        const id = await insertCardCopy(tx, {
          organisationId,
          shippedKey: key,
          language: values.language,
          content: values.content,
          search,
          userId: actorUserId,
        });
        if (!id) throw new StaleVersion();
        return;
      }
      const copy = await findCardCopy(tx, organisationId, key, values.language);
      // The caller saw a copy this organisation never kept in this language.
      if (!copy) throw new StaleVersion();
      await writeCardContent(tx, {
        organisationId,
        id: copy.id,
        expected: values.version,
        userId: actorUserId,
        content: values.content,
        search,
      });
      return;
    }
    const own = await findOwnCard(tx, organisationId, key);
    if (!own) throw notFound();
    if (values.version === null) throw new StaleVersion();
    await writeCardContent(tx, {
      organisationId,
      id: own.id,
      expected: values.version,
      userId: actorUserId,
      content: values.content,
      search,
      language: values.language,
    });
  });
}
