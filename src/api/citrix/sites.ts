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

/** One machine catalog under the site. */
export const catalogPath = (site: CitrixSite, catalogId: string) =>
  `${sitePath(site)}/catalogs/${encodeURIComponent(catalogId)}`;

/** One template image under the site. */
export const citrixImagePath = (site: CitrixSite, imageId: string) =>
  `${sitePath(site)}/images/${encodeURIComponent(imageId)}`;

/** The site of a connected Citrix connection; null while Citrix is not connected. */
export function citrixSiteOf(citrix: ConnectionStatus['citrix'] | undefined): CitrixSite | null {
  return citrix?.state === 'connected'
    ? { customerId: citrix.customerId, siteId: citrix.siteId }
    : null;
}
