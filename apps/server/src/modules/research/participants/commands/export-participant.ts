import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import {
  consents,
  notes,
  researchSessionParticipants,
  researchSessions,
} from '../../../../db/schema.ts';
import { notFound } from '../../../../platform/errors.ts';
import { audit } from '../../../audit/audit.repo.ts';
import { readParticipantEvidenceTexts } from '../../evidence/evidence.repo.ts';
import { findContact, findParticipant } from '../participants.repo.ts';

/** Everything kept about one participant, for a data subject's access request (GDPR art. 15). */
export async function exportParticipant(
  db: Db,
  input: { actorUserId: string; organisationId: string; projectId: string; participantId: string },
) {
  return db.transaction(async (tx) => {
    const found = await findParticipant(tx, input.projectId, input.participantId);
    if (!found) throw notFound();
    const p = found.participant;
    const sessionIds = (
      await tx
        .select({ id: researchSessionParticipants.sessionId })
        .from(researchSessionParticipants)
        .where(eq(researchSessionParticipants.participantId, p.id))
    ).map((row) => row.id);
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
      consents: await tx
        .select({
          purpose: consents.purpose,
          givenOn: consents.givenOn,
          method: consents.method,
          expiresOn: consents.expiresOn,
          withdrawnOn: consents.withdrawnOn,
        })
        .from(consents)
        .where(eq(consents.participantId, p.id))
        .orderBy(asc(consents.createdAt)),
      sessions:
        sessionIds.length === 0
          ? []
          : await tx
              .select({
                kind: researchSessions.kind,
                title: researchSessions.title,
                heldOn: researchSessions.heldOn,
                place: researchSessions.place,
              })
              .from(researchSessions)
              .where(
                and(
                  eq(researchSessions.projectId, input.projectId),
                  inArray(researchSessions.id, sessionIds),
                ),
              ),
      notes: await tx
        .select({ title: notes.title, body: notes.body, language: notes.language })
        .from(notes)
        .where(and(eq(notes.projectId, input.projectId), eq(notes.participantId, p.id))),
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
