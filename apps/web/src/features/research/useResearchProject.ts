import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Project } from '@timantti/contracts';
import { projectQuery } from '../../api/queries.ts';
import { researchKey } from '../../api/research-queries.ts';
import { researchPaths } from '../../paths.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research');

/**
 * What the server says the user may do with the project's research: add to it; read its raw
 * material (notes and transcripts, participants' background attributes), which the customer
 * member does not; and handle contact details, export and erasure.
 */
export function researchAbilities(project: Project) {
  return {
    canWrite: project.abilities.update,
    canReadRawResearch: project.abilities.readRawResearch,
    canHandlePersonalData: project.abilities.handlePersonalData,
  };
}

/** The project whose research repository is open, its addresses and what the user may do. */
export function useResearchProject() {
  const { org } = route.useRouteContext();
  const { projectId } = route.useParams();
  const project = useSuspenseQuery(projectQuery(projectId)).data;
  return {
    org,
    project,
    projectId,
    research: researchPaths(org.slug, projectId),
    ...researchAbilities(project),
  };
}

/** A write to the research material; every view of the project's material is refreshed. */
export function useResearchMutation<V, R>(
  projectId: string,
  mutationFn: (variables: V) => Promise<R>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: researchKey(projectId) }),
  });
}
