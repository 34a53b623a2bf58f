/**
 * The sessions list's early read, apart from the other pages' (`routes.ts`): reading a list's
 * view from its address takes a few KB that only this page needs, so the early-reads entry loads
 * them only on it, and every other page's first route is that much smaller.
 */
import { sessionSearchCall } from '../api/citrix/search-requests.ts';
import { firstPageRequestAt } from '../features/sessions/session-search.ts';
import type { EarlyRead } from '../lib/early-answers.ts';
import { cvadSearch } from './requests.ts';
import type { Address } from './routes.ts';

/** The sessions list's first read: page 1 of the view in the query (`useSessionsPage`). */
export function sessionsListReads({ search, routerState }: Address): EarlyRead[] {
  const request = firstPageRequestAt(search, routerState);
  return request ? [cvadSearch(sessionSearchCall(request))] : [];
}
