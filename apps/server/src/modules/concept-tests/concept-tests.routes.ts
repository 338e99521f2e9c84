import {
  ConceptHistory,
  CreateTestRoundInput,
  Id,
  RecordFindingInput,
  TestRound,
  TestRoundList,
  UpdateTestRoundInput,
} from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { onVersion } from '../../platform/versioned-edit.ts';
import { loadConceptFor } from '../concepts/concept-access.ts';
import { listConceptVersions } from '../concepts/concepts.repo.ts';
import { readCitedEvidence } from '../research/evidence/evidence.repo.ts';
import { createTestRound } from './commands/create-test-round.ts';
import { recordFinding } from './commands/record-finding.ts';
import { startNextVersion } from './commands/start-next-version.ts';
import { updateTestPlan } from './commands/update-test-plan.ts';
import {
  deleteTestRound,
  findTestRoundRow,
  listTestRoundRows,
  readHypotheses,
  readRecruitTargets,
  readRespondents,
} from './concept-tests.repo.ts';
import {
  presentHistory,
  presentTestRound,
  presentTestRoundSummary,
} from './concept-tests.presenter.ts';

const tags = ['concept tests'];
const ConceptParams = z.strictObject({ projectId: Id, conceptId: Id });
const RoundParams = ConceptParams.extend({ testRoundId: Id });
const HypothesisParams = RoundParams.extend({ hypothesisId: Id });

/**
 * Prototype testing of concept versions: test rounds with their plans, findings per
 * hypothesis citing evidence, the next version started from them, and the concept's history.
 * A round follows its concept's access exactly: readers read, managers plan and conclude.
 */
export function conceptTestRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  const readRound = async (actor: Actor, projectId: string, conceptId: string, roundId: string) => {
    const { abilities } = await loadConceptFor(db, actor, projectId, conceptId, 'read');
    const row = await findTestRoundRow(db, conceptId, roundId);
    if (!row) throw notFound();
    const [hypotheses, recruitTargets, respondents] = await Promise.all([
      readHypotheses(db, [row.id]),
      readRecruitTargets(db, row.id),
      readRespondents(db, [row.id]),
    ]);
    const cited = await readCitedEvidence(db, [
      ...new Set(hypotheses.flatMap((h) => h.evidenceIds)),
    ]);
    return presentTestRound(row, {
      hypotheses,
      evidence: new Map(cited.map((item) => [item.id, item])),
      recruitTargets,
      respondents: respondents.get(row.id),
      abilities: { manage: abilities.manage },
    });
  };

  const roundSummaries = async (conceptId: string) => {
    const rows = await listTestRoundRows(db, conceptId);
    const [hypotheses, respondents] = await Promise.all([
      readHypotheses(
        db,
        rows.map((row) => row.id),
      ),
      readRespondents(
        db,
        rows.map((row) => row.id),
      ),
    ]);
    return rows.map((row) =>
      presentTestRoundSummary(
        row,
        hypotheses.filter((h) => h.roundId === row.id),
        respondents.get(row.id),
      ),
    );
  };

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds',
    {
      schema: {
        tags,
        summary: "List a concept's test rounds, by the version they test",
        params: ConceptParams,
        response: { 200: TestRoundList },
      },
    },
    async (request) => {
      const { projectId, conceptId } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'read');
      return { items: await roundSummaries(conceptId) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds',
    {
      schema: {
        tags,
        summary: 'Plan a test round of a frozen version, with its in-person research session',
        params: ConceptParams,
        body: CreateTestRoundInput,
        response: { 201: TestRound },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, conceptId } = request.params;
      const { project } = await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      const roundId = await createTestRound(db, {
        actorUserId: actor.userId,
        organisationId: project.organisationId,
        projectId,
        conceptId,
        today: new Date().toISOString().slice(0, 10),
        values: request.body,
      });
      return reply.status(201).send(await readRound(actor, projectId, conceptId, roundId));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId',
    {
      schema: {
        tags,
        summary: 'Get a test round: its plan, hypotheses with findings, and who answered',
        params: RoundParams,
        response: { 200: TestRound },
      },
    },
    async (request) => {
      const { projectId, conceptId, testRoundId: roundId } = request.params;
      return readRound(actorOf(request), projectId, conceptId, roundId);
    },
  );

  app.put(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId',
    {
      schema: {
        tags,
        summary: "Change a test round's plan (hypotheses keep their findings by id)",
        params: RoundParams,
        body: UpdateTestRoundInput,
        response: { 200: TestRound },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, conceptId, testRoundId: roundId } = request.params;
      await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      await onVersion(
        () => updateTestPlan(db, { conceptId, roundId, values: request.body }),
        () => readRound(actor, projectId, conceptId, roundId),
      );
      return readRound(actor, projectId, conceptId, roundId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId',
    {
      schema: {
        tags,
        summary: 'Delete a test round with its findings; its research session stays',
        params: RoundParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { projectId, conceptId, testRoundId: roundId } = request.params;
      await loadConceptFor(db, actorOf(request), projectId, conceptId, 'manage');
      if (!(await deleteTestRound(db, conceptId, roundId))) throw notFound();
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId/hypotheses/:hypothesisId/finding',
    {
      schema: {
        tags,
        summary: "Record a hypothesis's finding with the evidence it cites",
        params: HypothesisParams,
        body: RecordFindingInput,
        response: { 200: TestRound },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, conceptId, testRoundId: roundId, hypothesisId } = request.params;
      await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      if (!(await findTestRoundRow(db, conceptId, roundId))) throw notFound();
      await onVersion(
        () => recordFinding(db, { projectId, roundId, hypothesisId, values: request.body }),
        () => readRound(actor, projectId, conceptId, roundId),
      );
      return readRound(actor, projectId, conceptId, roundId);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/concepts/:conceptId/test-rounds/:testRoundId/next-version',
    {
      schema: {
        tags,
        summary: "Start the next version of the tested one from the round's findings",
        params: RoundParams,
        response: { 201: TestRound },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId, conceptId, testRoundId: roundId } = request.params;
      await loadConceptFor(db, actor, projectId, conceptId, 'manage');
      await startNextVersion(db, { conceptId, roundId });
      return reply.status(201).send(await readRound(actor, projectId, conceptId, roundId));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/concepts/:conceptId/history',
    {
      schema: {
        tags,
        summary: "A concept's history: versions, the rounds that tested them, their findings",
        params: ConceptParams,
        response: { 200: ConceptHistory },
      },
    },
    async (request) => {
      const { projectId, conceptId } = request.params;
      const { concept } = await loadConceptFor(db, actorOf(request), projectId, conceptId, 'read');
      const [versions, rounds] = await Promise.all([
        listConceptVersions(db, conceptId),
        roundSummaries(conceptId),
      ]);
      return { items: presentHistory({ versions, draftNumber: concept.draftNumber, rounds }) };
    },
  );
}
