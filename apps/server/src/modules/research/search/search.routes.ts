import { Id, SearchQuery, SearchResult } from '@timantti/contracts';
import { z } from 'zod';
import { actorOf } from '../../../http/actor.ts';
import type { App, AppContext } from '../../../http/types.ts';
import { loadResearch } from '../research-access.ts';
import { searchProject } from './search.repo.ts';

export function searchRoutes(app: App, { database }: AppContext) {
  const { db } = database;
  app.get(
    '/api/v1/projects/:projectId/search',
    {
      schema: {
        tags: ['research'],
        summary:
          'Search evidence, notes, sources, personas, journeys, concepts and ideas (Finnish-aware)',
        params: z.strictObject({ projectId: Id }),
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (request) => {
      const { projectId } = request.params;
      const { abilities } = await loadResearch(db, actorOf(request), projectId, 'read');
      return searchProject(db, projectId, request.query, {
        notes: abilities.readRawResearch,
      });
    },
  );
}
