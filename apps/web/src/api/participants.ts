import {
  Contact,
  type ConsentInput,
  type ContactInput,
  type CreateParticipantInput,
  Participant,
  ParticipantList,
  type UpdateParticipantInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { request, seg } from './client.ts';

const base = (projectId: string) => `/projects/${seg(projectId)}/participants`;
const one = (projectId: string, participantId: string) =>
  `${base(projectId)}/${seg(participantId)}`;

export function fetchParticipants(projectId: string) {
  return request('GET', base(projectId), ParticipantList);
}

export function fetchParticipant(projectId: string, participantId: string): Promise<Participant> {
  return request('GET', one(projectId, participantId), Participant);
}

export function createParticipant(
  projectId: string,
  input: z.input<typeof CreateParticipantInput>,
): Promise<Participant> {
  return request('POST', base(projectId), Participant, input);
}

export function updateParticipant(
  projectId: string,
  participantId: string,
  input: z.input<typeof UpdateParticipantInput>,
): Promise<Participant> {
  return request('PATCH', one(projectId, participantId), Participant, input);
}

export function recordConsent(
  projectId: string,
  participantId: string,
  input: z.input<typeof ConsentInput>,
): Promise<Participant> {
  return request('POST', `${one(projectId, participantId)}/consent`, Participant, input);
}

export function withdrawConsent(
  projectId: string,
  participantId: string,
  withdrawnOn: string,
): Promise<Participant> {
  return request('POST', `${one(projectId, participantId)}/consent/withdraw`, Participant, {
    withdrawnOn,
  });
}

/** Contact details; the server writes every view to the audit log. */
export function fetchContact(
  projectId: string,
  participantId: string,
): Promise<z.infer<typeof Contact>> {
  return request('GET', `${one(projectId, participantId)}/contact`, Contact);
}

export function saveContact(
  projectId: string,
  participantId: string,
  input: z.input<typeof ContactInput>,
): Promise<z.infer<typeof Contact>> {
  return request('PUT', `${one(projectId, participantId)}/contact`, Contact, input);
}

/** Everything kept about the participant (an access request), as the server exports it. */
export function exportParticipant(projectId: string, participantId: string) {
  return request(
    'GET',
    `${one(projectId, participantId)}/export`,
    z.record(z.string(), z.unknown()),
  );
}

export function eraseParticipant(projectId: string, participantId: string): Promise<Participant> {
  return request('POST', `${one(projectId, participantId)}/erase`, Participant);
}
