import type { Db } from '../../../../db/client.ts';
import { notFound } from '../../../../platform/errors.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { readParticipantEvidenceTexts } from '../../evidence/evidence.repo.ts';
import { readParticipantNotes } from '../../notes/notes.repo.ts';
import { readParticipantSessionIds, readSessionsForExport } from '../../sessions/sessions.repo.ts';
import { findContact, findParticipant, readConsentHistory } from '../participants.repo.ts';

/** Everything kept about one participant, for a data subject's access request (GDPR art. 15). */
export async function exportParticipant(
  db: Db,
  input: { actorUserId: string; organisationId: string; projectId: string; participantId: string },
) {
  return db.transaction(async (tx) => {
    const found = await findParticipant(tx, input.projectId, input.participantId);
    if (!found) throw notFound();
    const p = found.participant;
    const sessionIds = await readParticipantSessionIds(tx, p.id);
    const data = {
      exportedAt: new Date().toISOString(),
      participant: {
        code: p.code,
        kind: p.kind,
        segment: p.segment,
        attributes: p.attributes,
        createdAt: p.createdAt.toISOString(),
        erasedAt: p.erasedAt?.toISOString() ?? null,
      },
      contact: await findContact(tx, p.id).then((c) =>
        c ? { name: c.name, phone: c.phone, email: c.email } : null,
      ),
      consents: await readConsentHistory(tx, p.id),
      sessions: await readSessionsForExport(tx, input.projectId, sessionIds),
      notes: await readParticipantNotes(tx, input.projectId, p.id),
      evidence: await readParticipantEvidenceTexts(tx, input.projectId, p.id),
    };
    await audit(tx, {
      organisationId: input.organisationId,
      actorUserId: input.actorUserId,
      action: 'participant.exported',
      targetType: 'participant',
      targetId: p.id,
    });
    return data;
  });
}
