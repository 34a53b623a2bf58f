/**
 * How the console asks Rackspace for images: the account's images path and a listing page's
 * query. Kept apart from the schemas (`images.ts`) so that the early reads (`src/early-reads/`)
 * build the gallery's first pages with these same functions, and so exactly as the app asks.
 */

/** A Rackspace region (upper case, as the connection reports it) and the tenant's account. */
export interface RackspaceAccount {
  region: string;
  tenantId: string;
}

/** What Rackspace filters itself (seed 004); `changesSince` is an ISO date-time. */
export interface RackspaceApiFilters {
  name?: string;
  status?: string;
  type?: string;
  changesSince?: string;
}

/** Where a page starts (the previous page's last image) and how many images it holds. */
export interface RackspacePageRequest {
  marker: string | undefined;
  limit: number;
}

/** `{region}/v2/{tenantId}/images`, under the proxy's Rackspace prefix. */
export const rackspaceImagesPath = (account: RackspaceAccount) =>
  `${account.region.toLowerCase()}/v2/${encodeURIComponent(account.tenantId)}/images`;

/** A listing page's path: `images/detail`, every image with its details. */
export const rackspaceListingPath = (account: RackspaceAccount) =>
  `${rackspaceImagesPath(account)}/detail`;

/** A listing page's query: its size, where it starts, and the filters Rackspace applies. */
export function rackspaceListingSearch(
  filters: RackspaceApiFilters,
  page: RackspacePageRequest,
): URLSearchParams {
  const searchParams = new URLSearchParams({ limit: String(page.limit) });
  if (page.marker) searchParams.set('marker', page.marker);
  if (filters.name) searchParams.set('name', filters.name);
  if (filters.status) searchParams.set('status', filters.status);
  if (filters.type) searchParams.set('type', filters.type);
  if (filters.changesSince) searchParams.set('changes-since', filters.changesSince);
  return searchParams;
}

/**
 * The first page of a region's listing, the one the gallery's first cards come from: a page of
 * 1,000 images is about 1.7 MB, which the cloud takes a few hundred milliseconds to send and the
 * page as long again to read, and the gallery waits for the first one to show anything. A small
 * first page shows cards at once; the rest come at the largest size.
 */
export const firstListingPageSize = 100;

/** Nova's `[api] max_limit`: the most images one page holds, whatever `limit` asks for. */
export const rackspaceMaxPageSize = 1000;

/**
 * How many list requests one tab holds open at a time, all regions together (a gallery that reads
 * six regions at once still holds no more than four).
 */
export const rackspaceListRequestsAtOnce = 4;
