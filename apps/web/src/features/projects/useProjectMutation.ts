import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project } from '@timantti/contracts';
import { projectQuery } from '../../api/queries.ts';

/**
 * A write to a project. Every project endpoint answers with the whole project, which replaces
 * the cached one; project lists are refreshed in the background.
 */
export function useProjectMutation<V>(mutationFn: (variables: V) => Promise<Project>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (project) => {
      queryClient.setQueryData(projectQuery(project.id).queryKey, project);
      void queryClient.invalidateQueries({ queryKey: ['projects', project.organisationId] });
    },
  });
}
