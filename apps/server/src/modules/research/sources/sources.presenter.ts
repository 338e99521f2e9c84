import type { Source } from '@timantti/contracts';
import type { SourceRow } from './sources.repo.ts';

export const presentSource = ({
  search: _search,
  createdBy: _createdBy,
  createdAt,
  ...row
}: SourceRow): Source => ({
  ...row,
  createdAt: createdAt.toISOString(),
});
