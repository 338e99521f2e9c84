import type { App, AppContext } from '../../http/types.ts';
import { evidenceRoutes } from './evidence.routes.ts';
import { importRoutes } from './imports.routes.ts';
import { noteRoutes } from './notes.routes.ts';
import { participantRoutes } from './participants.routes.ts';
import { researchSessionRoutes } from './research-sessions.routes.ts';
import { searchRoutes } from './search.routes.ts';
import { sourceRoutes } from './sources.routes.ts';
import { tagRoutes } from './tags.routes.ts';

/** The research repository: participants, sessions, notes, evidence, sources, tags, search. */
export function researchRoutes(app: App, context: AppContext) {
  participantRoutes(app, context);
  researchSessionRoutes(app, context);
  noteRoutes(app, context);
  evidenceRoutes(app, context);
  sourceRoutes(app, context);
  tagRoutes(app, context);
  searchRoutes(app, context);
  importRoutes(app, context);
}
