import { useState } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoader } from '../components/PageLoader.tsx';
import { RouteErrorBoundary } from '../components/RouteErrorBoundary.tsx';
import { paths } from '../lib/paths.ts';
import { AppLayout } from './shell/AppLayout.tsx';

// Each page is its own chunk: the shell paints first and a page's code loads when it is visited.
// Each page also has its own error boundary, so a failing page keeps the shell and navigation.
const pageRoutes: RouteObject[] = [
  {
    path: paths.images,
    lazy: async () => ({ Component: (await import('./routes/images.tsx')).ImagesRoute }),
  },
  {
    path: paths.catalogs,
    lazy: async () => ({ Component: (await import('./routes/catalogs.tsx')).CatalogsRoute }),
  },
  {
    path: paths.sessions,
    lazy: async () => ({ Component: (await import('./routes/sessions.tsx')).SessionsRoute }),
  },
  {
    path: paths.settings,
    lazy: async () => ({ Component: (await import('./routes/settings.tsx')).SettingsRoute }),
  },
  {
    path: '*',
    lazy: async () => ({ Component: (await import('./routes/not-found.tsx')).NotFoundRoute }),
  },
];

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: paths.home,
    Component: AppLayout,
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: PageLoader,
    children: [
      { index: true, element: <Navigate to={paths.images} replace /> },
      ...pageRoutes.map((route) => ({ ...route, ErrorBoundary: RouteErrorBoundary })),
    ],
  },
];

export function AppRouter() {
  // Built on first render, not at import, so tests can import `routes` without a browser router.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
