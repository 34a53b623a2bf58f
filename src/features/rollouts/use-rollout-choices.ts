import { useQuery } from '@tanstack/react-query';
import { catalogQueries } from '../../api/citrix/catalogs.ts';
import { citrixImageQueries } from '../../api/citrix/images.ts';
import type { CitrixSite } from '../../api/citrix/sites.ts';
import { eligibleImages, imageChoice } from './preflight.ts';
import { useRolloutPreflight } from './use-rollout-preflight.ts';

/**
 * The wizard's catalog and image as the address names them, read from the site and checked:
 * whether the catalog can take a new image now, and whether the named image fits it.
 */
export function useRolloutChoices(
  scope: CitrixSite,
  catalogId: string | null,
  imageId: string | null,
) {
  const catalogsQuery = useQuery(catalogQueries.list(scope));
  const catalogQuery = useQuery({
    ...catalogQueries.detail(scope, catalogId ?? ''),
    enabled: catalogId !== null,
  });
  const imagesQuery = useQuery(citrixImageQueries.list(scope));

  const catalogs = catalogsQuery.data ?? [];
  const catalog = catalogQuery.data ?? catalogs.find((c) => c.id === catalogId);
  const images = imagesQuery.data ?? [];
  const preflight = useRolloutPreflight(catalogId, catalog);
  const { chosen, refusal } = imageChoice(imagesQuery.data, imageId, catalog);
  const unknownCatalogId =
    catalogId !== null && catalogsQuery.data !== undefined && !catalog && catalogQuery.isError
      ? catalogId
      : null;

  return {
    /** What the wizard waits for before it shows anything. */
    queries: [catalogsQuery, imagesQuery],
    catalogs,
    catalog,
    preflight,
    /** The catalog ID the address asked for, when the site has no such catalog. */
    unknownCatalogId,
    /** The site's images this catalog could take: Ready, of its session support. */
    eligible: catalog ? eligibleImages(images, catalog) : [],
    currentImage: images.find((image) => image.id === catalog?.imageId),
    /** The image the wizard was started from (the address names it), whichever catalog is chosen. */
    startingImage: images.find((image) => image.id === imageId),
    chosen,
    refusal,
    /** Reads the catalog afresh, e.g. to learn whether a lost request was accepted. */
    refetchCatalog: catalogQuery.refetch,
  };
}
