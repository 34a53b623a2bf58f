import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { catalogServiceApi, rackspaceApi } from '../../../lib/api-clients.ts';
import {
  citrixImageDetailsSchema,
  citrixImageListSchema,
  type CitrixImage,
} from './citrix-image-schemas.ts';
import {
  rackspaceImagePageSchema,
  rackspaceSingleImageSchema,
  type RackspaceImage,
} from './rackspace-image-schemas.ts';
import { isCitrixInFlight, isRackspaceInFlight } from './in-flight.ts';

/** The Citrix site the catalog service paths name. */
export interface CitrixSite {
  customerId: string;
  siteId: string;
}

/** A Rackspace region (upper case, as the connection reports it) and the tenant's account. */
export interface RackspaceAccount {
  region: string;
  tenantId: string;
}

/** What the catalog service filters itself (seed 000). */
export interface CitrixApiFilters {
  includeCitrixPrepared: boolean;
  includeCustomerPrepared: boolean;
  azureSubscriptions: string[];
}

/** What Rackspace filters itself (seed 004); `changesSince` is an ISO date-time. */
export interface RackspaceApiFilters {
  name?: string;
  status?: string;
  type?: string;
  changesSince?: string;
}

export interface RackspacePage {
  images: RackspaceImage[];
  /** The marker of the page after this one, from the `images_links` next link. */
  nextMarker: string | undefined;
}

/** Images in flight settle in minutes; a few seconds between looks is enough to follow them. */
export const inFlightRefreshMs = 5000;

const citrixBase = (site: CitrixSite) =>
  `${encodeURIComponent(site.customerId)}/${encodeURIComponent(site.siteId)}/images`;
const rackspaceBase = (account: RackspaceAccount) =>
  `${account.region.toLowerCase()}/v2/${encodeURIComponent(account.tenantId)}/images`;

async function getCitrixImages(site: CitrixSite, filters: CitrixApiFilters, signal: AbortSignal) {
  const searchParams = new URLSearchParams({
    includeCitrixPrepared: String(filters.includeCitrixPrepared),
    includeCustomerPrepared: String(filters.includeCustomerPrepared),
  });
  for (const id of filters.azureSubscriptions) searchParams.append('azureSubscriptions', id);
  const body = await catalogServiceApi.get(citrixBase(site), { searchParams, signal }).json();
  return citrixImageListSchema.parse(body).items;
}

async function getRackspacePage(
  account: RackspaceAccount,
  filters: RackspaceApiFilters,
  page: { marker: string | undefined; limit: number },
  signal: AbortSignal,
): Promise<RackspacePage> {
  const searchParams = new URLSearchParams({ limit: String(page.limit) });
  if (page.marker) searchParams.set('marker', page.marker);
  if (filters.name) searchParams.set('name', filters.name);
  if (filters.status) searchParams.set('status', filters.status);
  if (filters.type) searchParams.set('type', filters.type);
  if (filters.changesSince) searchParams.set('changes-since', filters.changesSince);
  const body = rackspaceImagePageSchema.parse(
    await rackspaceApi.get(`${rackspaceBase(account)}/detail`, { searchParams, signal }).json(),
  );
  const next = body.images_links?.find((link) => link.rel === 'next');
  // The cloud's link is absolute; through the proxy it is a path (`/api/rackspace/...`). Only
  // the marker is read from it, so any base resolves it.
  const nextMarker = next
    ? (new URL(next.href, 'https://link.invalid').searchParams.get('marker') ?? undefined)
    : undefined;
  return { images: body.images, nextMarker };
}

export const imageQueries = {
  all: () => ['images'] as const,
  citrixList: (site: CitrixSite, filters: CitrixApiFilters) =>
    queryOptions({
      queryKey: [...imageQueries.all(), 'citrix', site, 'list', filters] as const,
      queryFn: ({ signal }) => getCitrixImages(site, filters, signal),
      // Polls only while something is on its way; React Query pauses it while the tab is hidden.
      refetchInterval: (query) =>
        query.state.data?.some(isCitrixInFlight) ? inFlightRefreshMs : false,
    }),
  citrixDetail: (site: CitrixSite, imageId: string) =>
    queryOptions({
      queryKey: [...imageQueries.all(), 'citrix', site, 'detail', imageId] as const,
      queryFn: async ({ signal }) =>
        citrixImageDetailsSchema.parse(
          await catalogServiceApi
            .get(`${citrixBase(site)}/${encodeURIComponent(imageId)}`, { signal })
            .json(),
        ),
      refetchInterval: (query) =>
        query.state.data && isCitrixInFlight(query.state.data) ? inFlightRefreshMs : false,
    }),
  rackspacePage: (
    account: RackspaceAccount,
    filters: RackspaceApiFilters,
    page: { marker: string | undefined; limit: number },
  ) =>
    queryOptions({
      queryKey: [...imageQueries.all(), 'rackspace', account, 'list', filters, page] as const,
      queryFn: ({ signal }) => getRackspacePage(account, filters, page, signal),
      // The current page stays on screen while the next one loads.
      placeholderData: keepPreviousData,
      refetchInterval: (query) =>
        query.state.data?.images.some(isRackspaceInFlight) ? inFlightRefreshMs : false,
    }),
  rackspaceDetail: (account: RackspaceAccount, imageId: string) =>
    queryOptions({
      queryKey: [...imageQueries.all(), 'rackspace', account, 'detail', imageId] as const,
      queryFn: async ({ signal }) =>
        rackspaceSingleImageSchema.parse(
          await rackspaceApi
            .get(`${rackspaceBase(account)}/${encodeURIComponent(imageId)}`, { signal })
            .json(),
        ).image,
      refetchInterval: (query) =>
        query.state.data && isRackspaceInFlight(query.state.data) ? inFlightRefreshMs : false,
    }),
};

export type { CitrixImage, RackspaceImage };
