import type { ComponentProps } from 'react';
import { ProjectPageHeader } from '../layout/ProjectPageHeader.tsx';
import { useResearchProject } from './useResearchProject.ts';

/** The heading of a research page, under the project it belongs to. */
export function ResearchPageHeader(
  props: Omit<ComponentProps<typeof ProjectPageHeader>, 'projectName'>,
) {
  const { project } = useResearchProject();
  return <ProjectPageHeader projectName={project.name} {...props} />;
}
