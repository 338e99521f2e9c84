import { isMethodCardKey } from '@timantti/contracts';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import type { TextLanguage } from '../../research/search-vector.ts';
import { findCardCopy, writeCardContent } from '../method-cards.repo.ts';

/** Back to the shipped text: the copy's content goes, its row and growing version stay. */
export async function restoreMethodCard(
  db: Db,
  edit: {
    organisationId: string;
    key: string;
    actorUserId: string;
    language: TextLanguage;
    version: number;
  },
) {
  const { organisationId, key, actorUserId } = edit;
  if (!isMethodCardKey(key)) throw notFound();
  await db.transaction(async (tx) => {
    const copy = await findCardCopy(tx, organisationId, key, edit.language);
    if (!copy) throw notFound();
    await writeCardContent(tx, {
      organisationId,
      id: copy.id,
      expected: edit.version,
      userId: actorUserId,
      content: null,
      search: null,
    });
  });
}
