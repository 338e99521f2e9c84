import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../platform/errors.ts';
import { countMembers, countProjects } from '../articles.repo.ts';

/**
 * Authors are members of the article's organisation and linked projects are its own: a person
 * elsewhere is refused by name (422 `not_org_member`), a project elsewhere is as if absent.
 */
export async function checkArticleLinks(
  tx: Tx,
  organisationId: string,
  links: { authorIds?: readonly string[] | undefined; projectIds?: readonly string[] | undefined },
) {
  const { authorIds, projectIds } = links;
  if (authorIds && (await countMembers(tx, organisationId, authorIds)) !== authorIds.length) {
    throw new AppError('not_org_member');
  }
  if (projectIds && (await countProjects(tx, organisationId, projectIds)) !== projectIds.length) {
    throw new AppError('not_found');
  }
}
