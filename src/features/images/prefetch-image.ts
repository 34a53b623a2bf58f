import type { QueryClient } from '@tanstack/react-query';
import { citrixImageQueries } from '../../api/citrix/images.ts';
import { citrixSiteOf } from '../../api/citrix/sites.ts';
import { connectionQueries } from '../../api/console/connection.ts';
import { rackspaceImageQueries } from '../../api/rackspace/images.ts';
import { rackspaceDetailAccount } from './rackspace-detail-account.ts';

/**
 * Starts an image page's read with the key its query uses, once the connection is known (the
 * HTML preloads it), so the cloud works on it while the page's code runs and draws
 * (`app/first-page-reads.ts`). A chunk of its own that the image page's HTML names first
 * (`contracts/page-modules.ts`).
 */
export async function prefetchImage(
  queryClient: QueryClient,
  provider: string,
  imageId: string,
  search: string,
) {
  const status = await queryClient.ensureQueryData(connectionQueries.status());
  if (provider === 'citrix') {
    const site = citrixSiteOf(status.citrix);
    if (site) void queryClient.prefetchQuery(citrixImageQueries.detail(site, imageId));
  } else if (provider === 'rackspace') {
    const account = rackspaceDetailAccount(
      status.rackspace,
      new URLSearchParams(search).get('region'),
    );
    if (account) void queryClient.prefetchQuery(rackspaceImageQueries.detail(account, imageId));
  }
}
