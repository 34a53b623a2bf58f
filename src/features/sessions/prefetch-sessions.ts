import type { QueryClient } from '@tanstack/react-query';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { firstPageRequestAt } from './session-search.ts';

/**
 * Starts the sessions list's first read with the key its query uses (`useSessionsPage`: page 1 of
 * the view in the address), and settles once it is answered. Only the router imports this module,
 * so it is a chunk of its own that the sessions pages' HTML names (`contracts/page-modules.ts`).
 */
export async function prefetchSessions(
  queryClient: QueryClient,
  search: string,
  routerState: unknown,
): Promise<void> {
  // None for a list reloaded on a later page, which asks by its cursor (see the function).
  const request = firstPageRequestAt(search, routerState);
  // Auto-refresh is on when the page opens; it is not part of the read's key.
  if (request) await queryClient.prefetchQuery(sessionQueries.list(request, true));
}
