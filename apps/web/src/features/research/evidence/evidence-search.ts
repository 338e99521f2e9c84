import { Id } from '@timantti/contracts';

export interface EvidenceSearch {
  tagId?: string;
  participantId?: string;
}

/** Filters of the evidence list, kept in the address so that a view can be shared. */
export function validateEvidenceSearch(search: Record<string, unknown>): EvidenceSearch {
  const result: EvidenceSearch = {};
  const tagId = Id.safeParse(search.tagId);
  if (tagId.success) result.tagId = tagId.data;
  const participantId = Id.safeParse(search.participantId);
  if (participantId.success) result.participantId = participantId.data;
  return result;
}
