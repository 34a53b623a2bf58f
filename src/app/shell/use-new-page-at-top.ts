import { useLayoutEffect, useRef } from 'react';
import { matchRoutes, useLocation, useNavigationType, type RouteObject } from 'react-router';

/** A route drawn over its parent page (the session drawer over the sessions list). */
export interface OverlayHandle {
  overlay: true;
}

const isOverlay = (handle: unknown) => (handle as Partial<OverlayHandle> | undefined)?.overlay;

/**
 * A page opened by a link starts at its top, even when its data is at hand and it draws long at
 * once. Back and Forward are left to the browser, which returns to the place one left (a windowed
 * list remembers its measurements for that: `useListMemory`). A change to the same page's address
 * (a filter, a sort, the next page of sessions) keeps the place too, and so does a drawer opened
 * or closed over the page: the page under it is the same page. `routes` is the app's table.
 */
export function useNewPageAtTop(routes: RouteObject[]) {
  const location = useLocation();
  const page = (matchRoutes(routes, location) ?? [])
    .filter((match) => !isOverlay(match.route.handle))
    .at(-1)?.pathname;
  const navigation = useNavigationType();
  const shown = useRef(page);
  useLayoutEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    if (navigation !== 'POP') window.scrollTo(0, 0);
  }, [page, navigation]);
}
