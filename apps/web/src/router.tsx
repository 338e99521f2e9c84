import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  redirect,
} from '@tanstack/react-router';
import { Phase, type Me } from '@timantti/contracts';
import { boardQuery, boardsQuery } from './api/boards.ts';
import { journeyQuery, journeysQuery } from './api/journeys.ts';
import { isApiError } from './api/client.ts';
import { insightQuery, insightsQuery } from './api/insights.ts';
import { personaQuery, personasQuery } from './api/personas.ts';
import { meQuery, organisationQuery, projectQuery } from './api/queries.ts';
import {
  participantQuery,
  participantsQuery,
  researchSessionQuery,
  researchSessionsQuery,
  sourcesQuery,
  tagsQuery,
} from './api/research-queries.ts';
import { fetchNote } from './api/research-sessions.ts';
import { AppLayout } from './features/layout/AppLayout.tsx';
import { focusPageHeading } from './features/layout/focus.ts';
import { homeOrganisation, orgBySlug, rememberOrganisation } from './features/session/session.ts';
import { paths, researchPaths, safeRedirect, synthesisPaths } from './paths.ts';
import { AccountPage } from './routes/account.tsx';
import { ErrorPage } from './routes/error.tsx';
import { HomePage } from './routes/home.tsx';
import { InvitationPage } from './routes/invitation.tsx';
import { LoginPage } from './routes/login.tsx';
import { MembersPage } from './routes/members.tsx';
import { NewProjectPage } from './routes/new-project.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { ProjectPage } from './routes/project.tsx';
import { ProjectsPage, type ProjectsSearch } from './routes/projects.tsx';
import { EvidencePage, validateEvidenceSearch } from './routes/research/evidence.tsx';
import { ImportPage } from './routes/research/import.tsx';
import { ResearchLayout } from './routes/research/layout.tsx';
import { NewParticipantPage } from './routes/research/new-participant.tsx';
import { ParticipantPage } from './routes/research/participant.tsx';
import { ParticipantsPage } from './routes/research/participants.tsx';
import { SearchPage, validateResearchSearch } from './routes/research/search.tsx';
import {
  EditResearchSessionPage,
  NewResearchSessionPage,
} from './routes/research/session-form-pages.tsx';
import { ResearchSessionPage } from './routes/research/session.tsx';
import { ResearchSessionsPage } from './routes/research/sessions.tsx';
import { EditSourcePage, NewSourcePage } from './routes/research/source-form-pages.tsx';
import { SourcesPage } from './routes/research/sources.tsx';
import { TagsPage } from './routes/research/tags.tsx';
import { BoardPage } from './routes/synthesis/board.tsx';
import { JourneyPage } from './routes/synthesis/journey.tsx';
import { JourneysPage } from './routes/synthesis/journeys.tsx';
import { BoardsPage } from './routes/synthesis/boards.tsx';
import { InsightPage } from './routes/synthesis/insight.tsx';
import { InsightsPage } from './routes/synthesis/insights.tsx';
import { PersonaPage } from './routes/synthesis/persona.tsx';
import { EditPersonaPage, NewPersonaPage } from './routes/synthesis/persona-form-pages.tsx';
import { PersonasPage } from './routes/synthesis/personas.tsx';
import { SynthesisLayout } from './routes/synthesis/layout.tsx';
import { Loading } from './ui/Loading.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ href: search.redirect ?? paths.home() });
  },
  component: LoginPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
  component: InvitationPage,
});

// Everything below needs a signed-in user; others are sent to sign in and brought back.
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ href: paths.login(location.href) });
    return { me };
  },
});

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const org = homeOrganisation(context.me);
    if (org) throw redirect({ href: paths.projects(org.slug) });
  },
  component: HomePage,
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account',
  component: AccountPage,
});

const organisationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'o/$orgSlug',
  beforeLoad: ({ context, params }) => {
    const org = orgBySlug(context.me, params.orgSlug);
    if (!org) throw notFound();
    rememberOrganisation(org.slug);
    return { org };
  },
  loader: ({ context }) => context.queryClient.ensureQueryData(organisationQuery(context.org.id)),
});

const organisationIndexRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ href: paths.projects(params.orgSlug) });
  },
});

const projectsRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects',
  validateSearch: (search: Record<string, unknown>): ProjectsSearch => {
    const result: ProjectsSearch = {};
    if (typeof search.q === 'string' && search.q.trim()) result.q = search.q;
    const phase = Phase.safeParse(search.phase);
    if (phase.success) result.phase = phase.data;
    if (search.archived === true || search.archived === 'true') result.archived = true;
    return result;
  },
  component: ProjectsPage,
});

const newProjectRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/new',
  component: NewProjectPage,
});

/** Loads the project of the address, or sends a link from another organisation to its own. */
async function loadProject(
  context: RouterContext & { org: { id: string }; me: Me },
  projectId: string,
) {
  const project = await context.queryClient
    .ensureQueryData(projectQuery(projectId))
    .catch((error: unknown) => {
      if (isApiError(error, 404)) throw notFound();
      throw error;
    });
  if (project.organisationId !== context.org.id) {
    // A link from another organisation of the same user: open it under the right one.
    const owner = context.me.organisations.find((org) => org.id === project.organisationId);
    if (!owner) throw notFound();
    throw redirect({ href: paths.project(owner.slug, project.id) });
  }
}

const projectRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/$projectId',
  loader: ({ context, params }) => loadProject(context, params.projectId),
  component: ProjectPage,
});

// The research repository of a project (tutkimusaineisto): one layout, a page per part.
const researchRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/$projectId/research',
  loader: ({ context, params }) => loadProject(context, params.projectId),
  component: ResearchLayout,
});

const researchIndexRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ href: researchPaths(params.orgSlug, params.projectId).participants() });
  },
});

const participantsRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'participants',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(participantsQuery(params.projectId)),
  component: ParticipantsPage,
});

const newParticipantRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'participants/new',
  component: NewParticipantPage,
});

const participantRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'participants/$participantId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(participantQuery(params.projectId, params.participantId)),
  component: ParticipantPage,
});

const researchSessionsRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(researchSessionsQuery(params.projectId)),
  component: ResearchSessionsPage,
});

const newResearchSessionRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions/new',
  component: NewResearchSessionPage,
});

const researchSessionRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions/$sessionId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(researchSessionQuery(params.projectId, params.sessionId)),
  component: ResearchSessionPage,
});

const editResearchSessionRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions/$sessionId/edit',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(researchSessionQuery(params.projectId, params.sessionId)),
  component: EditResearchSessionPage,
});

// Search results name a note only; its page is the session's, at the note.
const noteRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'notes/$noteId',
  loader: async ({ params }) => {
    const note = await fetchNote(params.projectId, params.noteId);
    const session = researchPaths(params.orgSlug, params.projectId).session(note.sessionId);
    throw redirect({ href: `${session}#note-${note.id}`, replace: true });
  },
});

const evidenceRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'evidence',
  validateSearch: validateEvidenceSearch,
  component: EvidencePage,
});

const sourcesRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sources',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(sourcesQuery(params.projectId)),
  component: SourcesPage,
});

const newSourceRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sources/new',
  component: NewSourcePage,
});

const editSourceRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sources/$sourceId/edit',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(sourcesQuery(params.projectId)),
  component: EditSourcePage,
});

const tagsRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'tags',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(tagsQuery(params.projectId)),
  component: TagsPage,
});

const importRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'import',
  component: ImportPage,
});

const searchRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'search',
  validateSearch: validateResearchSearch,
  component: SearchPage,
});

// The synthesis of a project (synteesi): affinity boards and insights, a page per part.
const synthesisRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/$projectId/synthesis',
  loader: ({ context, params }) => loadProject(context, params.projectId),
  component: SynthesisLayout,
});

const synthesisIndexRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ href: synthesisPaths(params.orgSlug, params.projectId).boards() });
  },
});

const boardsRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'boards',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(boardsQuery(params.projectId)),
  component: BoardsPage,
});

const journeysRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'journeys',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(journeysQuery(params.projectId)),
  component: JourneysPage,
});

const journeyRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'journeys/$journeyId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(journeyQuery(params.projectId, params.journeyId)),
  component: JourneyPage,
});

const boardRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'boards/$boardId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(boardQuery(params.projectId, params.boardId)),
  component: BoardPage,
});

const insightsRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'insights',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(insightsQuery(params.projectId)),
  component: InsightsPage,
});

const insightRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'insights/$insightId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(insightQuery(params.projectId, params.insightId)),
  component: InsightPage,
});

const personasRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(personasQuery(params.projectId)),
  component: PersonasPage,
});

const newPersonaRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas/new',
  component: NewPersonaPage,
});

const personaRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas/$personaId',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(personaQuery(params.projectId, params.personaId)),
  component: PersonaPage,
});

const editPersonaRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas/$personaId/edit',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(personaQuery(params.projectId, params.personaId)),
  component: EditPersonaPage,
});

const membersRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'members',
  component: MembersPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  invitationRoute,
  signedInRoute.addChildren([
    homeRoute,
    accountRoute,
    organisationRoute.addChildren([
      organisationIndexRoute,
      projectsRoute,
      newProjectRoute,
      projectRoute,
      researchRoute.addChildren([
        researchIndexRoute,
        participantsRoute,
        newParticipantRoute,
        participantRoute,
        researchSessionsRoute,
        newResearchSessionRoute,
        researchSessionRoute,
        editResearchSessionRoute,
        noteRoute,
        evidenceRoute,
        sourcesRoute,
        newSourceRoute,
        editSourceRoute,
        tagsRoute,
        importRoute,
        searchRoute,
      ]),
      synthesisRoute.addChildren([
        synthesisIndexRoute,
        boardsRoute,
        boardRoute,
        insightsRoute,
        insightRoute,
        personasRoute,
        newPersonaRoute,
        personaRoute,
        editPersonaRoute,
        journeysRoute,
        journeyRoute,
      ]),
      membersRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: ErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingComponent: () => <Loading />,
    scrollRestoration: true,
  });
  router.subscribe('onRendered', (event) => {
    if (event.fromLocation && event.pathChanged) focusPageHeading();
  });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
