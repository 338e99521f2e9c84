import type { Participant } from '@timantti/contracts';
import type { ConsentRow, listParticipants } from './participants.repo.ts';
import type { ResearchAbilities } from '../research-access.ts';

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

/**
 * A participant by pseudonymous code and segment; their background attributes and whether
 * contact details are kept only for a caller who reads raw research.
 */
export function presentParticipant(
  row: ListedParticipant,
  consent: ConsentRow | undefined,
  abilities: ResearchAbilities,
): Participant {
  const p = row.participant;
  return {
    id: p.id,
    projectId: p.projectId,
    code: p.code,
    kind: p.kind,
    segment: p.segment,
    ...(abilities.readRawResearch ? { attributes: p.attributes, hasContact: row.hasContact } : {}),
    consent: consent ? presentConsent(consent) : null,
    consentStatus: row.consentStatus,
    evidenceCount: row.evidenceCount,
    erased: p.erasedAt !== null,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}
