/**
 * The sessions list's early read, apart from the other pages' (`routes.ts`): reading a list's
 * view from its address takes a few KB that only this page needs, so the early-reads entry loads
 * them only on it, and every other page's first route is that much smaller.
 */
import { sessionSearchCall } from '../api/citrix/search-requests.ts';
import { sessionsPageRequest } from '../features/sessions/session-search.ts';
import { sessionUrlView } from '../features/sessions/session-view.ts';
import { readSavedStack } from '../hooks/saved-cursor-stack.ts';
import type { EarlyRead } from '../lib/early-answers.ts';
import { cvadSearch } from './requests.ts';
import type { Address } from './routes.ts';

/** The sessions list's first read: page 1 of the view in the query (`useSessionsPage`). */
export function sessionsListReads({ search, routerState }: Address): EarlyRead[] {
  // Reloaded (or come Back to) on a later page, the list asks for that page by its cursor, kept in
  // the history entry (`useCursorStack`): that one the page sends itself.
  if (readSavedStack(routerState, 'cursorStack')?.cursors.length) return [];
  const view = sessionUrlView.read(new URLSearchParams(search));
  return [cvadSearch(sessionSearchCall(sessionsPageRequest(view)))];
}
