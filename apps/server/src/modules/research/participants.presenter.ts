import type { Participant } from '@timantti/contracts';
import type { ConsentRow, listParticipants } from './participants.repo.ts';

type ListedParticipant = Awaited<ReturnType<typeof listParticipants>>[number];

export function presentConsent(row: ConsentRow) {
  return {
    id: row.id,
    purpose: row.purpose,
    givenOn: row.givenOn,
    method: row.method,
    expiresOn: row.expiresOn,
    withdrawnOn: row.withdrawnOn,
    recordedAt: row.createdAt.toISOString(),
  };
}

export function presentParticipant(
  row: ListedParticipant,
  consent: ConsentRow | undefined,
): Participant {
  const p = row.participant;
  return {
    id: p.id,
    projectId: p.projectId,
    code: p.code,
    kind: p.kind,
    segment: p.segment,
    attributes: p.attributes,
    consent: consent ? presentConsent(consent) : null,
    consentStatus: row.consentStatus,
    hasContact: row.hasContact,
    evidenceCount: row.evidenceCount,
    erased: p.erasedAt !== null,
    createdAt: p.createdAt.toISOString(),
  };
}
