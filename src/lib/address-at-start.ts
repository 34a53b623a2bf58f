/**
 * The address this page was opened at, read one way by the early reads (`src/early-reads/main.ts`)
 * and by the app's first reads (`src/main.tsx`): the app takes an early answer up only when both
 * built the same request from it. `routerState` is the router's state of this history entry,
 * where it keeps it (`usr`); a reload or Back keeps it too.
 */
export function addressAtStart() {
  const { pathname, search } = window.location;
  const routerState = (window.history.state as { usr?: unknown } | null)?.usr;
  return { pathname, search, routerState };
}
