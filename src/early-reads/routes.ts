import {
  machineSearchCall,
  sessionSearchCall,
  type CvadSearchCall,
} from '../api/citrix/search-requests.ts';
import {
  indicatorOperationFilters,
  indicatorPlanFilters,
} from '../features/rollouts/indicator-reads.ts';
import { personMachinesSearch, personSessionsRequest } from '../features/people/person-search.ts';
import { sessionsPageRequest } from '../features/sessions/session-search.ts';
import { sessionUrlView } from '../features/sessions/session-view.ts';
import { readSavedStack } from '../hooks/saved-cursor-stack.ts';
import { apiPaths } from '../lib/api-paths.ts';
import type { EarlyRead } from '../lib/early-answers.ts';
import { decodedSegment } from '../lib/path-segment.ts';

/** A `$search` under cvad/manage as the API client sends it: prefix, path, query, JSON body. */
function cvadSearch({ path, searchParams, json }: CvadSearchCall): EarlyRead {
  const query = new URLSearchParams(
    Object.entries(searchParams).map(([name, value]) => [name, String(value)]),
  );
  return { method: 'POST', url: `${apiPaths.cvad}${path}?${query}`, body: JSON.stringify(json) };
}

/** A GET of the console server's own API as the API client sends it (ky: no `?` when empty). */
function consoleRead(path: string, searchParams: Record<string, string | number>): EarlyRead {
  const query = new URLSearchParams(
    Object.entries(searchParams).map(([name, value]) => [name, String(value)]),
  ).toString();
  return { method: 'GET', url: `${apiPaths.console}${path}${query ? `?${query}` : ''}` };
}

/**
 * The header's reads, on every page: its operations indicator's operations and plans, which it
 * asks for once its code is in, after the app's first draw. Every role may read both.
 */
export const headerReads = (): EarlyRead[] => [
  consoleRead('operations', indicatorOperationFilters),
  consoleRead('plans', indicatorPlanFilters),
];

type Params = Record<string, string>;

/** What the page's address holds: its path's parameters, its query, its history entry's state. */
interface Address {
  params: Params;
  search: string;
  /** What the router keeps in the history entry (react-router writes it under `usr`). */
  routerState: unknown;
}

/** The sessions list's first read: page 1 of the view in the query (`useSessionsPage`). */
function sessionsListReads({ search, routerState }: Address): EarlyRead[] {
  // Reloaded (or come Back to) on a later page, the list asks for that page by its cursor, kept in
  // the history entry (`useCursorStack`): that one the page sends itself.
  if (readSavedStack(routerState, 'cursorStack')?.cursors.length) return [];
  const view = sessionUrlView.read(new URLSearchParams(search));
  return [cvadSearch(sessionSearchCall(sessionsPageRequest(view)))];
}

/**
 * The pages whose first reads go out with the HTML, by route pattern (the router's own, from
 * `paths`; a test holds them equal), and those reads: exactly the requests the page's queries
 * make, built by the same functions.
 */
export const earlyRoutes: { pattern: string; reads: (address: Address) => EarlyRead[] }[] = [
  // A person's page: their sessions and the machines they are on, two `$search`es.
  {
    pattern: '/users/:user',
    reads: ({ params }) => [
      cvadSearch(sessionSearchCall(personSessionsRequest(params.user!))),
      cvadSearch(machineSearchCall(personMachinesSearch(params.user!))),
    ],
  },
  // The sessions list, and a session's details drawn over it.
  { pattern: '/sessions', reads: sessionsListReads },
  { pattern: '/sessions/:sessionId', reads: sessionsListReads },
];

/** The page's own first reads at this address; none for a page not listed. */
export function pageReadsFor(pathname: string, search = '', routerState?: unknown): EarlyRead[] {
  for (const { pattern, reads } of earlyRoutes) {
    const params = matchPattern(pattern, pathname);
    if (params) return reads({ params, search, routerState });
  }
  return [];
}

/** What the early-reads entry sends for the page at this address: the page's, then the header's. */
export const earlyReadsFor = (pathname: string, search = '', routerState?: unknown) => [
  ...pageReadsFor(pathname, search, routerState),
  ...headerReads(),
];

/**
 * `/users/:user` against `/users/CONTOSO%5Cjdoe`: `{ user: 'CONTOSO\jdoe' }`, each parameter one
 * whole segment, decoded as the router decodes it; a trailing slash is allowed, as the router
 * allows it. Without the router, which is not here yet.
 */
function matchPattern(pattern: string, pathname: string): Params | null {
  const wanted = pattern.split('/');
  const given = pathname.replace(/(.)\/$/, '$1').split('/');
  if (wanted.length !== given.length) return null;
  const params: Params = {};
  for (const [index, part] of wanted.entries()) {
    const segment = given[index]!;
    if (part.startsWith(':')) {
      if (!segment) return null;
      params[part.slice(1)] = decodedSegment(segment);
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}
