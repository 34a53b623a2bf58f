import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citrixImageQueries } from '../../api/citrix/images.ts';
import { meQueries } from '../../api/console/me.ts';
import {
  citrixImages,
  citrixListHandler,
  rackspaceImage,
  rackspaceRegionsHandler,
  type RegionHandlerOptions,
} from '../../testing/image-fixtures.ts';
import { simulatorConnection } from '../../testing/handlers.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';
import { startFirstPageReads } from '../first-page-reads.ts';

type Fixture = ReturnType<typeof rackspaceImage>;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A few images per region, named after it, so a card says where it came from. */
const regionImages: Record<string, Fixture[]> = {
  DFW: [
    rackspaceImage(1, { name: 'dfw-web01' }),
    rackspaceImage(2, { name: 'dfw-broken', status: 'ERROR', progress: 0 }),
  ],
  ORD: [rackspaceImage(3, { name: 'ord-db01' })],
  IAD: [
    rackspaceImage(4, {
      name: 'iad-stuck',
      status: 'SAVING',
      progress: 25,
      updated: minutesAgo(180),
    }),
  ],
};

function serve(
  imagesOf: (region: string) => Fixture[] = (region) => regionImages[region] ?? [],
  options: RegionHandlerOptions = {},
  citrix = citrixImages,
) {
  const requests: URL[] = [];
  server.use(citrixListHandler(citrix), rackspaceRegionsHandler(imagesOf, requests, options));
  return requests;
}

const cardNames = () =>
  within(screen.getByRole('list', { name: 'Images' }))
    .getAllByRole('article')
    .map((card) => card.getAttribute('aria-label'))
    .sort();

afterEach(() => {
  vi.useRealTimers();
});

describe('One gallery: every image of every provider and region', () => {
  it('lists Citrix images and every Rackspace region’s images together, each with its provider and region', async () => {
    serve();
    render(undefined, { route: '/images' });
    const ord = await screen.findByRole('article', { name: 'ord-db01' });
    expect(
      await screen.findByRole('article', { name: 'Finance Desktop 2026-01' }),
    ).toHaveTextContent('Citrix DaaS');
    expect(ord).toHaveTextContent('Rackspace');
    // Regions in words, as Rackspace's control panel names them.
    expect(ord).toHaveTextContent('Region Chicago (ORD)');
    const total = citrixImages.length + 4;
    expect(await screen.findByText(`Showing ${total} of ${total} images`)).toBeInTheDocument();
    // Providers are filters, not places: there is no provider switch to choose one of them.
    expect(screen.queryByRole('radio', { name: 'Citrix DaaS' })).not.toBeInTheDocument();
  });

  it('shows a failing region above the list, the rest still listed, and retries that region', async () => {
    const failing = new Set(['ORD']);
    serve(undefined, { failing });
    const { user } = render(undefined, { route: '/images' });
    expect(
      await screen.findByText('Rackspace Chicago (ORD) could not be loaded'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'dfw-web01' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Finance Desktop 2026-01' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'ord-db01' })).not.toBeInTheDocument();

    failing.clear();
    await user.click(screen.getByRole('button', { name: 'Retry Rackspace Chicago (ORD)' }));
    expect(await screen.findByRole('article', { name: 'ord-db01' })).toBeInTheDocument();
    expect(
      screen.queryByText('Rackspace Chicago (ORD) could not be loaded'),
    ).not.toBeInTheDocument();
  });

  it('pages each region with a small first page, then the API’s largest limit, regions side by side, never more than 4 requests open', async () => {
    const regions = ['DFW', 'ORD', 'IAD', 'LON', 'SYD', 'HKG'] as const;
    server.use(
      http.get('/api/connection', () =>
        HttpResponse.json({
          ...simulatorConnection,
          rackspace: {
            state: 'connected',
            region: 'DFW',
            regions: [...regions],
            tenantId: '987654',
          },
        }),
      ),
    );
    const many = Array.from({ length: 1001 }, (_, i) =>
      rackspaceImage(i + 10, { name: `dfw-${i}` }),
    );
    const open = { now: 0, most: 0 };
    const requests = serve(
      (region) => (region === 'DFW' ? many : [rackspaceImage(5, { name: `${region}-only` })]),
      { delayMs: 40, open },
    );
    render(undefined, { route: '/images' });
    expect(
      await screen.findByText(
        `Showing ${citrixImages.length + 1006} of ${citrixImages.length + 1006} images`,
      ),
    ).toBeInTheDocument();
    // The first cards come from each region's first 100 images; the rest in pages of 1,000.
    for (const url of requests) {
      expect(url.searchParams.get('limit')).toBe(url.searchParams.has('marker') ? '1000' : '100');
    }
    expect(requests.filter((url) => !url.searchParams.has('marker'))).toHaveLength(6);
    const dfw = requests.filter((url) => url.pathname.includes('/dfw/'));
    expect(dfw.map((url) => url.searchParams.get('marker'))).toEqual([null, many[99]!.id]);
    expect(open.most).toBeGreaterThan(1);
    expect(open.most).toBeLessThanOrEqual(4);
  });

  it('asks for the images when the browser opens on the gallery, before any drawing, and the page does not ask again', async () => {
    const citrixRequests: URL[] = [];
    const requests: URL[] = [];
    server.use(
      citrixListHandler(citrixImages, citrixRequests),
      rackspaceRegionsHandler((region) => regionImages[region] ?? [], requests),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // As main.tsx does before the first render: nothing is drawn yet.
    startFirstPageReads(queryClient, '/images');
    await waitFor(() => {
      expect(citrixRequests).toHaveLength(1);
      expect(new Set(requests.map((url) => url.pathname.split('/')[3]))).toEqual(
        new Set(['dfw', 'ord', 'iad']),
      );
    });
    await waitFor(() =>
      expect(queryClient.isFetching({ queryKey: citrixImageQueries.lists() })).toBe(0),
    );

    // The page draws what was read, without reading the 2 MB list again.
    render(undefined, { route: '/images', queryClient });
    expect(await screen.findByRole('article', { name: 'ord-db01' })).toBeInTheDocument();
    const total = citrixImages.length + 4;
    expect(await screen.findByText(`Showing ${total} of ${total} images`)).toBeInTheDocument();
    expect(citrixRequests).toHaveLength(1);
    expect(requests.filter((url) => url.pathname.includes('/dfw/'))).toHaveLength(1);
  });

  it('asks for nothing early when the browser opens on another page', async () => {
    const citrixRequests: URL[] = [];
    server.use(citrixListHandler(citrixImages, citrixRequests));
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startFirstPageReads(queryClient, '/catalogs');
    startFirstPageReads(queryClient, '/settings');
    // Long enough for the gallery's reads to have gone out (the test above sees them at once).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(citrixRequests).toHaveLength(0);
    // Only the person's role, which every page reads.
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([meQueries.current().queryKey]);
  });

  it('filters by several states, providers and regions at once, all in the URL', async () => {
    serve();
    const { user, router } = render(undefined, { route: '/images' });
    await screen.findByRole('article', { name: 'ord-db01' });

    await user.click(screen.getByRole('combobox', { name: 'State' }));
    await user.click(await screen.findByRole('option', { name: 'Failed' }));
    await user.click(await screen.findByRole('option', { name: 'In progress' }));
    await waitFor(() =>
      expect(cardNames()).toEqual(
        ['HR Desktop 2026-02', 'Sales Server 2025-11', 'dfw-broken', 'iad-stuck'].sort(),
      ),
    );
    expect(new URLSearchParams(router.state.location.search).get('state')).toBe(
      'failed,in-progress',
    );

    await user.click(screen.getByRole('combobox', { name: 'Provider' }));
    await user.click(await screen.findByRole('option', { name: 'Rackspace' }));
    await waitFor(() => expect(cardNames()).toEqual(['dfw-broken', 'iad-stuck']));
    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await screen.findByRole('option', { name: 'Northern Virginia (IAD)' }));
    await waitFor(() => expect(cardNames()).toEqual(['iad-stuck']));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      state: 'failed,in-progress',
      provider: 'rackspace',
      region: 'IAD',
    });
  });

  it('filters by OS family, every version of it at once, and says the families in words', async () => {
    const ubuntu = (version: string) => ({
      os_distro: 'ubuntu',
      'org.openstack__1__os_version': version,
    });
    serve((region) =>
      region === 'DFW'
        ? [
            rackspaceImage(1, { name: 'dfw-noble', metadata: ubuntu('24.04') }),
            rackspaceImage(2, { name: 'dfw-jammy', metadata: ubuntu('22.04') }),
            rackspaceImage(3, { name: 'dfw-bookworm', metadata: { os_distro: 'debian' } }),
          ]
        : [],
    );
    const { user, router } = render(undefined, { route: '/images' });
    await screen.findByRole('article', { name: 'dfw-jammy' });
    await user.click(screen.getByRole('combobox', { name: 'OS family' }));
    await user.click(await screen.findByRole('option', { name: 'Ubuntu' }));
    await waitFor(() => expect(cardNames()).toEqual(['dfw-jammy', 'dfw-noble']));
    // A desktop Windows and a server Windows are different families; versions are not.
    await user.click(await screen.findByRole('option', { name: 'Windows' }));
    await waitFor(() =>
      expect(cardNames()).toEqual(
        [
          'Finance Desktop 2026-01',
          'HR Desktop 2026-02',
          'Windows 10 Enterprise with VDA 2203.0.4000',
          'dfw-jammy',
          'dfw-noble',
        ].sort(),
      ),
    );
    expect(new URLSearchParams(router.state.location.search).get('os')).toBe('Ubuntu,Windows');
    expect(screen.getByRole('option', { name: 'Windows Server' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Debian' })).toBeInTheDocument();
  });

  it('offers “Needs attention” first: failed, stuck in progress, deprecated but still used', async () => {
    const deprecatedInUse = {
      ...citrixImages[3]!,
      id: '11111111-0000-4000-8000-000000000009',
      name: 'Old golden image still in use',
      linkedCatalogs: 3,
    };
    serve(
      (region) =>
        region === 'DFW'
          ? [
              ...regionImages.DFW!,
              rackspaceImage(7, {
                name: 'dfw-saving-now',
                status: 'SAVING',
                progress: 25,
                updated: minutesAgo(1),
              }),
            ]
          : (regionImages[region] ?? []),
      {},
      [...citrixImages, deprecatedInUse],
    );
    const { user, router } = render(undefined, { route: '/images' });
    await screen.findByRole('article', { name: 'ord-db01' });
    const presets = screen.getByRole('group', { name: 'Quick views' });
    const [first] = within(presets).getAllByRole('button');
    expect(first).toHaveAccessibleName('Needs attention');

    await user.click(first!);
    expect(router.state.location.search).toBe('?show=attention');
    await waitFor(() =>
      expect(cardNames()).toEqual(
        ['Old golden image still in use', 'Sales Server 2025-11', 'dfw-broken', 'iad-stuck'].sort(),
      ),
    );

    await user.click(within(presets).getByRole('button', { name: 'Failed or building' }));
    expect(router.state.location.search).toBe('?state=failed%2Cin-progress');
    await waitFor(() => expect(cardNames()).toContain('dfw-saving-now'));
  });

  it('refreshes only what changed once loaded, with changes-since', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let saving = true;
    const dfw = () => [
      rackspaceImage(1, {
        name: 'dfw-web01',
        ...(saving
          ? { status: 'SAVING', progress: 50, updated: minutesAgo(1) }
          : { status: 'ACTIVE', progress: 100, updated: new Date().toISOString() }),
      }),
      rackspaceImage(2, { name: 'dfw-other' }),
    ];
    const requests = serve((region) => (region === 'DFW' ? dfw() : (regionImages[region] ?? [])));
    render(undefined, { route: '/images' });
    await screen.findByRole('progressbar', { name: 'dfw-web01: 50% done' });
    const firstLoad = requests.length;

    saving = false;
    await vi.advanceTimersByTimeAsync(6000);
    await waitFor(() =>
      expect(screen.queryByRole('progressbar', { name: /dfw-web01/ })).toBeNull(),
    );
    const refresh = requests.slice(firstLoad);
    expect(refresh.length).toBeGreaterThan(0);
    expect(refresh.every((url) => url.searchParams.has('changes-since'))).toBe(true);
    expect(screen.getByRole('article', { name: 'dfw-other' })).toBeInTheDocument();
  });

  it('searches loaded images in the browser, and asks every region for a whole name in quotes', async () => {
    const requests = serve();
    const { user } = render(undefined, { route: '/images' });
    await screen.findByRole('article', { name: 'ord-db01' });
    const box = screen.getByRole('textbox', { name: 'Search images' });
    await user.type(box, 'db01');
    await waitFor(() => expect(cardNames()).toEqual(['ord-db01']));
    expect(
      screen.getByText(/Searched in the browser over the \d+ images loaded/),
    ).toBeInTheDocument();

    await user.clear(box);
    await user.type(box, '"dfw-web01"');
    await waitFor(() =>
      expect(requests.filter((url) => url.searchParams.get('name') === 'dfw-web01')).toHaveLength(
        3,
      ),
    );
    expect(await screen.findByText(/Exact name: asked each Rackspace region/)).toBeInTheDocument();
    await waitFor(() => expect(cardNames()).toEqual(['dfw-web01']));
  });

  it('shows what the other regions found for a whole name when one region’s lookup fails, and says which failed', async () => {
    let release = () => {};
    const listingsHeld = new Promise<void>((resolve) => (release = resolve));
    const failingNames = new Set(['DFW']);
    serve(undefined, { failingNames, listingsHeld });
    const { user } = render(undefined, { route: '/images' });
    await user.type(await screen.findByRole('textbox', { name: 'Search images' }), '"dfw-web01"');
    const failure = 'Rackspace Dallas (DFW) name lookup could not be loaded';
    try {
      // The regions are still loading: only the lookups by name can find it, and Dallas's failed.
      expect(await screen.findByText(failure)).toBeInTheDocument();
      expect(screen.queryByRole('article', { name: 'dfw-web01' })).not.toBeInTheDocument();
      failingNames.clear();
      await user.click(
        screen.getByRole('button', { name: 'Retry Rackspace Dallas (DFW) name lookup' }),
      );
      expect(await screen.findByRole('article', { name: 'dfw-web01' })).toBeInTheDocument();
      expect(screen.queryByText(failure)).not.toBeInTheDocument();

      // Another name, found in Chicago while Dallas's lookup fails again.
      failingNames.add('DFW');
      await user.clear(screen.getByRole('textbox', { name: 'Search images' }));
      await user.type(screen.getByRole('textbox', { name: 'Search images' }), '"ord-db01"');
      expect(await screen.findByRole('article', { name: 'ord-db01' })).toBeInTheDocument();
      expect(await screen.findByText(failure)).toBeInTheDocument();
    } finally {
      release();
    }
    // Once Dallas's whole listing is in, its images were searched anyway: nothing to report.
    await waitFor(() => expect(screen.queryByText(failure)).not.toBeInTheDocument());
  });

  it('sorts the table by provider, region, size, dates and catalogs from its headers', async () => {
    serve();
    const { user, router } = render(undefined, { route: '/images?view=table' });
    const table = await screen.findByRole('table', { name: 'Images' });
    for (const name of [
      'Name',
      'State',
      'Provider',
      'Region',
      'Created',
      'Updated',
      'Size',
      'Catalogs',
    ]) {
      expect(within(table).getByRole('button', { name })).toBeInTheDocument();
    }
    await user.click(within(table).getByRole('button', { name: 'Region' }));
    expect(router.state.location.search).toBe('?view=table&sort=region');
    await user.click(within(table).getByRole('button', { name: 'Region' }));
    expect(router.state.location.search).toBe('?view=table&sort=region&dir=desc');
  });

  it('keeps the end of a long name on screen, says states in words, and names the provider only when it tells something', async () => {
    const long = 'Windows Server 2022 golden image for the finance team, monthly build 2026-11-0';
    serve((region) =>
      region === 'DFW'
        ? [
            rackspaceImage(1, { name: `${long}1` }),
            rackspaceImage(2, { name: `${long}2`, status: 'ERROR', progress: 0 }),
          ]
        : [],
    );
    const { unmount, user } = render(undefined, { route: '/images?provider=rackspace' });
    const one = await screen.findByRole('article', { name: `${long}1` });
    const two = screen.getByRole('article', { name: `${long}2` });
    // The end of the name is in a part that is never cut, so the two read differently on screen.
    expect(one.querySelector('[data-name-tail]')?.textContent).toMatch(/2026-11-01$/);
    expect(two.querySelector('[data-name-tail]')?.textContent).toMatch(/2026-11-02$/);
    expect(within(two).getByTitle('Code: ERROR')).toHaveTextContent('Failed');
    // Split in two on screen, the link still reads as the one name it is.
    expect(within(one).getByRole('link')).toHaveAccessibleName(`${long}1`);
    // So does the table's name column.
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: 'Images' });
    const tails = [...table.querySelectorAll('[data-name-tail]')].map((tail) => tail.textContent);
    expect(tails.sort()).toEqual([
      expect.stringMatching(/2026-11-01$/),
      expect.stringMatching(/2026-11-02$/),
    ]);
    await user.click(screen.getByRole('radio', { name: 'Cards' }));
    // The provider filter already says Rackspace: no card repeats it.
    expect(await screen.findByRole('article', { name: `${long}1` })).not.toHaveTextContent(
      'Rackspace',
    );
    unmount();

    render(undefined, { route: '/images?provider=citrix' });
    const finance = await screen.findByRole('article', { name: 'Finance Desktop 2026-01' });
    expect(finance).not.toHaveTextContent('Citrix DaaS');
  });
});
