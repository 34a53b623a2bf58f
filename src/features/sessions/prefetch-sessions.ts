import type { QueryClient } from '@tanstack/react-query';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { readSavedStack } from '../../hooks/saved-cursor-stack.ts';
import { sessionsPageRequest } from './session-search.ts';
import { sessionUrlView } from './session-view.ts';

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
  // Reloaded (or come Back to) on a later page, the list asks for that page by the cursor kept
  // in the history entry (`useCursorStack`): that one the page sends itself.
  if (readSavedStack(routerState, 'cursorStack')?.cursors.length) return;
  const view = sessionUrlView.read(new URLSearchParams(search));
  // Auto-refresh is on when the page opens; it is not part of the read's key.
  await queryClient.prefetchQuery(sessionQueries.list(sessionsPageRequest(view), true));
}
