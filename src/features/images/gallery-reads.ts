import type { CitrixApiFilters } from '../../api/citrix/image-list-request.ts';

/**
 * What the gallery asks each cloud for, apart from its queries (`gallery-queries.ts`), so that
 * the early reads (`src/early-reads/routes.ts`) send the same requests before the app's code.
 */

/** Every template image the catalog service has, whoever prepared it. */
export const everyCitrixImage: CitrixApiFilters = {
  includeCitrixPrepared: true,
  includeCustomerPrepared: true,
  azureSubscriptions: [],
};

/** The Rackspace regions the gallery lists: every region of the service catalog, else the default. */
export const galleryRegions = (rackspace: { region: string; regions: string[] }) =>
  rackspace.regions.length > 0 ? rackspace.regions : [rackspace.region];
