import {
  Contact,
  ContactInput,
  CreateParticipantInput,
  Id,
  Participant,
  ParticipantList,
  UpdateParticipantInput,
  WithdrawConsentInput,
  ConsentInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { notFound } from '../../../platform/errors.ts';
import { onVersion } from '../../../platform/versioned-edit.ts';
import { audit } from '../../audit/audit.repo.ts';
import { createParticipant } from './commands/create-participant.ts';
import { eraseParticipant } from './commands/erase-participant.ts';
import { exportParticipant } from './commands/export-participant.ts';
import { setContact } from './commands/set-contact.ts';
import { presentParticipant } from './participants.presenter.ts';
import {
  findContact,
  findParticipant,
  insertConsent,
  latestConsents,
  editParticipant,
  listParticipants,
  withdrawLatestConsent,
} from './participants.repo.ts';
import { loadResearch, loadResearchProject, type ResearchAbilities } from '../research-access.ts';
import type { Db } from '../../../db/client.ts';

const tags = ['research'];
const ProjectParams = z.strictObject({ projectId: Id });
const ParticipantParams = z.strictObject({ projectId: Id, participantId: Id });

async function readParticipant(
  db: Db,
  projectId: string,
  participantId: string,
  abilities: ResearchAbilities,
) {
  const row = await findParticipant(db, projectId, participantId);
  if (!row) throw notFound();
  const consents = await latestConsents(db, [participantId]);
  return presentParticipant(row, consents.get(participantId), abilities);
}

export function participantRoutes(app: App, { database, events }: AppContext) {
  const { db } = database;

  app.get(
    '/api/v1/projects/:projectId/participants',
    {
      schema: {
        tags,
        summary: 'List participants',
        params: ProjectParams,
        response: { 200: ParticipantList },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'read');
      const rows = await listParticipants(db, projectId);
      const consents = await latestConsents(
        db,
        rows.map((r) => r.participant.id),
      );
      return {
        items: rows.map((row) =>
          presentParticipant(row, consents.get(row.participant.id), abilities),
        ),
      };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/participants',
    {
      schema: {
        tags,
        summary: 'Add a participant with their consent',
        params: ProjectParams,
        body: CreateParticipantInput,
        response: { 201: Participant },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const { abilities } = await loadResearch(
        db,
        actor,
        projectId,
        request.body.contact ? 'personalData' : 'write',
      );
      const participantId = await createParticipant(db, {
        actorUserId: actor.userId,
        projectId,
        values: request.body,
      });
      return reply.status(201).send(await readParticipant(db, projectId, participantId, abilities));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/participants/:participantId',
    {
      schema: {
        tags,
        summary: 'Get a participant',
        params: ParticipantParams,
        response: { 200: Participant },
      },
    },
    async (request) => {
      const { projectId, participantId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'read');
      return readParticipant(db, projectId, participantId, abilities);
    },
  );

  app.patch(
    '/api/v1/projects/:projectId/participants/:participantId',
    {
      schema: {
        tags,
        summary: 'Update a participant',
        description:
          'Refused with `edit_conflict` (409) and the participant as it is now when it moved on ' +
          'from the `version` given; an erased participant is not found.',
        params: ParticipantParams,
        body: UpdateParticipantInput,
        response: { 200: Participant },
      },
    },
    async (request) => {
      const { projectId, participantId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'write');
      const { version, ...values } = request.body;
      await onVersion(
        () => editParticipant(db, projectId, participantId, version, values),
        () => readParticipant(db, projectId, participantId, abilities),
      );
      return readParticipant(db, projectId, participantId, abilities);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/participants/:participantId/consent',
    {
      schema: {
        tags,
        summary: 'Record a new consent',
        params: ParticipantParams,
        body: ConsentInput,
        response: { 200: Participant },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, participantId } = request.params;
      const { abilities } = await loadResearch(db, actor, projectId, 'write');
      if ((await readParticipant(db, projectId, participantId, abilities)).erased) throw notFound();
      await insertConsent(db, { participantId, ...request.body, recordedBy: actor.userId });
      return readParticipant(db, projectId, participantId, abilities);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/participants/:participantId/consent/withdraw',
    {
      schema: {
        tags,
        summary: 'Record that consent was withdrawn',
        params: ParticipantParams,
        body: WithdrawConsentInput,
        response: { 200: Participant },
      },
    },
    async (request) => {
      const { projectId, participantId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'write');
      if ((await readParticipant(db, projectId, participantId, abilities)).erased) throw notFound();
      await withdrawLatestConsent(db, participantId, request.body.withdrawnOn);
      return readParticipant(db, projectId, participantId, abilities);
    },
  );

  app.get(
    '/api/v1/projects/:projectId/participants/:participantId/contact',
    {
      schema: {
        tags,
        summary: "A participant's contact details (every view is audited)",
        params: ParticipantParams,
        response: { 200: Contact },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, participantId } = request.params;
      const project = await loadResearchProject(db, actor, projectId, 'personalData');
      if (!(await findParticipant(db, projectId, participantId))) throw notFound();
      const contact = await findContact(db, participantId);
      await audit(db, {
        organisationId: project.organisationId,
        actorUserId: actor.userId,
        action: 'participant.contact_viewed',
        targetType: 'participant',
        targetId: participantId,
      });
      return contact
        ? { name: contact.name, phone: contact.phone, email: contact.email }
        : { name: '', phone: '', email: '' };
    },
  );

  app.put(
    '/api/v1/projects/:projectId/participants/:participantId/contact',
    {
      schema: {
        tags,
        summary: "Set a participant's contact details",
        params: ParticipantParams,
        body: ContactInput,
        response: { 200: Contact },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, participantId } = request.params;
      const project = await loadResearchProject(db, actor, projectId, 'personalData');
      await setContact(db, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        participantId,
        values: request.body,
      });
      return request.body;
    },
  );

  app.get(
    '/api/v1/projects/:projectId/participants/:participantId/export',
    {
      schema: {
        tags,
        summary: 'Everything about one participant, as JSON (access request)',
        params: ParticipantParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, participantId } = request.params;
      const project = await loadResearchProject(db, actor, projectId, 'personalData');
      const data = await exportParticipant(db, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        participantId,
      });
      return reply
        .header(
          'content-disposition',
          `attachment; filename="participant-${data.participant.code}.json"`,
        )
        .send(data);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/participants/:participantId/erase',
    {
      schema: {
        tags,
        summary: 'Erase a participant everywhere',
        params: ParticipantParams,
        response: { 200: Participant },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, participantId } = request.params;
      const { project, abilities } = await loadResearch(db, actor, projectId, 'personalData');
      const { withdrawnEvidenceIds } = await eraseParticipant(db, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        participantId,
      });
      // Boards open live lose the text too before we answer.
      await events.emit({
        type: 'evidence.withdrawn',
        projectId,
        evidenceIds: withdrawnEvidenceIds,
      });
      return readParticipant(db, projectId, participantId, abilities);
    },
  );
}
