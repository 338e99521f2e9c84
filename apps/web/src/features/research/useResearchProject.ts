import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { Project } from '@timantti/contracts';
import { projectQuery } from '../../api/queries.ts';
import { researchKey } from '../../api/research-queries.ts';
import { researchPaths } from '../../paths.ts';

const route = getRouteApi('/signed-in/o/$orgSlug/projects/$projectId/research');

/**
 * Whoever may change the project adds to its research material; contact details, export and
 * erasure belong to the people doing the work (the server answers 403 to others).
 */
export function researchAbilities(project: Project) {
  return {
    canWrite: project.abilities.update,
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
