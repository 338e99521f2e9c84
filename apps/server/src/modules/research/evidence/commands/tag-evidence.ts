import type { Db } from '../../../../db/client.ts';
import { advanceEvidenceVersion, setEvidenceTags } from '../evidence.repo.ts';

/**
 * Replaces the tags of an evidence item that still stands, on the version the edit was made on;
 * withdrawn evidence is not found.
 */
export async function tagEvidence(
  db: Db,
  input: { projectId: string; evidenceId: string; version: number; tagIds: string[] },
) {
  const { projectId, evidenceId } = input;
  await db.transaction(async (tx) => {
    await advanceEvidenceVersion(tx, projectId, evidenceId, input.version);
    await setEvidenceTags(tx, projectId, evidenceId, input.tagIds);
  });
}
