import { memo } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { filtersAlongside } from '../components/filters-shown.ts';
import { RouteErrorBoundary } from '../components/RouteErrorBoundary.tsx';
import { AuditFilterFieldsLoaded } from '../features/audit/components/lazy-filter-fields.ts';
import { GalleryFilterFieldsLoaded } from '../features/images/components/lazy-filter-fields.ts';
import { SessionFilterFieldsLoaded } from '../features/sessions/components/lazy-filter-fields.ts';
import { tableAlongside } from '../features/sessions/components/lazy-sessions-table.ts';
import { paths } from '../lib/paths.ts';
import { lazyPage } from './lazy-page.tsx';
import { AppLayout } from './shell/AppLayout.tsx';
import { useNewPageAtTop, type OverlayHandle } from './shell/use-new-page-at-top.ts';

// Each page is its own chunk: the shell paints first and a page's code loads when it is visited
// (`lazyPage`; the server also asks the browser to fetch the page's chunks with the HTML).
// Each page also has its own error boundary, so a failing page keeps the shell and navigation.
const pageRoutes: RouteObject[] = [
  {
    path: paths.images.pattern,
    Component: lazyPage(async () => (await import('./routes/images.tsx')).ImagesRoute, {
      alongside: filtersAlongside(GalleryFilterFieldsLoaded),
    }),
  },
  {
    path: paths.imageDetail.pattern,
    Component: lazyPage(async () => (await import('./routes/image-detail.tsx')).ImageDetailRoute),
  },
  {
    path: paths.catalogs.pattern,
    Component: lazyPage(async () => (await import('./routes/catalogs.tsx')).CatalogsRoute),
  },
  {
    path: paths.catalogDetail.pattern,
    Component: lazyPage(
      async () => (await import('./routes/catalog-detail.tsx')).CatalogDetailRoute,
    ),
  },
  {
    path: paths.newRollout.pattern,
    Component: lazyPage(async () => (await import('./routes/rollout-new.tsx')).RolloutNewRoute),
  },
  {
    path: paths.rollout.pattern,
    Component: lazyPage(
      async () => (await import('./routes/rollout-progress.tsx')).RolloutProgressRoute,
    ),
  },
  {
    path: paths.newPlan.pattern,
    // The plan pages share one chunk: one address to preload instead of three.
    Component: lazyPage(async () => (await import('./routes/plans.tsx')).PlanNewRoute),
  },
  {
    path: paths.plan.pattern,
    Component: lazyPage(async () => (await import('./routes/plans.tsx')).PlanRoute),
  },
  {
    path: paths.changePlan.pattern,
    Component: lazyPage(async () => (await import('./routes/plans.tsx')).PlanChangeRoute),
  },
  {
    path: paths.sessions.pattern,
    Component: lazyPage(async () => (await import('./routes/sessions.tsx')).SessionsRoute, {
      alongside: () =>
        Promise.all([filtersAlongside(SessionFilterFieldsLoaded)(), tableAlongside()]),
    }),
    // The details drawer opens over the list, which keeps its search and page.
    children: [
      {
        path: paths.sessionDetail.pattern,
        Component: lazyPage(
          async () => (await import('./routes/sessions-detail.tsx')).SessionDetailRoute,
        ),
        handle: { overlay: true } satisfies OverlayHandle,
      },
    ],
  },
  {
    path: paths.user.pattern,
    Component: lazyPage(async () => (await import('./routes/person.tsx')).PersonRoute),
  },
  {
    path: paths.audit.pattern,
    Component: lazyPage(async () => (await import('./routes/audit.tsx')).AuditRoute, {
      alongside: filtersAlongside(AuditFilterFieldsLoaded),
    }),
  },
  {
    path: paths.settings.pattern,
    Component: lazyPage(async () => (await import('./routes/settings.tsx')).SettingsRoute),
  },
  {
    path: '*',
    Component: lazyPage(async () => (await import('./routes/not-found.tsx')).NotFoundRoute),
  },
];

// The frame takes no props: a navigation redraws the page (the Outlet reads the route) and what
// reads the address (the navigation's links), not the whole header with it.
const Frame = memo(AppLayout);

/**
 * A route's page inside its own error boundary: a failing page keeps the shell. The route keeps
 * the page's `preload` (`pageReady` looks for it on the route's Component), so the first render
 * draws the page over the server's painted shell instead of a spinner swapped in for it.
 */
function withErrorBoundary({ Component: Page, ...route }: RouteObject): RouteObject {
  if (!Page) return route;
  const RoutePage = () => (
    <RouteErrorBoundary>
      <Page />
    </RouteErrorBoundary>
  );
  return {
    ...route,
    Component: 'preload' in Page ? Object.assign(RoutePage, { preload: Page.preload }) : RoutePage,
  };
}

/**
 * The route table, shared by the browser's router and the tests' memory router. No route has a
 * loader (a page's first reads start from `first-page-reads.ts`, see there why), so the app
 * routes with `useRoutes` under a plain router (`AppRouter`), not the data router.
 */
export function createRoutes(): RouteObject[] {
  /**
   * The shell, and where a page opens: at its top when opened by a link. Not in the static
   * shells, which are drawn without a router.
   */
  function RoutedLayout() {
    useNewPageAtTop(routes);
    return <Frame />;
  }
  const routes: RouteObject[] = [
    {
      path: paths.home.pattern,
      element: (
        <RouteErrorBoundary>
          <RoutedLayout />
        </RouteErrorBoundary>
      ),
      children: [
        { index: true, element: <Navigate to={paths.images.href()} replace /> },
        ...pageRoutes.map(withErrorBoundary),
      ],
    },
  ];
  return routes;
}

/** The app's pages for the address: `routes` from `createRoutes`, made once. */
export function AppRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}
