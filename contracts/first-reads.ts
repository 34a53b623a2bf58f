/**
 * The reads a page starts with, as exact URLs, from the console's connection. The server names
 * them in the page's HTML (`<link rel="preload" as="fetch">`), so the clouds answer them while the
 * page's code arrives and runs instead of after: in a fresh browser the app asks only once its
 * scripts have been compiled and run, most of a second after the HTML. The browser hands a
 * preloaded answer only to a request for the very same URL, so the app builds its own from the
 * figures here, and `src/app/first-reads.test.ts` checks that it asks for exactly these.
 */
import type { ConnectionStatus } from './console-api.ts';

/**
 * Each Rackspace region's first page: small, so the region's first cards come soon (a page of
 * 1,000 images is about 1.7 MB to send and read). Its later pages are Rackspace's largest.
 */
export const rackspaceFirstPageSize = 100;

/** How many Rackspace listings the browser has open at once, whatever the number of regions. */
export const rackspaceListsAtOnce = 4;

/**
 * The Rackspace regions the gallery reads: every region of the service catalog, or the account's
 * default one when the catalog lists none. Upper case, as the connection reports them.
 */
export function rackspaceGalleryRegions(rackspace: ConnectionStatus['rackspace']): string[] {
  if (rackspace.state !== 'connected') return [];
  return rackspace.regions.length > 0 ? rackspace.regions : [rackspace.region];
}

/** The catalog-service query the gallery lists Citrix's images with: every image there is. */
export const citrixEveryImageQuery = 'includeCitrixPrepared=true&includeCustomerPrepared=true';

/**
 * The gallery's first reads: Citrix's list of every image, and the first page of the regions the
 * browser asks at once (the others wait for one of those, as the app's own requests do).
 */
export function galleryFirstReads({ citrix, rackspace }: ConnectionStatus): string[] {
  const reads: string[] = [];
  if (citrix.state === 'connected') {
    const site = `${encodeURIComponent(citrix.customerId)}/${encodeURIComponent(citrix.siteId)}`;
    reads.push(`/api/catalogservice/${site}/images?${citrixEveryImageQuery}`);
  }
  if (rackspace.state === 'connected') {
    const tenant = encodeURIComponent(rackspace.tenantId);
    for (const region of rackspaceGalleryRegions(rackspace).slice(0, rackspaceListsAtOnce)) {
      reads.push(
        `/api/rackspace/${region.toLowerCase()}/v2/${tenant}/images/detail?limit=${rackspaceFirstPageSize}`,
      );
    }
  }
  return reads;
}

/** The route patterns (`contracts/page-modules.ts`) whose pages have first reads: the gallery's. */
const galleryPatterns = new Set(['/', '/images']);
export const hasFirstReads = (pattern: string) => galleryPatterns.has(pattern);

/** The first reads of the page a route pattern draws; none for most pages. */
export function firstReadsOf(pattern: string, connection: ConnectionStatus): string[] {
  return hasFirstReads(pattern) ? galleryFirstReads(connection) : [];
}
