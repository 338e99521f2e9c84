import { Id, VoteInput, VotingRound, VotingRoundInput, VotingRoundList } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { Actor, App, AppContext } from '../../http/types.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { loadProjectFor } from '../projects/project-access.ts';
import type { ProjectAccessFacts, ProjectAction } from '../projects/projects.policy.ts';
import { accessFacts } from '../projects/projects.presenter.ts';
import { castVote, withdrawVote } from './commands/cast-vote.ts';
import { openRound } from './commands/open-round.ts';
import { roundAbilities } from './ideas.policy.ts';
import { presentRound } from './ideas.presenter.ts';
import {
  closeRound,
  findRound,
  listRounds,
  readMyVotes,
  readResults,
  type RoundRow,
} from './voting.repo.ts';

const tags = ['ideas'];
const ProjectParams = z.strictObject({ projectId: Id });
const RoundParams = z.strictObject({ projectId: Id, roundId: Id });
const VoteParams = z.strictObject({ projectId: Id, roundId: Id, ideaId: Id });

/** Dot-voting rounds over the project's ideas: open, vote, take a dot back, close, results. */
export function votingRoundRoutes(app: App, { database }: AppContext) {
  const { db } = database;

  const loadProject = async (actor: Actor, projectId: string, action: ProjectAction) => {
    const { project, team } = await loadProjectFor(db, actor, projectId, action);
    return accessFacts(project, team);
  };

  const present = async (actor: Actor, facts: ProjectAccessFacts, row: RoundRow) =>
    presentRound(
      row,
      await readMyVotes(db, row.id, actor.userId),
      row.status === 'closed' ? await readResults(db, row.id) : null,
      roundAbilities(actor, facts, row),
    );

  const readRound = async (
    actor: Actor,
    facts: ProjectAccessFacts,
    projectId: string,
    id: string,
  ) => {
    const row = await findRound(db, projectId, id);
    if (!row) throw notFound();
    return present(actor, facts, row);
  };

  app.get(
    '/api/v1/projects/:projectId/voting-rounds',
    {
      schema: {
        tags,
        summary: "List the project's dot-voting rounds, newest first",
        params: ProjectParams,
        response: { 200: VotingRoundList },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const facts = await loadProject(actor, projectId, 'view');
      const rows = await listRounds(db, projectId);
      return { items: await Promise.all(rows.map((row) => present(actor, facts, row))) };
    },
  );

  app.post(
    '/api/v1/projects/:projectId/voting-rounds',
    {
      schema: {
        tags,
        summary: 'Open a dot-voting round over the ideas of the project or of one insight',
        params: ProjectParams,
        body: VotingRoundInput,
        response: { 201: VotingRound },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { projectId } = request.params;
      const facts = await loadProject(actor, projectId, 'update');
      const id = await openRound(db, {
        actorUserId: actor.userId,
        projectId,
        values: request.body,
      });
      return reply.status(201).send(await readRound(actor, facts, projectId, id));
    },
  );

  app.get(
    '/api/v1/projects/:projectId/voting-rounds/:roundId',
    {
      schema: {
        tags,
        summary: "Get a round with the caller's own dots; its results once it is closed",
        params: RoundParams,
        response: { 200: VotingRound },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, roundId } = request.params;
      const facts = await loadProject(actor, projectId, 'view');
      return readRound(actor, facts, projectId, roundId);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/voting-rounds/:roundId/close',
    {
      schema: {
        tags,
        summary: 'Close a round and show its results (whoever opened it, or an admin)',
        params: RoundParams,
        response: { 200: VotingRound },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, roundId } = request.params;
      const facts = await loadProject(actor, projectId, 'view');
      const row = await findRound(db, projectId, roundId);
      if (!row) throw notFound();
      // Whoever could close it is told why not; anyone else that they may not.
      const could = roundAbilities(
        actor,
        { ...facts, archived: false },
        { ...row, status: 'open' },
      );
      if (!could.close) throw new AppError('forbidden');
      if (facts.archived) throw new AppError('project_archived', { status: 409 });
      if (row.status === 'closed') throw new AppError('voting_round_closed', { status: 409 });
      if (!(await closeRound(db, projectId, roundId))) {
        throw new AppError('voting_round_closed', { status: 409 });
      }
      return readRound(actor, facts, projectId, roundId);
    },
  );

  app.post(
    '/api/v1/projects/:projectId/voting-rounds/:roundId/votes',
    {
      schema: {
        tags,
        summary: 'Put one of your dots on an idea of the round',
        description:
          'Refused with 409 `vote_budget_spent` past the budget, `vote_stacking_not_allowed` ' +
          'for a second dot on one idea when the round does not allow it, and ' +
          '`voting_round_closed` once the round is closed.',
        params: RoundParams,
        body: VoteInput,
        response: { 200: VotingRound },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, roundId } = request.params;
      const facts = await loadProject(actor, projectId, 'contribute');
      const vote = { projectId, roundId, voterId: actor.userId, ideaId: request.body.ideaId };
      await castVote(db, vote);
      return readRound(actor, facts, projectId, roundId);
    },
  );

  app.delete(
    '/api/v1/projects/:projectId/voting-rounds/:roundId/votes/:ideaId',
    {
      schema: {
        tags,
        summary: 'Take one of your dots off an idea while the round is open',
        params: VoteParams,
        response: { 200: VotingRound },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { projectId, roundId, ideaId } = request.params;
      const facts = await loadProject(actor, projectId, 'contribute');
      await withdrawVote(db, { projectId, roundId, voterId: actor.userId, ideaId });
      return readRound(actor, facts, projectId, roundId);
    },
  );
}
