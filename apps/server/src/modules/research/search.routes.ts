import { Id, SearchQuery, SearchResult } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../http/actor.ts';
import type { App, AppContext } from '../../http/types.ts';
import { loadResearchProject } from './research-access.ts';
import { searchProject } from './search.repo.ts';

export function searchRoutes(app: App, { database }: AppContext) {
  const { db } = database;
  app.get(
    '/api/v1/projects/:projectId/search',
    {
      schema: {
        tags: ['research'],
        summary: 'Search evidence, notes, sources and personas (Finnish-aware)',
        params: z.strictObject({ projectId: Id }),
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (request) => {
      await loadResearchProject(db, actorOf(request), request.params.projectId, 'read');
      return searchProject(db, request.params.projectId, request.query);
    },
  );
}
