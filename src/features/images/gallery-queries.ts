import type { ConnectionStatus } from '../../../contracts/console-api.ts';
import { citrixImageQueries } from '../../api/citrix/images.ts';
import { citrixSiteOf, type CitrixSite } from '../../api/citrix/sites.ts';
import { rackspaceListingQueries } from '../../api/rackspace/image-listing.ts';
import { everyCitrixImage, galleryRegions } from './gallery-reads.ts';

export interface RackspaceConnection {
  tenantId: string;
  /** Upper case, as the connection reports them; every region of the service catalog. */
  regions: string[];
}

/** The clouds the gallery reads, from the console's connection: null for one not connected. */
export function galleryClouds(connection: ConnectionStatus): {
  citrix: CitrixSite | null;
  rackspace: RackspaceConnection | null;
} {
  const { rackspace } = connection;
  return {
    citrix: citrixSiteOf(connection.citrix),
    rackspace:
      rackspace.state === 'connected'
        ? {
            tenantId: rackspace.tenantId,
            regions: galleryRegions(rackspace),
          }
        : null,
  };
}

/**
 * Answers read a moment ago are not read again when the gallery mounts: the app starts the
 * reads while the page's code loads (`prefetch-gallery.ts`), and a 2 MB list that arrived just
 * before the page drew would otherwise be asked for twice. Older ones are, as for any query.
 */
const justReadMs = 10_000;
const unlessJustRead = (query: { state: { dataUpdatedAt: number } }) =>
  Date.now() - query.state.dataUpdatedAt > justReadMs;

/** The gallery's reads: Citrix's one list of every image, and every Rackspace region's listing. */
export const galleryQueries = {
  citrix: (site: CitrixSite) => ({
    ...citrixImageQueries.list(site, everyCitrixImage),
    refetchOnMount: unlessJustRead,
  }),
  rackspace: ({ tenantId, regions }: RackspaceConnection) => ({
    ...rackspaceListingQueries.everywhere(tenantId, regions),
    refetchOnMount: unlessJustRead,
  }),
};
