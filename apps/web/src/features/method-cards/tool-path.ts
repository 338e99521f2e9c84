import type { MethodTool } from '@timantti/contracts';
import { researchPaths, synthesisPaths } from '../../paths.ts';

/** The page of a project where a card's method is done. */
export function methodToolPath(tool: MethodTool, orgSlug: string, projectId: string): string {
  const research = researchPaths(orgSlug, projectId);
  const synthesis = synthesisPaths(orgSlug, projectId);
  switch (tool) {
    case 'sessions':
      return research.sessions();
    case 'sources':
      return research.sources();
    case 'import':
      return research.import();
    case 'forms':
      return research.forms();
    case 'boards':
      return synthesis.boards();
    case 'insights':
      return synthesis.insights();
    case 'personas':
      return synthesis.personas();
    case 'journeys':
      return synthesis.journeys();
    case 'ideas':
      return synthesis.ideas();
    case 'concepts':
      return synthesis.concepts();
  }
}
