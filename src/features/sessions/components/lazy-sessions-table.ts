import { lazyComponent } from '../../../components/lazy-component.tsx';
import { listHeldAtStart } from '../list-behind-drawer.ts';

/**
 * The sessions table (TanStack Table and Virtual, the row checkboxes and cells: some 30 KB gzip),
 * apart from the page: a session opened from a link on a phone draws its drawer over the whole
 * screen and holds the list back (`useListHeldBehindDrawer`), so its code need not come first.
 */
export const SessionsTableLoaded = lazyComponent(
  async () => (await import('./SessionsTable.tsx')).SessionsTable,
);

/** For `lazyPage`'s `alongside`: the table's code with the page's, unless the list waits. */
export const tableAlongside = () => (listHeldAtStart() ? undefined : SessionsTableLoaded.preload());
