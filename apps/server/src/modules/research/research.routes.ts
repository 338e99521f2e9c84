import type { App, AppContext } from '../../http/types.ts';
import { evidenceRoutes } from './evidence/evidence.routes.ts';
import { importRoutes } from './imports/imports.routes.ts';
import { noteRoutes } from './notes/notes.routes.ts';
import { participantRoutes } from './participants/participants.routes.ts';
import { researchSessionRoutes } from './sessions/sessions.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { sourceRoutes } from './sources/sources.routes.ts';
import { tagRoutes } from './tags/tags.routes.ts';

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
