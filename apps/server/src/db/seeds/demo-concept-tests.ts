import { richTextFromPlain } from '@timantti/contracts';
import { createTestRound } from '../../modules/concept-tests/commands/create-test-round.ts';
import { recordFinding } from '../../modules/concept-tests/commands/record-finding.ts';
import { startNextVersion } from '../../modules/concept-tests/commands/start-next-version.ts';
import {
  findTestRoundRow,
  readHypotheses,
} from '../../modules/concept-tests/concept-tests.repo.ts';
import { listConceptIds } from '../../modules/concepts/concepts.repo.ts';
import { findProject } from '../../modules/projects/projects.repo.ts';
import { createEvidence } from '../../modules/research/evidence/commands/create-evidence.ts';
import { createNote } from '../../modules/research/notes/commands/create-note.ts';
import { createParticipant } from '../../modules/research/participants/commands/create-participant.ts';
import { updateSession } from '../../modules/research/sessions/commands/update-session.ts';
import type { Db } from '../client.ts';

// The KUNTO concept's first test: version 1 tried out with young people at Ohjaamo as a role
// play, their answers typed in, a finding per hypothesis citing what they said, and version 2
// started from those findings — so the concept's history reads v1 → round → findings → v2.

const respondents = [
  {
    segment: 'Alle 30-vuotiaat työnhakijat',
    said: 'Kun sain yhden nimen ja numeron, tiesin kenelle soittaa.',
  },
  {
    segment: 'Alle 30-vuotiaat työnhakijat',
    said: 'Viikko on liian pitkä odottaa, silloin olen jo luovuttanut.',
  },
  {
    segment: 'Alle 30-vuotiaat työnhakijat',
    said: 'Viestin saisi laittaa WhatsAppissa, en vastaa tuntemattomiin numeroihin.',
  },
  { segment: 'Kokemusasiantuntijat', said: 'Ohjaaja pitäisi esitellä kasvokkain, ei kirjeellä.' },
];

export async function seedDemoConceptTests(
  db: Db,
  input: { projectId: string; userId: string },
): Promise<void> {
  const { projectId, userId } = input;
  const project = await findProject(db, projectId);
  const [conceptId] = await listConceptIds(db, projectId);
  if (!project || !conceptId) throw new Error('the KUNTO concept is missing');
  const roundId = await createTestRound(db, {
    actorUserId: userId,
    organisationId: project.organisationId,
    projectId,
    conceptId,
    today: '2026-10-20',
    values: {
      versionNumber: 1,
      title: 'Oma ohjaaja roolileikkinä Ohjaamossa',
      method: 'role_play',
      description:
        'Nuori ja ohjaaja käyvät ensitapaamisen läpi: ohjaaja esittäytyy, varaa seuraavan palvelun ja sopii yhteydenpidosta.',
      learningGoals: 'Luottaako nuori yhteen ohjaajaan? Milloin ja miten hän haluaa yhteydenoton?',
      place: 'Ohjaamo Lahti',
      startsOn: '2026-10-20',
      endsOn: '2026-10-22',
      hypotheses: [
        {
          belief: 'Nuori haluaa yhden nimetyn ohjaajan.',
          signal: 'Useimmat kertovat tietävänsä, kenelle soittaa.',
        },
        {
          belief: 'Soitto viikon päästä riittää pitämään nuoren mukana.',
          signal: 'Kukaan ei sano viikon olevan liian pitkä.',
        },
        {
          belief: 'Puhelin on nuorelle sopiva kanava.',
          signal: 'Nuoret vastaavat ohjaajan soittoon.',
        },
      ],
      recruitTargets: [
        { segment: 'Alle 30-vuotiaat työnhakijat', count: 6 },
        { segment: 'Kokemusasiantuntijat', count: 2 },
      ],
    },
  });
  const round = await findTestRoundRow(db, conceptId, roundId);
  if (!round?.sessionId) throw new Error('the test round has no session');
  const participantIds: string[] = [];
  for (const respondent of respondents)
    participantIds.push(
      await createParticipant(db, {
        actorUserId: userId,
        projectId,
        values: {
          kind: 'customer',
          segment: respondent.segment,
          attributes: {},
          consent: {
            purpose: 'Konseptin testaus; vastauksia käytetään nimettöminä.',
            givenOn: '2026-10-20',
            method: 'written',
            expiresOn: '2027-12-31',
          },
        },
      }),
    );
  await updateSession(db, {
    organisationId: project.organisationId,
    projectId,
    sessionId: round.sessionId,
    values: {
      version: 1,
      kind: 'prototype_test',
      title: round.title,
      heldOn: '2026-10-20',
      place: round.place,
      methodNotes: round.description,
      facilitatorIds: [userId],
      participantIds,
    },
  });
  const evidenceIds: string[] = [];
  for (const [index, respondent] of respondents.entries()) {
    const participantId = participantIds[index] ?? null;
    const { id: noteId, body } = await createNote(db, {
      actorUserId: userId,
      projectId,
      sessionId: round.sessionId,
      values: {
        title: `Vastaukset ${index + 1}`,
        content: richTextFromPlain(respondent.said),
        language: 'fi',
        participantId,
      },
    });
    evidenceIds.push(
      await createEvidence(db, {
        actorUserId: userId,
        projectId,
        locale: 'fi',
        values: {
          noteId,
          start: 0,
          end: body.length,
          text: body,
          kind: 'quote',
          tagIds: [],
        },
      }),
    );
  }
  const [single, weekly, phone] = await readHypotheses(db, [roundId]);
  const [named, tooLong, whatsapp, faceToFace] = evidenceIds;
  const findings = [
    {
      hypothesis: single,
      result: 'confirmed',
      note: 'Kolme neljästä kertoi nimetyn ohjaajan auttavan.',
      cited: [named, faceToFace],
    },
    {
      hypothesis: weekly,
      result: 'refuted',
      note: 'Viikko on liian pitkä: ohjaaja soittaa seuraavana päivänä.',
      cited: [tooLong],
    },
    {
      hypothesis: phone,
      result: 'unclear',
      note: 'Osa ei vastaa tuntemattomiin numeroihin; kokeillaan viestejä.',
      cited: [whatsapp],
    },
  ] as const;
  for (const finding of findings) {
    if (!finding.hypothesis) throw new Error('a demo hypothesis is missing');
    await recordFinding(db, {
      projectId,
      roundId,
      hypothesisId: finding.hypothesis.id,
      values: {
        version: finding.hypothesis.version,
        result: finding.result,
        note: finding.note,
        evidenceIds: finding.cited.flatMap((id) => (id ? [id] : [])),
      },
    });
  }
  await startNextVersion(db, { conceptId, roundId });
}
