import type { ConnectionStatus } from '../../../contracts/console-api.ts';

/**
 * The Citrix customer and site every catalog-service path starts with. The SPA never reads it from
 * the cloud itself: the proxy discovers it and the connection status reports it.
 */
export interface CitrixSite {
  customerId: string;
  siteId: string;
}

/** `{customerId}/{siteId}`, the start of every catalog-service path. */
export const sitePath = ({ customerId, siteId }: CitrixSite) =>
  `${encodeURIComponent(customerId)}/${encodeURIComponent(siteId)}`;

/** The site's machine catalogs, and one of them. */
export const catalogsPath = (site: CitrixSite) => `${sitePath(site)}/catalogs`;
export const catalogPath = (site: CitrixSite, catalogId: string) =>
  `${catalogsPath(site)}/${encodeURIComponent(catalogId)}`;

/** The site's template images, and one of them. */
export const citrixImagesPath = (site: CitrixSite) => `${sitePath(site)}/images`;
export const citrixImagePath = (site: CitrixSite, imageId: string) =>
  `${citrixImagesPath(site)}/${encodeURIComponent(imageId)}`;

/** The site of a connected Citrix connection; null while Citrix is not connected. */
export function citrixSiteOf(citrix: ConnectionStatus['citrix'] | undefined): CitrixSite | null {
  return citrix?.state === 'connected'
    ? { customerId: citrix.customerId, siteId: citrix.siteId }
    : null;
}
