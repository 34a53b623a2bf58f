import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  Router,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  type NavigateOptions,
  type Navigator,
  type To,
} from 'react-router';

/**
 * The browser's address as the app's router: react-router's `BrowserRouter`, plus the one thing
 * the app used its data router for, a navigation drawn at once (`navigate(to, { flushSync:
 * true })`: a gallery filter is answered in the next frame). Every other navigation is a
 * transition, so the page on screen stays until the next one is ready. The data router's other
 * parts (loaders, actions, fetchers: some 18 KB gzip of the first route) went unused.
 */
export function AppRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  const sync = useMemo(() => ({ next: false }), []);
  const navigator = useMemo<Navigator>(() => {
    const flagged =
      (go: (to: To, state?: unknown) => void) =>
      (to: To, state?: unknown, options?: NavigateOptions) => {
        sync.next = options?.flushSync === true;
        go(to, state);
      };
    return {
      createHref: history.createHref,
      createURL: history.createURL,
      encodeLocation: history.encodeLocation,
      go: history.go,
      push: flagged(history.push),
      replace: flagged(history.replace),
    };
  }, [history, sync]);
  useLayoutEffect(
    () =>
      history.listen((update) => {
        const next = { action: update.action, location: update.location };
        if (sync.next) {
          sync.next = false;
          flushSync(() => setState(next));
        } else {
          startTransition(() => setState(next));
        }
      }),
    [history, sync],
  );
  return (
    <Router location={state.location} navigationType={state.action} navigator={navigator}>
      {children}
    </Router>
  );
}
