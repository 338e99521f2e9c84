import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { projectQuery } from '../../api/queries.ts';
import { researchPaths, synthesisPaths } from '../../paths.ts';
import { researchAbilities } from '../research/useResearchProject.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/synthesis');

/**
 * The project whose synthesis is open, its addresses and what the user may do: synthesis
 * works on the research material and follows its access.
 */
export function useSynthesisProject() {
  const { org } = route.useRouteContext();
  const { projectId } = route.useParams();
  const project = useSuspenseQuery(projectQuery(projectId)).data;
  return {
    org,
    project,
    projectId,
    synthesis: synthesisPaths(org.slug, projectId),
    research: researchPaths(org.slug, projectId),
    canWrite: researchAbilities(project).canWrite,
  };
}
