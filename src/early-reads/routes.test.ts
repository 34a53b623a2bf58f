import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionQueries } from '../api/citrix/sessions.ts';
import { personQueries } from '../features/people/person-queries.ts';
import { sessionsPageRequest } from '../features/sessions/session-search.ts';
import { sessionUrlView } from '../features/sessions/session-view.ts';
import { paths } from '../lib/paths.ts';
import { auditQueries } from '../api/console/audit.ts';
import { auditUrlView, toAuditRequest } from '../features/audit/audit-view.ts';
import type { EarlyRead } from '../lib/early-answers.ts';
import { server } from '../testing/msw-server.ts';
import { catalogQueries } from '../api/citrix/catalogs.ts';
import { citrixImageQueries } from '../api/citrix/images.ts';
import { citrixSiteOf } from '../api/citrix/sites.ts';
import { rackspaceListRequestsAtOnce } from '../api/rackspace/image-requests.ts';
import { galleryQueries } from '../features/images/gallery-queries.ts';
import { connectionQueries } from '../api/console/connection.ts';
import { operationQueries } from '../api/console/operations.ts';
import { planQueries } from '../api/console/plans.ts';
import {
  indicatorOperationFilters,
  indicatorPlanFilters,
  rolloutHistoryFilters,
  runningRolloutFilters,
} from '../features/rollouts/operation-reads.ts';
import { meFixture, simulatorConnection } from '../testing/handlers.ts';
import { meQueries } from '../api/console/me.ts';
import {
  connectionRead,
  earlyRoutes,
  grants,
  headerReads,
  meRead,
  pageReadsFor,
  permissionFor,
  rackspaceOfConnection,
  rackspaceReadsFor,
  siteOfConnection,
  siteReadsFor,
} from './routes.ts';

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

const absolute = (reads: EarlyRead[]) =>
  reads.map(({ method, url, body }) => ({
    method,
    url: new URL(url, window.location.origin).toString(),
    body: body ?? '',
  }));

describe('the reads sent before the app', () => {
  it('match the router’s routes', () => {
    expect(earlyRoutes.map((route) => route.pattern)).toEqual([
      paths.home.pattern,
      paths.images.pattern,
      paths.user.pattern,
      paths.sessions.pattern,
      paths.sessionDetail.pattern,
      paths.catalogs.pattern,
      paths.catalogDetail.pattern,
      paths.imageDetail.pattern,
      paths.newRollout.pattern,
      paths.rollout.pattern,
      paths.audit.pattern,
    ]);
  });

  it.each([
    ['/users/aisha.bauer', 'aisha.bauer'],
    ['/users/CONTOSO%5Cjdoe', 'CONTOSO\\jdoe'],
    ['/users/aisha%40contoso.com/', 'aisha@contoso.com'],
  ])('are, for %s, exactly the requests the person page makes', async (path, user) => {
    const reads = await pageReadsFor(path);
    expect(reads).toHaveLength(2);
    expect(absolute(reads)).toEqual(await personPageReads(user));
  });

  it.each([
    ['/sessions', ''],
    ['/sessions/', '?q=ais&state=Disconnected&sort=machine&dir=desc&size=250'],
    ['/sessions/0b1c-session', '?user=CONTOSO%5Cjdoe&type=Desktop'],
    ['/sessions', '?size=nonsense&state=asleep'],
  ])('are, for %s%s, exactly the sessions page’s first read', async (path, search) => {
    const reads = await pageReadsFor(path, search);
    expect(reads).toHaveLength(1);
    expect(absolute(reads)).toEqual(await sessionsPageRead(search));
  });

  it('are none for the sessions page reloaded on a later page, which asks for it by its cursor', async () => {
    const state = { cursorStack: { listKey: '[]', cursors: ['token-of-page-2'] } };
    expect(await pageReadsFor('/sessions', '', state)).toEqual([]);
    expect(
      await pageReadsFor('/sessions', '', { cursorStack: { listKey: '[]', cursors: [] } }),
    ).toHaveLength(1);
  });

  it.each([
    '',
    '?outcome=refused&actor=%20jdoe%20&page=3&pageSize=25',
    '?from=2026-12-01T00:00:00Z&operation=sessions.logoff&target=catalog',
    '?pageSize=nonsense&outcome=asleep&page=0',
  ])('are, for /audit%s, exactly the Audit page’s read', async (search) => {
    const reads = await pageReadsFor('/audit', search);
    expect(reads).toHaveLength(1);
    const view = auditUrlView.read(new URLSearchParams(search));
    expect(absolute(reads)).toEqual(
      await requestsSentBy((client) => client.fetchQuery(auditQueries.list(toAuditRequest(view)))),
    );
  });

  it.each(['/settings', '/users', '/users/', '/users/jdoe/sessions', '/sessionsx', '/catalogsx'])(
    'are, for %s, only the header’s',
    async (path) => {
      expect(await pageReadsFor(path)).toEqual([]);
      expect(siteReadsFor(path)).toBeNull();
      expect(rackspaceReadsFor(path)).toBeNull();
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
  });
});

/** Every request these reads of a query client send under `/api/`, as sent. */
async function requestsSentBy(...reads: ((queryClient: QueryClient) => Promise<unknown>)[]) {
  const sent: { method: string; url: string; body: string }[] = [];
  server.use(
    http.all('/api/*', async ({ request }) => {
      sent.push({ method: request.method, url: request.url, body: await request.text() });
      return HttpResponse.json({});
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Whether or not the answers parse, the requests are what is compared.
  for (const read of reads) await read(queryClient).catch(() => undefined);
  return sent;
}

const site = citrixSiteOf(simulatorConnection.citrix)!;
const catalogId = 'c1f0e2d3-a4b5-4c6d-8e7f-0a1b2c3d4e5f';
const rolloutId = '0b8f7c1e-2d3a-4b5c-9d6e-7f8a9b0c1d2e';

describe('the reads sent before the app for a page some roles only may use', () => {
  it('wait on the wizard for the rollouts permission, and on no other page', () => {
    expect(permissionFor(paths.newRollout.pattern)).toBe('rollouts');
    for (const pathname of ['/', '/images', '/catalogs', '/catalogs/c-1', '/sessions', '/audit']) {
      expect(permissionFor(pathname)).toBeNull();
    }
    // A rollout's own page is every role's (read-only for some).
    expect(permissionFor('/rollouts/0f2c5a2e-2b9e-4d7a-9a51-3c1e2f4b5a6d')).toBeNull();
  });

  it('take the permission from the person as answered: an admin’s, not help-desk staff’s or a viewer’s', () => {
    expect(grants(meFixture('admin'), 'rollouts')).toBe(true);
    expect(grants(meFixture('helpdesk'), 'rollouts')).toBe(false);
    expect(grants(meFixture('viewer'), 'rollouts')).toBe(false);
    // Anything but a plain `true` grants nothing: no answer, an error's body, a string.
    for (const answer of [
      null,
      undefined,
      {},
      { error: 'unauthenticated' },
      { permissions: { rollouts: 'true' } },
    ]) {
      expect(grants(answer, 'rollouts')).toBe(false);
    }
  });

  it('read the person as the app does', async () => {
    expect(absolute([meRead])).toEqual(
      await requestsSentBy((client) => client.fetchQuery(meQueries.current())),
    );
  });
});

describe('the reads sent before the app under the Citrix site', () => {
  it('take the site from the connection as answered, and nothing from another answer', () => {
    expect(siteOfConnection(simulatorConnection)).toEqual(site);
    expect(siteOfConnection({ ...simulatorConnection, citrix: { state: 'unconfigured' } })).toBe(
      null,
    );
    for (const answer of [null, 'text', {}, { citrix: { state: 'connected', siteId: 7 } }]) {
      expect(siteOfConnection(answer)).toBeNull();
    }
  });

  it('read the connection as the app does', async () => {
    expect(absolute([connectionRead])).toEqual(
      await requestsSentBy((client) => client.fetchQuery(connectionQueries.status())),
    );
  });

  it('are, for a catalog, exactly its page’s reads: the catalog, and its rollouts', async () => {
    const path = `/catalogs/${catalogId}`;
    expect(absolute(await pageReadsFor(path))).toEqual(
      await requestsSentBy((client) =>
        client.fetchQuery(operationQueries.list(rolloutHistoryFilters(catalogId))),
      ),
    );
    expect(absolute(siteReadsFor(path)!(site))).toEqual(
      await requestsSentBy((client) => client.fetchQuery(catalogQueries.detail(site, catalogId))),
    );
  });

  it('are, for a catalog-service image, exactly its page’s read; none for a Rackspace one', async () => {
    expect(absolute(siteReadsFor('/images/citrix/img%2F7')!(site))).toEqual(
      await requestsSentBy((client) => client.fetchQuery(citrixImageQueries.detail(site, 'img/7'))),
    );
    expect(siteReadsFor('/images/rackspace/5c1e', '?region=ORD')!(site)).toEqual([]);
    expect(await pageReadsFor('/images/citrix/img-7')).toEqual([]);
  });

  it('are, for the catalogs, exactly their page’s read', async () => {
    expect(absolute(siteReadsFor('/catalogs')!(site))).toEqual(
      await requestsSentBy((client) => client.fetchQuery(catalogQueries.list(site))),
    );
    expect(await pageReadsFor('/catalogs')).toEqual([]);
  });

  it.each(['/', '/images', '/images/'])(
    'are, for the gallery at %s, exactly its Citrix read',
    async (path) => {
      expect(absolute(siteReadsFor(path)!(site))).toEqual(
        await requestsSentBy((client) => client.fetchQuery(galleryQueries.citrix(site))),
      );
    },
  );

  it('are none for a page that names no site or tenant', () => {
    expect(siteReadsFor('/sessions')).toBeNull();
    expect(rackspaceReadsFor('/catalogs')).toBeNull();
    expect(rackspaceReadsFor('/images/rackspace/5c1e', '?region=ORD')).toBeNull();
  });

  it('are, for the wizard, exactly its reads: the catalogs, the images, the named catalog and its running rollouts', async () => {
    const path = '/rollouts/new';
    const search = `?catalog=${catalogId}&image=img-7`;
    expect(absolute(siteReadsFor(path, search)!(site))).toEqual(
      await requestsSentBy(
        (client) => client.fetchQuery(catalogQueries.list(site)),
        (client) => client.fetchQuery(catalogQueries.detail(site, catalogId)),
        (client) => client.fetchQuery(citrixImageQueries.list(site)),
      ),
    );
    expect(absolute(await pageReadsFor(path, search))).toEqual(
      await requestsSentBy((client) =>
        client.fetchQuery(operationQueries.list(runningRolloutFilters(catalogId))),
      ),
    );
    // No catalog named yet: the site's lists only.
    expect(absolute(siteReadsFor(path, '?image=img-7')!(site))).toEqual(
      await requestsSentBy(
        (client) => client.fetchQuery(catalogQueries.list(site)),
        (client) => client.fetchQuery(citrixImageQueries.list(site)),
      ),
    );
    expect(await pageReadsFor(path, '')).toEqual([]);
  });

  it('are, for a rollout, its record; none for an address that is no operation’s id', async () => {
    expect(absolute(await pageReadsFor(`/rollouts/${rolloutId}`))).toEqual(
      await requestsSentBy((client) => client.fetchQuery(operationQueries.detail(rolloutId))),
    );
    expect(await pageReadsFor('/rollouts/not-an-id')).toEqual([]);
    expect(siteReadsFor(`/rollouts/${rolloutId}`)).toBeNull();
  });
});

describe('the gallery’s reads sent before the app under the Rackspace tenant', () => {
  const tenant = rackspaceOfConnection(simulatorConnection)!;

  it('take the tenant from the connection as answered, and nothing from another answer', () => {
    expect(tenant).toEqual({ tenantId: '987654', region: 'DFW', regions: ['DFW', 'ORD', 'IAD'] });
    for (const answer of [
      null,
      { rackspace: { state: 'not-configured' } },
      { rackspace: { state: 'connected', tenantId: 7, region: 'DFW', regions: [] } },
      { rackspace: { state: 'connected', tenantId: '9', region: 'DFW', regions: ['DFW', 3] } },
    ]) {
      expect(rackspaceOfConnection(answer)).toBeNull();
    }
  });

  /** The first list request of each region the app sends for the gallery, as sent, by region. */
  async function galleryFirstRequests(regions: string[]) {
    const sent: { method: string; url: string; body: string }[] = [];
    server.use(
      http.get('/api/rackspace/*', async ({ request }) => {
        sent.push({ method: request.method, url: request.url, body: await request.text() });
        return HttpResponse.json({ images: [] });
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await queryClient.fetchQuery(galleryQueries.rackspace({ tenantId: tenant.tenantId, regions }));
    return sent;
  }

  it('are the first page of each region the gallery lists, as the app asks for them', async () => {
    const regions = ['DFW', 'ORD', 'IAD'];
    const reads = rackspaceReadsFor('/images')!({ ...tenant, regions });
    expect(absolute(reads)).toEqual(await galleryFirstRequests(regions));
  });

  it('are no more than the app holds open at once, the first regions the app asks for', async () => {
    const regions = ['DFW', 'ORD', 'IAD', 'LON', 'SYD', 'HKG'];
    const reads = rackspaceReadsFor('/')!({ ...tenant, regions });
    expect(reads).toHaveLength(rackspaceListRequestsAtOnce);
    const sent = await galleryFirstRequests(regions);
    expect(absolute(reads)).toEqual(sent.slice(0, rackspaceListRequestsAtOnce));
  });

  it('are the default region’s page when the service catalog lists no region', async () => {
    const reads = rackspaceReadsFor('/images')!({ ...tenant, regions: [] });
    expect(absolute(reads)).toEqual(await galleryFirstRequests(['DFW']));
  });
});
