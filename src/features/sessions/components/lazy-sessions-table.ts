import { matchPath } from 'react-router';
import { lazyComponent } from '../../../components/lazy-component.tsx';
import { paths } from '../../../lib/paths.ts';
import { drawerCoversScreenQuery } from '../list-behind-drawer.ts';

/**
 * The sessions table (TanStack Table and Virtual, the row checkboxes and cells: some 30 KB gzip),
 * apart from the page: a session opened from a link on a phone draws its drawer over the whole
 * screen and holds the list back (`useListHeldBehindDrawer`), so its code need not come first.
 */
export const SessionsTableLoaded = lazyComponent(
  async () => (await import('./SessionsTable.tsx')).SessionsTable,
);

/** Whether the address is a session's and its drawer covers the screen: the list waits. */
export const listHeldAtStart = (pathname = window.location.pathname) =>
  matchPath(paths.sessionDetail.pattern, pathname) !== null &&
  window.matchMedia(drawerCoversScreenQuery).matches;

/** For `lazyPage`'s `alongside`: the table's code with the page's, unless the list waits. */
export const tableAlongside = () => (listHeldAtStart() ? undefined : SessionsTableLoaded.preload());
