/**
 * Images for the gallery's component tests, in the shapes the catalog service and Rackspace send,
 * and MSW handlers that honour the same parameters the real APIs do (marker paging included).
 */
import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { citrixImageSchema } from '../api/citrix/images.ts';
import type { rackspaceImagePageSchema, rackspaceImageSchema } from '../api/rackspace/images.ts';
import { simulatorConnection } from './handlers.ts';

// Typed as what the console's schemas parse, so a fixture field the contract lacks fails typecheck.
type CitrixImageInput = z.input<typeof citrixImageSchema>;
type RackspaceImageInput = z.input<typeof rackspaceImageSchema>;

const citrix = simulatorConnection.citrix as { customerId: string; siteId: string };
export const citrixImagesPath = `/api/catalogservice/${citrix.customerId}/${citrix.siteId}/images`;
export const rackspaceImagesPath = '/api/rackspace/dfw/v2/987654/images';

const baseCitrixImage = {
  osPlatform: 'Windows',
  isServerOs: false,
  subState: null,
  status: null,
  extraInfo: null,
  notes: null,
  resourceGroup: 'rg-images',
  citrixPrepared: false,
  isDeprecated: false,
  linkedCatalogs: 0,
  linkedCatalogsNames: [],
  startedAt: null,
  estimatedTimeInMinute: null,
} satisfies Partial<CitrixImageInput>;

export const citrixImages = [
  {
    ...baseCitrixImage,
    id: '11111111-0000-4000-8000-000000000001',
    name: 'Finance Desktop 2026-01',
    sessionSupport: 'SingleSession',
    state: 'Ready',
    osName: 'Windows 11 Enterprise',
    vdaVersion: '2411.0.200',
    transactionId: 'aaaaaaaa-0000-4000-8000-000000000001',
    subscriptionId: 'sub-production',
    subscriptionName: 'VDI-Production',
    region: 'eastus',
    linkedCatalogs: 2,
    linkedCatalogsNames: ['Finance Dedicated', 'Finance Dedicated 2'],
    createdDate: '2026-01-10T10:00:00Z',
  },
  {
    ...baseCitrixImage,
    id: '11111111-0000-4000-8000-000000000002',
    name: 'Sales Server 2025-11',
    sessionSupport: 'MultiSession',
    isServerOs: true,
    state: 'Failed',
    subState: 'ErrorMasterImageNoSupportedVdaFound',
    status: 'The Virtual Delivery Agent (VDA) was not found',
    osName: 'Windows Server 2022 Datacenter',
    vdaVersion: null,
    transactionId: 'aaaaaaaa-0000-4000-8000-000000000002',
    subscriptionId: 'sub-pilot',
    subscriptionName: 'VDI-Pilot',
    region: 'westeurope',
    createdDate: '2025-11-03T10:00:00Z',
  },
  {
    ...baseCitrixImage,
    id: '11111111-0000-4000-8000-000000000003',
    name: 'HR Desktop 2026-02',
    sessionSupport: 'MultiSession',
    state: 'Importing',
    subState: 'ProcessingImportingImageVhdFile',
    status: 'Importing the VHD file from the URL',
    osName: 'Windows 11 Enterprise multi-session',
    vdaVersion: null,
    transactionId: 'aaaaaaaa-0000-4000-8000-000000000003',
    subscriptionId: 'sub-production',
    subscriptionName: 'VDI-Production',
    region: 'eastus2',
    createdDate: '2026-02-01T10:00:00Z',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    estimatedTimeInMinute: 10,
  },
  {
    ...baseCitrixImage,
    id: '11111111-0000-4000-8000-000000000004',
    name: 'Windows 10 Enterprise with VDA 2203.0.4000',
    sessionSupport: 'SingleSession',
    state: 'Ready',
    osName: 'Windows 10 Enterprise',
    vdaVersion: '2203.0.4000',
    transactionId: 'aaaaaaaa-0000-4000-8000-000000000004',
    subscriptionId: 'sub-production',
    subscriptionName: 'VDI-Production',
    region: 'eastus',
    citrixPrepared: true,
    isDeprecated: true,
    createdDate: '2024-05-01T10:00:00Z',
  },
] satisfies CitrixImageInput[];

export type CitrixFixture = (typeof citrixImages)[number];

/** The catalog service's list endpoint over the given images, honouring its query parameters. */
export function citrixListHandler(
  images: readonly CitrixFixture[] = citrixImages,
  seen: URL[] = [],
) {
  return http.get(citrixImagesPath, ({ request }) => {
    const url = new URL(request.url);
    seen.push(url);
    const citrixPrepared = url.searchParams.get('includeCitrixPrepared') !== 'false';
    const customer = url.searchParams.get('includeCustomerPrepared') !== 'false';
    const subscriptions = url.searchParams.getAll('azureSubscriptions');
    const items = images.filter(
      (image) =>
        (image.citrixPrepared ? citrixPrepared : customer) &&
        (subscriptions.length === 0 ||
          image.citrixPrepared ||
          subscriptions.includes(image.subscriptionId)),
    );
    return HttpResponse.json({ items, staleData: false });
  });
}

/**
 * Both forms Rackspace sends for two fields, on the images the simulator gives them
 * (server/simulator/data/rackspace-images.ts), so every page of a few images meets each:
 * - `OS-EXT-IMG-SIZE:size` as a string of digits on every third image (seed 004 types it
 *   xsd:string; Nova's samples write "74185822"), a number on the others;
 * - unset Glance properties as null metadata values on every fourth (Nova's `"ramdisk_id": null`).
 */
function documentedForms(index: number) {
  const size = 1_048_576_000;
  return {
    size: index % 3 === 1 ? String(size) : size,
    unset: index % 4 === 2 ? { kernel_id: null, ramdisk_id: null } : {},
  };
}

/** Overrides of a Rackspace image; metadata in the form Nova sends it, null for an unset property. */
type RackspaceImageOverrides = Partial<Omit<RackspaceImageInput, 'metadata'>> & {
  metadata?: Record<string, string | null>;
};

export function rackspaceImage(index: number, overrides: RackspaceImageOverrides = {}) {
  const id = `22222222-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const forms = documentedForms(index);
  return {
    id,
    name: `web01-ubuntu-snapshot-${index}`,
    status: 'ACTIVE',
    progress: 100,
    created: new Date(Date.UTC(2026, 10, 1) - index * 3_600_000).toISOString(),
    updated: new Date(Date.UTC(2026, 10, 1) - index * 3_600_000).toISOString(),
    minDisk: 20,
    minRam: 512,
    'OS-EXT-IMG-SIZE:size': forms.size as number | string | null,
    'OS-DCF:diskConfig': 'MANUAL',
    metadata: {
      image_type: 'snapshot',
      os_distro: 'ubuntu',
      'org.openstack__1__os_version': '24.04',
      ...forms.unset,
    } as Record<string, string | null>,
    links: [{ rel: 'self', href: `https://dfw.example/v2/987654/images/${id}` }],
    ...overrides,
  } satisfies RackspaceImageInput;
}

/** `GET /images/detail` over the given images: limit + marker, next link on every full page. */
export function rackspaceListHandler(
  images: () => ReturnType<typeof rackspaceImage>[],
  seen: URL[] = [],
) {
  return http.get(`${rackspaceImagesPath}/detail`, ({ request }) => {
    const url = new URL(request.url);
    seen.push(url);
    const all = images().filter(
      (image) =>
        (!url.searchParams.get('type') ||
          image.metadata.image_type === url.searchParams.get('type')) &&
        (!url.searchParams.get('status') || image.status === url.searchParams.get('status')),
    );
    return HttpResponse.json(markerPage(all, url));
  });
}

/**
 * One page of `all` after the request's `marker`, at most `limit` (Rackspace's maximum, 1,000),
 * with a next link on every full page, as the proxy sends it: the cloud's absolute link
 * rewritten to the proxy's own path.
 */
function markerPage(
  all: ReturnType<typeof rackspaceImage>[],
  url: URL,
): z.input<typeof rackspaceImagePageSchema> {
  const marker = url.searchParams.get('marker');
  const start = marker ? all.findIndex((image) => image.id === marker) + 1 : 0;
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 1000), 1000);
  const page = all.slice(start, start + limit);
  const next = new URL(url);
  next.searchParams.set('marker', page.at(-1)?.id ?? '');
  return {
    images: page,
    ...(page.length === limit
      ? { images_links: [{ rel: 'next', href: `${next.pathname}${next.search}` }] }
      : {}),
  };
}

export interface RegionHandlerOptions {
  /** Regions (upper case) that answer 503 until removed from the set. */
  failing?: Set<string>;
  /** Delay before each answer, so concurrent requests overlap. */
  delayMs?: number;
  /** Requests being answered right now, and the most seen at once. */
  open?: { now: number; most: number };
  /** Regions (upper case) whose lookups by exact `name` answer 503; their listings answer. */
  failingNames?: Set<string>;
  /** Listings (not lookups by name) wait for this before answering: regions still loading. */
  listingsHeld?: Promise<void>;
}

/**
 * `GET /{region}/v2/{tenant}/images/detail` for every region: limit + marker, exact `name`,
 * `changes-since` (images updated at or after it), a next link on every full page.
 */
export function rackspaceRegionsHandler(
  imagesOf: (region: string) => ReturnType<typeof rackspaceImage>[],
  seen: URL[] = [],
  options: RegionHandlerOptions = {},
) {
  return http.get('/api/rackspace/:region/v2/987654/images/detail', async ({ request, params }) => {
    const url = new URL(request.url);
    const region = String(params.region).toUpperCase();
    seen.push(url);
    const open = options.open;
    if (open) open.most = Math.max(open.most, ++open.now);
    try {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const byName = url.searchParams.has('name');
      if (!byName && options.listingsHeld) await options.listingsHeld;
      if (options.failing?.has(region) || (byName && options.failingNames?.has(region))) {
        return HttpResponse.json(
          { serviceUnavailable: { code: 503, message: 'Service Unavailable' } },
          { status: 503 },
        );
      }
      const since = url.searchParams.get('changes-since');
      const name = url.searchParams.get('name');
      const all = imagesOf(region).filter(
        (image) =>
          (since
            ? Date.parse(String(image.updated)) >= Date.parse(since)
            : image.status !== 'DELETED') &&
          (!name || image.name === name),
      );
      return HttpResponse.json(markerPage(all, url));
    } finally {
      if (open) open.now--;
    }
  });
}
