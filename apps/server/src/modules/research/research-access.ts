import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../http/types.ts';
import { notFound } from '../../platform/errors.ts';
import { loadProjectFor } from '../projects/project-access.ts';
import { canOnProject } from '../projects/projects.policy.ts';
import { accessFacts } from '../projects/projects.presenter.ts';

export type ResearchAction = 'read' | 'readRaw' | 'write' | 'personalData';

const projectActionFor = {
  read: 'view',
  write: 'update',
  personalData: 'handlePersonalData',
} as const;

/** What the actor may see of the research of a project they read. */
export type ResearchAbilities = { readRawResearch: boolean };

/**
 * Research material follows its project: whoever sees the project reads it, whoever may change
 * the project adds to it, and only the people doing the work see personal data. 404 otherwise.
 * Raw material (notes, transcripts) that the actor may not read does not exist for them: 404.
 */
export async function loadResearchProject(
  db: Queryable,
  actor: Actor,
  projectId: string,
  action: ResearchAction,
) {
  return (await loadResearch(db, actor, projectId, action)).project;
}

/** The project as `loadResearchProject` loads it, with what the actor may see of its research. */
export async function loadResearch(
  db: Queryable,
  actor: Actor,
  projectId: string,
  action: ResearchAction,
) {
  const { project, team } = await loadProjectFor(
    db,
    actor,
    projectId,
    action === 'readRaw' ? 'view' : projectActionFor[action],
  );
  const abilities: ResearchAbilities = {
    readRawResearch: canOnProject(actor, 'readRawResearch', accessFacts(project, team)),
  };
  if (action === 'readRaw' && !abilities.readRawResearch) throw notFound();
  return { project, abilities };
}
