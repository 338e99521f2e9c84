import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import type { Me } from '@timantti/contracts';
import { lazy, Suspense } from 'react';
import { meQuery } from './api/auth.ts';
import { isApiError, loadSchemas } from './api/client.ts';
import { AppLayout } from './features/layout/AppLayout.tsx';
import { focusPageHeading } from './features/layout/focus.ts';
import { allParts, loadCatalog } from './i18n/catalogs.ts';
import { initialLocale } from './i18n/locale-storage.ts';
import { homeOrganisation, orgBySlug, rememberOrganisation } from './features/session/session.ts';
import { paths, researchPaths, safeRedirect, synthesisPaths } from './paths.ts';
import { LoginPage } from './routes/login.tsx';
import { Loading } from './ui/Loading.tsx';

/**
 * The parameters of the address that hold text. They are the user's input: the page picks and
 * checks its own with the contracts (zod), which load with it rather than with the first page.
 */
function textParams(search: Record<string, unknown>): Partial<Record<string, string>> {
  const result: Partial<Record<string, string>> = {};
  for (const [name, value] of Object.entries(search)) {
    // The router reads `?q=2026` as a number.
    if (typeof value === 'string' || typeof value === 'number') result[name] = String(value);
  }
  return result;
}

// Pages and the API modules their loaders use (with the contracts' schemas) load with the
// page that needs them: the sign-in page carries no other page's code.
const api = {
  queries: () => import('./api/queries.ts'),
  research: () => import('./api/research-queries.ts'),
  sessions: () => import('./api/research-sessions.ts'),
  boards: () => import('./api/boards.ts'),
  journeys: () => import('./api/journeys.ts'),
  insights: () => import('./api/insights.ts'),
  personas: () => import('./api/personas.ts'),
  ideas: () => import('./api/ideas.ts'),
  concepts: () => import('./api/concepts.ts'),
  conceptTests: () => import('./api/concept-tests.ts'),
  forms: () => import('./api/feedback-forms.ts'),
  methodCards: () => import('./api/method-cards.ts'),
  articles: () => import('./api/articles.ts'),
  training: () => import('./api/training.ts'),
};

/** A 404 of the page's own data shows the not-found page. */
const orNotFound = (error: unknown) => {
  if (isApiError(error, 404)) throw notFound();
  throw error;
};

// The error and not-found pages load when shown: the first page of a visit is rarely one.
const fallbacks = () => import('./routes/fallbacks.tsx');
const LazyErrorPage = lazy(async () => ({ default: (await fallbacks()).ErrorFallback }));
const LazyNotFoundPage = lazy(async () => ({ default: (await fallbacks()).NotFoundFallback }));

function ErrorPage(props: ErrorComponentProps) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyErrorPage {...props} />
    </Suspense>
  );
}

function NotFoundPage() {
  return (
    <Suspense fallback={<Loading />}>
      <LazyNotFoundPage />
    </Suspense>
  );
}

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
  // The sign-in page is in the first chunk: it is where a visitor arrives.
  component: LoginPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
  component: lazyRouteComponent(() => import('./routes/invitation.tsx'), 'InvitationPage'),
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
  // The pages' messages in the user's own language (which may differ from the one shown before
  // signing in), loaded beside the page's code and data.
  loader: ({ context }) => loadCatalog(context.me.user.locale, allParts),
  component: lazyRouteComponent(() => import('./features/layout/SignedInArea.tsx'), 'SignedInArea'),
});

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const org = homeOrganisation(context.me);
    if (org) throw redirect({ href: paths.projects(org.slug) });
  },
  component: lazyRouteComponent(() => import('./routes/home.tsx'), 'HomePage'),
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('./routes/account.tsx'), 'AccountPage'),
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
  loader: async ({ context }) =>
    context.queryClient.ensureQueryData((await api.queries()).organisationQuery(context.org.id)),
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
  validateSearch: (search: Record<string, unknown>) => {
    const result: { q?: string; phase?: string; archived?: boolean } = {};
    if (typeof search.q === 'string' && search.q.trim()) result.q = search.q;
    if (typeof search.phase === 'string') result.phase = search.phase;
    if (search.archived === true || search.archived === 'true') result.archived = true;
    return result;
  },
  component: lazyRouteComponent(() => import('./routes/projects.tsx'), 'ProjectsPage'),
});

const newProjectRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/new',
  component: lazyRouteComponent(() => import('./routes/new-project.tsx'), 'NewProjectPage'),
});

/** Loads the project of the address, or sends a link from another organisation to its own. */
async function loadProject(
  context: RouterContext & { org: { id: string }; me: Me },
  projectId: string,
) {
  const { projectQuery } = await api.queries();
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
  component: lazyRouteComponent(() => import('./routes/project.tsx'), 'ProjectPage'),
});

// The research repository of a project (tutkimusaineisto): one layout, a page per part.
const researchRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/$projectId/research',
  loader: ({ context, params }) => loadProject(context, params.projectId),
  component: lazyRouteComponent(() => import('./routes/research/layout.tsx'), 'ResearchLayout'),
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
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.research()).participantsQuery(params.projectId)),
  component: lazyRouteComponent(
    () => import('./routes/research/participants.tsx'),
    'ParticipantsPage',
  ),
});

const newParticipantRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'participants/new',
  component: lazyRouteComponent(
    () => import('./routes/research/new-participant.tsx'),
    'NewParticipantPage',
  ),
});

const participantRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'participants/$participantId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.research()).participantQuery(params.projectId, params.participantId),
    ),
  component: lazyRouteComponent(
    () => import('./routes/research/participant.tsx'),
    'ParticipantPage',
  ),
});

const researchSessionsRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.research()).researchSessionsQuery(params.projectId),
    ),
  component: lazyRouteComponent(
    () => import('./routes/research/sessions.tsx'),
    'ResearchSessionsPage',
  ),
});

const newResearchSessionRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions/new',
  component: lazyRouteComponent(
    () => import('./routes/research/session-form-pages.tsx'),
    'NewResearchSessionPage',
  ),
});

const researchSessionRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions/$sessionId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.research()).researchSessionQuery(params.projectId, params.sessionId),
    ),
  component: lazyRouteComponent(
    () => import('./routes/research/session.tsx'),
    'ResearchSessionPage',
  ),
});

const editResearchSessionRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sessions/$sessionId/edit',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.research()).researchSessionQuery(params.projectId, params.sessionId),
    ),
  component: lazyRouteComponent(
    () => import('./routes/research/session-form-pages.tsx'),
    'EditResearchSessionPage',
  ),
});

// Search results name a note only; its page is the session's, at the note.
const noteRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'notes/$noteId',
  loader: async ({ params }) => {
    const note = await (await api.sessions()).fetchNote(params.projectId, params.noteId);
    const session = researchPaths(params.orgSlug, params.projectId).session(note.sessionId);
    throw redirect({ href: `${session}#note-${note.id}`, replace: true });
  },
});

const evidenceRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'evidence',
  validateSearch: textParams,
  component: lazyRouteComponent(() => import('./routes/research/evidence.tsx'), 'EvidencePage'),
});

const sourcesRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sources',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.research()).sourcesQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/research/sources.tsx'), 'SourcesPage'),
});

const formsRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'forms',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.forms()).formsQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/research/forms.tsx'), 'FormsPage'),
});

const formRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'forms/$formId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.forms()).formQuery(params.projectId, params.formId),
    ),
  component: lazyRouteComponent(() => import('./routes/research/forms.tsx'), 'FormPage'),
});

const formResponsesRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'forms/$formId/responses',
  validateSearch: textParams,
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.forms()).formQuery(params.projectId, params.formId),
    ),
  component: lazyRouteComponent(
    () => import('./routes/research/form-responses.tsx'),
    'FormResponsesPage',
  ),
});

const newFormRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'forms/new',
  validateSearch: textParams,
  component: lazyRouteComponent(() => import('./routes/research/form-builder.tsx'), 'NewFormPage'),
});

const editFormRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'forms/$formId/edit',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.forms()).formQuery(params.projectId, params.formId),
    ),
  component: lazyRouteComponent(() => import('./routes/research/form-builder.tsx'), 'EditFormPage'),
});

const newSourceRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sources/new',
  component: lazyRouteComponent(
    () => import('./routes/research/source-form-pages.tsx'),
    'NewSourcePage',
  ),
});

const editSourceRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'sources/$sourceId/edit',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.research()).sourcesQuery(params.projectId)),
  component: lazyRouteComponent(
    () => import('./routes/research/source-form-pages.tsx'),
    'EditSourcePage',
  ),
});

const tagsRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'tags',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.research()).tagsQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/research/tags.tsx'), 'TagsPage'),
});

const importRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'import',
  component: lazyRouteComponent(() => import('./routes/research/import.tsx'), 'ImportPage'),
});

const importRunRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'import/$importId',
  component: lazyRouteComponent(() => import('./routes/research/import.tsx'), 'ImportRunPage'),
});

const searchRoute = createRoute({
  getParentRoute: () => researchRoute,
  path: 'search',
  validateSearch: textParams,
  component: lazyRouteComponent(() => import('./routes/research/search.tsx'), 'SearchPage'),
});

// The synthesis of a project (synteesi): affinity boards and insights, a page per part.
const synthesisRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/$projectId/synthesis',
  loader: ({ context, params }) => loadProject(context, params.projectId),
  component: lazyRouteComponent(() => import('./routes/synthesis/layout.tsx'), 'SynthesisLayout'),
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
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.boards()).boardsQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/synthesis/boards.tsx'), 'BoardsPage'),
});

const journeysRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'journeys',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.journeys()).journeysQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/synthesis/journeys.tsx'), 'JourneysPage'),
});

const conceptsRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'concepts',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.concepts()).conceptsQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/synthesis/concepts.tsx'), 'ConceptsPage'),
});

const conceptRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'concepts/$conceptId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.concepts()).conceptQuery(params.projectId, params.conceptId),
    ),
  component: lazyRouteComponent(() => import('./routes/synthesis/concept.tsx'), 'ConceptPage'),
});

const conceptTestsRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'concepts/$conceptId/tests',
  loader: async ({ context, params }) => {
    const [concepts, tests] = await Promise.all([api.concepts(), api.conceptTests()]);
    await Promise.all([
      context.queryClient.ensureQueryData(
        concepts.conceptQuery(params.projectId, params.conceptId),
      ),
      context.queryClient.ensureQueryData(
        concepts.conceptVersionsQuery(params.projectId, params.conceptId),
      ),
      context.queryClient.ensureQueryData(
        tests.testRoundsQuery(params.projectId, params.conceptId),
      ),
      context.queryClient.ensureQueryData(
        tests.conceptHistoryQuery(params.projectId, params.conceptId),
      ),
    ]);
  },
  component: lazyRouteComponent(
    () => import('./routes/synthesis/concept-tests.tsx'),
    'ConceptTestsPage',
  ),
});

const testRoundRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'concepts/$conceptId/tests/$roundId',
  loader: async ({ context, params }) => {
    const [concepts, tests] = await Promise.all([api.concepts(), api.conceptTests()]);
    await Promise.all([
      context.queryClient.ensureQueryData(
        concepts.conceptQuery(params.projectId, params.conceptId),
      ),
      context.queryClient.ensureQueryData(
        tests.testRoundQuery(params.projectId, params.conceptId, params.roundId),
      ),
    ]);
  },
  component: lazyRouteComponent(() => import('./routes/synthesis/test-round.tsx'), 'TestRoundPage'),
});

const journeyRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'journeys/$journeyId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.journeys()).journeyQuery(params.projectId, params.journeyId),
    ),
  component: lazyRouteComponent(() => import('./routes/synthesis/journey.tsx'), 'JourneyPage'),
});

const boardRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'boards/$boardId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.boards()).boardQuery(params.projectId, params.boardId),
    ),
  component: lazyRouteComponent(() => import('./routes/synthesis/board.tsx'), 'BoardPage'),
});

const insightsRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'insights',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.insights()).insightsQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/synthesis/insights.tsx'), 'InsightsPage'),
});

const insightRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'insights/$insightId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.insights()).insightQuery(params.projectId, params.insightId),
    ),
  component: lazyRouteComponent(() => import('./routes/synthesis/insight.tsx'), 'InsightPage'),
});

const personasRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData((await api.personas()).personasQuery(params.projectId)),
  component: lazyRouteComponent(() => import('./routes/synthesis/personas.tsx'), 'PersonasPage'),
});

const ideasRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'ideas',
  loader: async ({ context, params }) => {
    const ideas = await api.ideas();
    await Promise.all([
      context.queryClient.ensureQueryData(ideas.ideasQuery(params.projectId)),
      context.queryClient.ensureQueryData(ideas.votingRoundsQuery(params.projectId)),
    ]);
  },
  component: lazyRouteComponent(() => import('./routes/synthesis/ideas.tsx'), 'IdeasPage'),
});

const newPersonaRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas/new',
  component: lazyRouteComponent(
    () => import('./routes/synthesis/persona-form-pages.tsx'),
    'NewPersonaPage',
  ),
});

const personaRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas/$personaId',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.personas()).personaQuery(params.projectId, params.personaId),
    ),
  component: lazyRouteComponent(() => import('./routes/synthesis/persona.tsx'), 'PersonaPage'),
});

const editPersonaRoute = createRoute({
  getParentRoute: () => synthesisRoute,
  path: 'personas/$personaId/edit',
  loader: async ({ context, params }) =>
    context.queryClient.ensureQueryData(
      (await api.personas()).personaQuery(params.projectId, params.personaId),
    ),
  component: lazyRouteComponent(
    () => import('./routes/synthesis/persona-form-pages.tsx'),
    'EditPersonaPage',
  ),
});

const membersRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'members',
  component: lazyRouteComponent(() => import('./routes/members.tsx'), 'MembersPage'),
});

const jobsRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'jobs',
  component: lazyRouteComponent(() => import('./routes/jobs.tsx'), 'JobsPage'),
});

const methodCardsRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'methods',
  validateSearch: textParams,
  component: lazyRouteComponent(() => import('./routes/method-cards.tsx'), 'MethodCardsPage'),
});

const newMethodCardRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'methods/new',
  loader: async ({ context }) =>
    context.queryClient.ensureQueryData(
      (await api.methodCards()).methodCardsQuery(context.org.id, context.me.user.locale, {}),
    ),
  component: lazyRouteComponent(
    () => import('./routes/method-card-form-pages.tsx'),
    'NewMethodCardPage',
  ),
});

/** Loads the card of the address; a key that is no card of the organisation is not found. */
async function loadMethodCard(
  context: RouterContext & { org: { id: string }; me: Me },
  key: string,
) {
  const { methodCardQuery } = await api.methodCards();
  await context.queryClient
    .ensureQueryData(methodCardQuery(context.org.id, key, context.me.user.locale))
    .catch((error: unknown) => {
      if (isApiError(error, 404)) throw notFound();
      throw error;
    });
}

const methodCardRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'methods/$key',
  validateSearch: (search: Record<string, unknown>): { project?: string } =>
    typeof search.project === 'string' ? { project: search.project } : {},
  loader: ({ context, params }) => loadMethodCard(context, params.key),
  component: lazyRouteComponent(() => import('./routes/method-card.tsx'), 'MethodCardPage'),
});

const editMethodCardRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'methods/$key/edit',
  loader: ({ context, params }) => loadMethodCard(context, params.key),
  component: lazyRouteComponent(
    () => import('./routes/method-card-form-pages.tsx'),
    'EditMethodCardPage',
  ),
});

const articlesRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'articles',
  loader: async ({ context }) => {
    const { organisationArticlesQuery, installationArticlesQuery } = await api.articles();
    await Promise.all([
      context.queryClient.ensureQueryData(organisationArticlesQuery(context.org.id)),
      context.queryClient.ensureQueryData(installationArticlesQuery),
    ]);
  },
  component: lazyRouteComponent(() => import('./routes/articles/articles.tsx'), 'ArticlesPage'),
});

const articleRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'articles/$articleId',
  loader: async ({ context, params }) =>
    context.queryClient
      .ensureQueryData((await api.articles()).articleQuery(params.articleId))
      .catch(orNotFound),
  component: lazyRouteComponent(() => import('./routes/articles/article.tsx'), 'ArticlePage'),
});

const editArticleRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'articles/$articleId/edit',
  loader: async ({ context, params }) =>
    context.queryClient
      .ensureQueryData((await api.articles()).articleQuery(params.articleId))
      .catch(orNotFound),
  component: lazyRouteComponent(
    () => import('./routes/articles/article-edit.tsx'),
    'EditArticlePage',
  ),
});

const trainingRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'training',
  loader: async ({ context }) =>
    context.queryClient.ensureQueryData((await api.training()).coursesQuery(context.org.id)),
  component: lazyRouteComponent(() => import('./routes/training/courses.tsx'), 'CoursesPage'),
});

const courseRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'training/$courseId',
  loader: async ({ context, params }) =>
    context.queryClient
      .ensureQueryData((await api.training()).courseQuery(params.courseId))
      .catch(orNotFound),
  component: lazyRouteComponent(() => import('./routes/training/course.tsx'), 'CoursePage'),
});

const certificateRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'training/$courseId/certificate',
  loader: async ({ context, params }) =>
    context.queryClient
      .ensureQueryData((await api.training()).certificateQuery(params.courseId))
      .catch(orNotFound),
  component: lazyRouteComponent(
    () => import('./routes/training/certificate.tsx'),
    'CertificatePage',
  ),
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
        importRunRoute,
        searchRoute,
        formsRoute,
        newFormRoute,
        formRoute,
        formResponsesRoute,
        editFormRoute,
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
        ideasRoute,
        conceptsRoute,
        conceptRoute,
        conceptTestsRoute,
        testRoundRoute,
      ]),
      membersRoute,
      jobsRoute,
      articlesRoute,
      articleRoute,
      editArticleRoute,
      trainingRoute,
      courseRoute,
      certificateRoute,
      methodCardsRoute,
      newMethodCardRoute,
      methodCardRoute,
      editMethodCardRoute,
    ]),
  ]),
]);

/**
 * Starts loading what the first page needs at once, beside the signed-in user, rather than
 * after it: the page's code, and for a signed-in page the schemas the user is parsed with, the
 * signed-in header and the areas' messages (in the language this browser showed last, most
 * likely the user's). Those go first, as a browser opens only a few connections to a server.
 */
export function preloadFirstPage(router: ReturnType<typeof createAppRouter>): void {
  const matches = router.matchRoutes(router.latestLocation);
  const ignore = () => undefined;
  if (matches.some((match) => match.routeId === signedInRoute.id)) {
    loadSchemas().catch(ignore);
    import('./features/layout/SignedInHeader.tsx').catch(ignore);
    loadCatalog(initialLocale(), allParts).catch(ignore);
  }
  for (const match of matches) {
    const route = router.routesById[match.routeId as keyof typeof router.routesById];
    if (route) router.loadRouteChunk(route)?.catch(ignore);
  }
}

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
