import { QueryClient } from '@tanstack/react-query';
import { render as renderWithTestingLibrary } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
// RouterProvider from 'react-router', not 'react-router/dom': in vitest the two entry points
// resolve to different builds (CJS and ESM) whose router contexts do not see each other.
import {
  createMemoryRouter,
  RouterProvider,
  type InitialEntry,
  type RouteObject,
} from 'react-router';
import { AppProvider } from '../app/provider.tsx';
import { createRoutes } from '../app/router.tsx';

export interface RenderOptions {
  /** Where the memory router starts; a location with `state` reopens a history entry. @default '/' */
  route?: InitialEntry;
  /** The route table. @default the app's own, so tests see what users see */
  routes?: RouteObject[];
  /** @default a fresh client that does not retry, so failures show at once */
  queryClient?: QueryClient;
}

/**
 * Renders the app (or `ui` alone, still inside a router) with the real providers, a fresh
 * query cache and Mantine's test mode.
 */
export function render(ui?: ReactElement, options: RenderOptions = {}) {
  const {
    route = '/',
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  } = options;
  const routes = options.routes ?? (ui ? [{ path: '*', element: ui }] : createRoutes());
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  return {
    user: userEvent.setup(),
    router,
    queryClient,
    ...renderWithTestingLibrary(
      <AppProvider queryClient={queryClient} env="test">
        <RouterProvider router={router} />
      </AppProvider>,
    ),
  };
}
