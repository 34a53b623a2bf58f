import type { QueryClient } from '@tanstack/react-query';
import { catalogQueries } from '../../api/citrix/catalogs.ts';
import { citrixSiteOf } from '../../api/citrix/sites.ts';
import { connectionQueries } from '../../api/console/connection.ts';

/**
 * Starts a catalog page's read with the key its query uses, once the connection has named the
 * Citrix site (the HTML preloads it), so the cloud works on it while the page's code runs and
 * draws (`app/first-page-reads.ts`). Only that imports this module, so it is a chunk of its own
 * that the catalog page's HTML names first (`contracts/page-modules.ts`).
 */
export async function prefetchCatalog(queryClient: QueryClient, catalogId: string) {
  const { citrix } = await queryClient.ensureQueryData(connectionQueries.status());
  const site = citrixSiteOf(citrix);
  if (site) void queryClient.prefetchQuery(catalogQueries.detail(site, catalogId));
}
