import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  notFound,
  redirect,
} from '@tanstack/react-router';
import { Phase } from '@timantti/contracts';
import { isApiError } from './api/client.ts';
import { meQuery, organisationQuery, projectQuery } from './api/queries.ts';
import { AppLayout } from './features/layout/AppLayout.tsx';
import { focusPageHeading } from './features/layout/focus.ts';
import { homeOrganisation, orgBySlug, rememberOrganisation } from './features/session/session.ts';
import { paths, safeRedirect } from './paths.ts';
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

const projectRoute = createRoute({
  getParentRoute: () => organisationRoute,
  path: 'projects/$projectId',
  loader: async ({ context, params }) => {
    const project = await context.queryClient
      .ensureQueryData(projectQuery(params.projectId))
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
  },
  component: ProjectPage,
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
