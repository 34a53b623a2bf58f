import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionQueries } from '../api/citrix/sessions.ts';
import { personQueries } from '../features/people/person-queries.ts';
import { sessionsPageRequest } from '../features/sessions/session-search.ts';
import { sessionUrlView } from '../features/sessions/session-view.ts';
import { paths } from '../lib/paths.ts';
import { server } from '../testing/msw-server.ts';
import { operationQueries } from '../api/console/operations.ts';
import { planQueries } from '../api/console/plans.ts';
import {
  indicatorOperationFilters,
  indicatorPlanFilters,
} from '../features/rollouts/indicator-reads.ts';
import { earlyReadsFor, earlyRoutes, headerReads, pageReadsFor } from './routes.ts';

/** The `$search`es these reads of a query client send, as sent: method, address, body. */
async function searchesSentBy(...reads: ((queryClient: QueryClient) => Promise<unknown>)[]) {
  const sent: { method: string; url: string; body: string }[] = [];
  const record = async ({ request }: { request: Request }) => {
    sent.push({ method: request.method, url: request.url, body: await request.text() });
    return HttpResponse.json({ Items: [] });
  };
  server.use(
    http.post('/api/cvad/manage/Sessions/$search', record),
    http.post('/api/cvad/manage/Machines/$search', record),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const read of reads) await read(queryClient);
  return sent;
}

const personPageReads = (user: string) => {
  const queries = personQueries(user);
  return searchesSentBy(
    (client) => client.fetchQuery(queries.sessions),
    (client) => client.fetchQuery(queries.machines),
  );
};

/** The sessions page's first read for the view in this query (`useSessionsPage`). */
const sessionsPageRead = (search: string) =>
  searchesSentBy((client) =>
    client.fetchQuery(
      sessionQueries.list(
        sessionsPageRequest(sessionUrlView.read(new URLSearchParams(search))),
        true,
      ),
    ),
  );

const absolute = (reads: ReturnType<typeof earlyReadsFor>) =>
  reads.map(({ method, url, body }) => ({
    method,
    url: new URL(url, window.location.origin).toString(),
    body: body ?? '',
  }));

describe('the reads sent before the app', () => {
  it('match the router’s routes', () => {
    expect(earlyRoutes.map((route) => route.pattern)).toEqual([
      paths.user.pattern,
      paths.sessions.pattern,
      paths.sessionDetail.pattern,
    ]);
  });

  it.each([
    ['/users/aisha.bauer', 'aisha.bauer'],
    ['/users/CONTOSO%5Cjdoe', 'CONTOSO\\jdoe'],
    ['/users/aisha%40contoso.com/', 'aisha@contoso.com'],
  ])('are, for %s, exactly the requests the person page makes', async (path, user) => {
    const reads = pageReadsFor(path);
    expect(reads).toHaveLength(2);
    expect(absolute(reads)).toEqual(await personPageReads(user));
  });

  it.each([
    ['/sessions', ''],
    ['/sessions/', '?q=ais&state=Disconnected&sort=machine&dir=desc&size=250'],
    ['/sessions/0b1c-session', '?user=CONTOSO%5Cjdoe&type=Desktop'],
    ['/sessions', '?size=nonsense&state=asleep'],
  ])('are, for %s%s, exactly the sessions page’s first read', async (path, search) => {
    const reads = pageReadsFor(path, search);
    expect(reads).toHaveLength(1);
    expect(absolute(reads)).toEqual(await sessionsPageRead(search));
  });

  it('are none for the sessions page reloaded on a later page, which asks for it by its cursor', () => {
    const state = { cursorStack: { listKey: '[]', cursors: ['token-of-page-2'] } };
    expect(pageReadsFor('/sessions', '', state)).toEqual([]);
    expect(
      pageReadsFor('/sessions', '', { cursorStack: { listKey: '[]', cursors: [] } }),
    ).toHaveLength(1);
  });

  it.each(['/', '/users', '/users/', '/users/jdoe/sessions', '/sessionsx', '/catalogs/c-1'])(
    'are, for %s, only the header’s',
    (path) => {
      expect(pageReadsFor(path)).toEqual([]);
      expect(earlyReadsFor(path)).toEqual(headerReads());
    },
  );

  it('are, on every page, exactly the reads the header’s operations indicator makes', async () => {
    const sent: { method: string; url: string; body: string }[] = [];
    const record = async ({ request }: { request: Request }) => {
      sent.push({ method: request.method, url: request.url, body: await request.text() });
      return HttpResponse.json({ items: [], serverNow: new Date().toISOString() });
    };
    server.use(http.get('/api/operations', record), http.get('/api/plans', record));
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // Whether or not the answers parse, the requests are what is compared.
    await queryClient
      .fetchQuery(operationQueries.list(indicatorOperationFilters))
      .catch(() => undefined);
    await queryClient.fetchQuery(planQueries.list(indicatorPlanFilters)).catch(() => undefined);

    expect(sent).toHaveLength(2);
    expect(absolute(headerReads())).toEqual(sent);
    // After the page's own, which matter more to its first paint.
    expect(earlyReadsFor('/sessions').slice(1)).toEqual(headerReads());
  });
});
