import {
  exactUserFilter,
  type SearchFilter,
  type SessionPageRequest,
  type SessionSearchRequest,
} from '../../api/citrix/search-requests.ts';
import { defaultHistoryKey, readSavedStack } from '../../hooks/saved-cursor-stack.ts';
import { searchBoxProperties } from './search-box-properties.ts';
import { sessionUrlView, sortProperties, type SessionView } from './session-view.ts';

const anyOf = (properties: readonly string[], value: string) => ({
  SearchFilterGroupType: 'Or' as const,
  SearchFilters: properties.map((Property) => ({ Property, Operator: 'Contains', Value: value })),
});

/**
 * Turns the page's view into `$search` filters, so the server answers over every session, never
 * this page alone. The text goes in as a JSON string value: quotes, backslashes and any Unicode
 * arrive as typed. There is no SessionType search property; `AppState` is `Desktop` exactly for
 * desktop sessions, so the type filter uses that. The search box finds text anywhere (Contains);
 * a `user=` from a link is one person, exactly.
 */
export function toSessionSearch(view: SessionView): SessionSearchRequest {
  const groups: SessionSearchRequest['SearchFilterGroups'] = [];
  const q = view.q.trim();
  const user = view.user.trim();
  if (q) {
    groups.push(anyOf(searchBoxProperties, q));
  }
  const filters: SearchFilter[] = [];
  if (user) filters.push(exactUserFilter(user));
  if (view.state) filters.push({ Property: 'SessionState', Operator: 'Equals', Value: view.state });
  if (view.deliveryGroup) {
    filters.push({ Property: 'DeliveryGroup', Operator: 'Equals', Value: view.deliveryGroup });
  }
  if (view.catalog)
    filters.push({ Property: 'MachineCatalog', Operator: 'Equals', Value: view.catalog });
  if (view.type) {
    const operator = view.type === 'Desktop' ? 'Equals' : 'NotEquals';
    filters.push({ Property: 'AppState', Operator: operator, Value: 'Desktop' });
  }
  return {
    SearchFilters: filters,
    SearchFilterGroups: groups,
    SearchFilterGroupsType: 'And',
    SortCriteria: {
      Property: sortProperties[view.sort],
      SortDirection: view.direction === 'asc' ? 'Ascending' : 'Descending',
    },
  };
}

/** The page of the view's sessions that a cursor (a continuation token) reaches; page 1 without. */
export function sessionsPageRequest(view: SessionView, cursor?: string): SessionPageRequest {
  return { search: toSessionSearch(view), limit: view.pageSize, continuationToken: cursor };
}

/**
 * The list's first read at an address, before the page has run: page 1 of the view in its query
 * (`useSessionsPage`). None for a list reloaded (or come Back to) on a later page: it asks for that
 * page by the cursor kept in the history entry (`useCursorStack`), which the page sends itself.
 */
export function firstPageRequestAt(
  search: string,
  routerState: unknown,
): SessionPageRequest | null {
  if (readSavedStack(routerState, defaultHistoryKey)?.cursors.length) return null;
  return sessionsPageRequest(sessionUrlView.read(new URLSearchParams(search)));
}
