import type { Idea, VotingRound } from '@timantti/contracts';
import type { IdeaAbilities, RoundAbilities } from './ideas.policy.ts';
import type { IdeaRow } from './ideas.repo.ts';
import type { RoundRow } from './voting.repo.ts';

export function presentIdea(
  row: IdeaRow,
  options: { showAuthor: boolean; abilities: IdeaAbilities },
): Idea {
  const author =
    row.createdBy && row.authorName !== null
      ? { id: row.createdBy, displayName: row.authorName }
      : null;
  return {
    id: row.id,
    projectId: row.projectId,
    insightId: row.insightId,
    text: row.text,
    status: row.status,
    ...(options.showAuthor ? { author } : {}),
    sketch:
      row.sketchId && row.sketchType && row.sketchBytes !== null
        ? {
            type: row.sketchType,
            bytes: row.sketchBytes,
            // The file's id changes with each upload, so the address names one image for good.
            url: `/api/v1/projects/${row.projectId}/ideas/${row.id}/sketch?v=${row.sketchId}`,
          }
        : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: options.abilities,
  };
}

export function presentRound(
  row: RoundRow,
  mine: Record<string, number>,
  results: { items: { ideaId: string; dots: number; voters: number }[]; voterCount: number } | null,
  abilities: RoundAbilities,
): VotingRound {
  const spent = Object.values(mine).reduce((sum, dots) => sum + dots, 0);
  // Results are read only for a closed round; an open one shows nobody's dots but one's own.
  const closed = row.status === 'closed' && results !== null;
  return {
    id: row.id,
    projectId: row.projectId,
    insightId: row.insightId,
    title: row.title,
    budget: row.budget,
    allowStacking: row.allowStacking,
    hideAuthors: row.hideAuthors,
    status: row.status,
    openedBy:
      row.openedBy && row.openerName !== null
        ? { id: row.openedBy, displayName: row.openerName }
        : null,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    myVotes: mine,
    remaining: Math.max(0, row.budget - spent),
    results: closed ? results.items : null,
    voterCount: closed ? results.voterCount : null,
    abilities,
  };
}
