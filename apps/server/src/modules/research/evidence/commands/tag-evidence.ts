import type { Db } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { readOneEvidence, setEvidenceTags } from '../evidence.repo.ts';

/** Replaces the tags of an evidence item that still stands; withdrawn evidence is not found. */
export async function tagEvidence(
  db: Db,
  input: { projectId: string; evidenceId: string; tagIds: string[] },
) {
  const { projectId, evidenceId } = input;
  const item = await readOneEvidence(db, projectId, evidenceId);
  if (item.withdrawn) throw notFound();
  await db.transaction((tx) => setEvidenceTags(tx, projectId, evidenceId, input.tagIds));
}
