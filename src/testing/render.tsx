import { QueryClient } from '@tanstack/react-query';
import { act, render as renderWithTestingLibrary } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, type ReactElement } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type InitialEntry,
  type Location,
  type NavigateFunction,
  type NavigationType,
  type RouteObject,
  type To,
} from 'react-router';
import { AppProvider } from '../app/provider.tsx';
import { AppRoutes, createRoutes } from '../app/router.tsx';

export interface RenderOptions {
  /** Where the memory router starts; a location with `state` reopens a history entry. @default '/' */
  route?: InitialEntry;
  /** The route table. @default the app's own, so tests see what users see */
  routes?: RouteObject[];
  /** @default a fresh client that does not retry, so failures show at once */
  queryClient?: QueryClient;
}

/** Where the test's router is, and a way to move it (Back is `navigate(-1)`). */
export interface TestRouter {
  readonly state: { readonly location: Location; readonly historyAction: NavigationType };
  navigate(to: To | number): Promise<void>;
}

interface Probe {
  location?: Location;
  historyAction?: NavigationType;
  navigate?: NavigateFunction;
}

/** Renders nothing; keeps the router's location and navigate for the test. */
function RouterProbe({ onRender }: { onRender: (probe: Required<Probe>) => void }) {
  const location = useLocation();
  const historyAction = useNavigationType();
  const navigate = useNavigate();
  useLayoutEffect(() => {
    onRender({ location, historyAction, navigate });
  });
  return null;
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
  let probe: Probe = {};
  const router: TestRouter = {
    get state() {
      if (!probe.location || !probe.historyAction) {
        throw new Error('The router has not rendered yet.');
      }
      return { location: probe.location, historyAction: probe.historyAction };
    },
    navigate: (to) =>
      act(async () => {
        if (!probe.navigate) throw new Error('The router has not rendered yet.');
        // One of navigate's two forms: a place, or a step through history.
        await (typeof to === 'number' ? probe.navigate(to) : probe.navigate(to));
      }),
  };
  return {
    user: userEvent.setup(),
    router,
    queryClient,
    ...renderWithTestingLibrary(
      <AppProvider queryClient={queryClient} env="test">
        <MemoryRouter initialEntries={[route]}>
          <AppRoutes routes={routes} />
          <RouterProbe
            onRender={(latest) => {
              probe = latest;
            }}
          />
        </MemoryRouter>
      </AppProvider>,
    ),
  };
}
