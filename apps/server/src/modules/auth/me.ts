import type { Me } from '@timantti/contracts';
import type { Queryable } from '../../db/client.ts';
import { listUserOrganisations } from '../organisations/organisations.repo.ts';
import { finnishMorphology } from '../search/voikko.ts';
import { findUserById } from '../users/users.repo.ts';
import { AppError } from '../../platform/errors.ts';

/** The signed-in person, their organisations, the CSRF token of this session, what the installation can do. */
export async function buildMe(db: Queryable, userId: string, csrfToken: string): Promise<Me> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('unauthenticated');
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
    organisations: await listUserOrganisations(db, userId),
    csrfToken,
    installation: { finnishMorphology: finnishMorphology().on },
  };
}
