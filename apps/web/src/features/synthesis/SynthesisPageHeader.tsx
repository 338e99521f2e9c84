import type { ComponentProps } from 'react';
import { ProjectPageHeader } from '../layout/ProjectPageHeader.tsx';
import { useSynthesisProject } from './useSynthesisProject.ts';

/** The heading of a synthesis page, under the project it belongs to. */
export function SynthesisPageHeader(
  props: Omit<ComponentProps<typeof ProjectPageHeader>, 'projectName'>,
) {
  const { project } = useSynthesisProject();
  return <ProjectPageHeader projectName={project.name} {...props} />;
}
