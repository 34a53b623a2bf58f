import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw-server.ts';
import { activeCatalog, catalogHandlers, catalogServiceBase } from '../testing/catalog-fixtures.ts';
import { render } from '../testing/render.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { personQueries } from '../features/people/person-queries.ts';
import { catalogQueries } from '../api/citrix/catalogs.ts';
import { citrixImageQueries } from '../api/citrix/images.ts';
import { rackspaceImageQueries } from '../api/rackspace/images.ts';
import { citrixSiteOf } from '../api/citrix/sites.ts';
import { connectionQueries } from '../api/console/connection.ts';
import { meQueries } from '../api/console/me.ts';
import { operationQueries } from '../api/console/operations.ts';
import { prefetchRollout } from '../features/rollouts/prefetch-rollout.ts';
import { sessionQueries } from '../api/citrix/sessions.ts';
import { sessionsPageRequest } from '../features/sessions/session-search.ts';
import { sessionUrlView } from '../features/sessions/session-view.ts';
import { startFirstPageReads } from './first-page-reads.ts';

const started = (queryClient: QueryClient, queryKey: readonly unknown[]) =>
  queryClient.getQueryCache().find({ queryKey, exact: true }) !== undefined;
/** The page's own reads: every page also reads the person's role (its own test below). */
const pageReads = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.queryKey[0] !== meQueries.all()[0]);

describe('a person’s page opened first', () => {
  it('starts their sessions and machines before the app draws, for the account as decoded', async () => {
    server.use(
      http.post('/api/cvad/manage/Machines/$search', () => HttpResponse.json({ Items: [] })),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startFirstPageReads(queryClient, '/users/CONTOSO%5Cjdoe');
    const queries = personQueries('CONTOSO\\jdoe');
    await waitFor(() => {
      expect(started(queryClient, queries.sessions.queryKey)).toBe(true);
      expect(started(queryClient, queries.machines.queryKey)).toBe(true);
    });
    expect(pageReads(queryClient)).toHaveLength(2);
  });
});

describe('the sessions list opened first', () => {
  const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
  /** The list's query key for the view in this query string, page 1. */
  const firstPageKey = (search: string) =>
    sessionQueries.list(sessionsPageRequest(sessionUrlView.read(new URLSearchParams(search))), true)
      .queryKey;
  /** `$search`es asked of the proxy, by body; each answered when `answer` is called. */
  const heldSearches = () => {
    const bodies: unknown[] = [];
    let answer = () => undefined as void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('/api/cvad/manage/Sessions/$search', async ({ request }) => {
        bodies.push(await request.json());
        await answered;
        return HttpResponse.json({ Items: [], TotalItems: 0 });
      }),
    );
    return { bodies, answer };
  };
  const settledFlag = (promise: Promise<unknown>) => {
    const flag = { settled: false };
    void promise.then(() => {
      flag.settled = true;
    });
    return flag;
  };

  it('reads page 1 of the view its address names, and settles once that is answered', async () => {
    const searches = heldSearches();
    const queryClient = newClient();
    const search = '?q=carla&state=Disconnected';
    const first = settledFlag(startFirstPageReads(queryClient, '/sessions', search, null));
    await waitFor(() => expect(searches.bodies).toHaveLength(1));
    expect(JSON.stringify(searches.bodies[0])).toContain('carla');
    // The app's first render waits for this answer (main.tsx): not before it is in.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.settled).toBe(false);
    searches.answer();
    await waitFor(() => expect(first.settled).toBe(true));
    expect(queryClient.getQueryData(firstPageKey(search))).toEqual({ Items: [], TotalItems: 0 });
  });

  it('leaves the list under a session’s details to the page, which draws the drawer first', async () => {
    const searches = heldSearches();
    const queryClient = newClient();
    await startFirstPageReads(queryClient, '/sessions/s-1', '', null);
    expect(searches.bodies).toEqual([]);
    expect(pageReads(queryClient)).toEqual([]);
  });

  it('leaves a list reloaded on a later page to the page, which asks by its cursor', async () => {
    const searches = heldSearches();
    const queryClient = newClient();
    const routerState = { cursorStack: { listKey: 'any', cursors: ['page-2-token'] } };
    await startFirstPageReads(queryClient, '/sessions', '', routerState);
    expect(searches.bodies).toEqual([]);
    expect(pageReads(queryClient)).toEqual([]);
  });

  it('settles at once on a page drawn before its answers, whose reads still go out', async () => {
    const searches = heldSearches();
    server.use(
      http.post('/api/cvad/manage/Machines/$search', async () => {
        await new Promise(() => undefined);
        return HttpResponse.json({ Items: [] });
      }),
    );
    const queryClient = newClient();
    await startFirstPageReads(queryClient, '/users/jdoe');
    await waitFor(() => expect(searches.bodies).toHaveLength(1));
    await queryClient.cancelQueries();
  });
});

describe('an image’s, a catalog’s or a rollout’s page opened first', () => {
  const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const siteOf = (queryClient: QueryClient) => {
    const status = queryClient.getQueryData(connectionQueries.status().queryKey);
    return status && citrixSiteOf(status.citrix);
  };

  /** The image reads asked of the proxy, by path; each answered as not found. */
  const imageReads = () => {
    const paths: string[] = [];
    const notFound = ({ request }: { request: Request }) => {
      paths.push(new URL(request.url).pathname);
      return HttpResponse.json({}, { status: 404 });
    };
    server.use(
      http.get('/api/catalogservice/:customer/:site/images/:id', notFound),
      http.get('/api/rackspace/:region/v2/:tenant/images/:id', notFound),
    );
    return paths;
  };

  it('reads a Citrix image in the site the connection names, before the app draws', async () => {
    const reads = imageReads();
    const queryClient = newClient();
    startFirstPageReads(queryClient, '/images/citrix/img-7');
    await waitFor(() => {
      const site = siteOf(queryClient);
      expect(site && started(queryClient, citrixImageQueries.detail(site, 'img-7').queryKey)).toBe(
        true,
      );
    });
    expect(pageReads(queryClient)).toHaveLength(2);
    await waitFor(() => expect(reads).toHaveLength(1));
    expect(reads[0]).toMatch(/^\/api\/catalogservice\/simcust01\/[\w-]+\/images\/img-7$/);
  });

  it('reads a Rackspace image in the region its link names, or the default one', async () => {
    const reads = imageReads();
    const queryClient = newClient();
    startFirstPageReads(queryClient, '/images/rackspace/img-8', '?region=iad');
    startFirstPageReads(queryClient, '/images/rackspace/img-9', '?region=nowhere');
    await waitFor(() => {
      const status = queryClient.getQueryData(connectionQueries.status().queryKey);
      expect(status?.rackspace.state).toBe('connected');
      if (status?.rackspace.state !== 'connected') return;
      const { tenantId, region } = status.rackspace;
      const iad = { region: 'IAD', tenantId };
      const fallback = { region, tenantId };
      expect(started(queryClient, rackspaceImageQueries.detail(iad, 'img-8').queryKey)).toBe(true);
      expect(started(queryClient, rackspaceImageQueries.detail(fallback, 'img-9').queryKey)).toBe(
        true,
      );
    });
    await waitFor(() => expect(reads).toHaveLength(2));
    expect(reads.sort()).toEqual([
      '/api/rackspace/dfw/v2/987654/images/img-9',
      '/api/rackspace/iad/v2/987654/images/img-8',
    ]);
  });

  it('reads the catalog in the site the connection names, before the app draws', async () => {
    const queryClient = newClient();
    startFirstPageReads(queryClient, '/catalogs/cat-42');
    await waitFor(() => {
      const site = siteOf(queryClient);
      expect(site && started(queryClient, catalogQueries.detail(site, 'cat-42').queryKey)).toBe(
        true,
      );
    });
  });

  it('reads the rollout’s operation, and nothing for an ID no operation can have', async () => {
    const id = '0b7d3c1e-5f2a-4c8e-9a61-2d4f6b8e0c13';
    const queryClient = newClient();
    startFirstPageReads(queryClient, `/rollouts/${id}`);
    await waitFor(() =>
      expect(started(queryClient, operationQueries.detail(id).queryKey)).toBe(true),
    );

    // The rollout page asks nothing for an ID no operation can have ('new' is the wizard's).
    const other = newClient();
    prefetchRollout(other, 'new');
    prefetchRollout(other, 'not-an-operation');
    expect(other.getQueryCache().getAll()).toHaveLength(0);
  });
});

describe('any page opened first', () => {
  it('reads the signed-in person’s role with its reads, so its actions are drawn once, by it', async () => {
    server.use(
      http.post('/api/cvad/manage/Machines/$search', () => HttpResponse.json({ Items: [] })),
    );
    // A page with reads of its own, one whose reads are the page's to make, and one with none.
    for (const route of ['/users/jdoe', '/sessions/s-1', '/settings']) {
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      startFirstPageReads(queryClient, route);
      await waitFor(() => expect(started(queryClient, meQueries.current().queryKey)).toBe(true));
      await queryClient.cancelQueries();
    }
  });
});

describe('the page opened first', () => {
  it('draws the answer its first read brought, without asking the cloud again', async () => {
    let catalogReads = 0;
    server.use(
      http.get(`${catalogServiceBase}/catalogs/:catalogId`, () => {
        catalogReads += 1;
        return HttpResponse.json(activeCatalog);
      }),
      ...catalogHandlers,
    );
    const queryClient = createQueryClient();
    const route = `/catalogs/${activeCatalog.id}`;
    startFirstPageReads(queryClient, route);
    render(undefined, { route, queryClient });
    expect(
      await screen.findByRole('heading', { level: 1, name: activeCatalog.name }),
    ).toBeInTheDocument();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(catalogReads).toBe(1);
  });
});

describe('a page’s first reads on a phone', () => {
  /** Runs the promise callbacks already queued, without letting the task end. */
  const sameTask = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
  };
  const nextTaskOfTheTest = () => new Promise((resolve) => setTimeout(resolve, 0));

  // Each read's first call through the API client costs a phone tens of milliseconds cold (the
  // client's request, its headers), and the page's module's evaluation as much again: in one
  // task they were a person's page's longest after its first paint (285 ms at Chromium's 4x).
  it('starts each read in a task of its own, after the one that ran the page’s module', async () => {
    server.use(
      http.post('/api/cvad/manage/Machines/$search', () => HttpResponse.json({ Items: [] })),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const queries = personQueries('jdoe');
    // The module at hand, as the HTML's preload has it: its import resolves within the task.
    await import('../features/people/prefetch-person.ts');

    startFirstPageReads(queryClient, '/users/jdoe');
    await sameTask();
    expect(started(queryClient, queries.sessions.queryKey)).toBe(false);

    await nextTaskOfTheTest();
    expect(started(queryClient, queries.sessions.queryKey)).toBe(true);
    expect(started(queryClient, queries.machines.queryKey)).toBe(false);

    await nextTaskOfTheTest();
    expect(started(queryClient, queries.machines.queryKey)).toBe(true);
  });
});
