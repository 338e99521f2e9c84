import type { Insight, InsightEvidence, InsightSummary } from '@timantti/contracts';
import type { InsightAbilities } from './insights.policy.ts';
import type { InsightRow } from './insights.repo.ts';

export function presentInsightSummary(row: InsightRow): InsightSummary {
  return {
    id: row.id,
    projectId: row.projectId,
    boardId: row.boardId,
    groupId: row.groupId,
    statement: row.statement,
    hmw: row.hmw,
    evidenceCount: row.evidenceCount,
    participantCount: row.participantCount,
    sessionCount: row.sessionCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentInsight(
  row: InsightRow,
  evidence: InsightEvidence[],
  abilities: InsightAbilities,
): Insight {
  return { ...presentInsightSummary(row), evidence, abilities };
}
