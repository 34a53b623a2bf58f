import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { citrixImageQueries, type CitrixApiFilters } from '../../api/citrix/images.ts';
import type { CitrixSite } from '../../api/citrix/sites.ts';
import {
  rackspaceListingQueries,
  type RegionListing,
  type RegionListings,
} from '../../api/rackspace/image-listing.ts';
import {
  fromCitrixImage,
  fromRackspaceImage,
  galleryImageKey,
  type GalleryImage,
} from './gallery-image.ts';
import { regionWords } from '../../lib/region-words.ts';

export interface RackspaceConnection {
  tenantId: string;
  /** Upper case, as the connection reports them; every region of the service catalog. */
  regions: string[];
}

/** Where images come from: Citrix DaaS, or one Rackspace region. */
export interface GallerySource {
  key: string;
  label: string;
  status: 'loading' | 'partial' | 'loaded' | 'failed';
  count: number;
  error: unknown;
  updatedAt: number;
  fetching: boolean;
  retry: () => void;
}

const everyImage: CitrixApiFilters = {
  includeCitrixPrepared: true,
  includeCustomerPrepared: true,
  azureSubscriptions: [],
};

/** One empty list, so "nothing yet" is the same part from one render to the next. */
const none: never[] = [];

// Each answer is converted once: a refresh that changed nothing keeps the same data (structural
// sharing), so the same cards.
const converted = new WeakMap<object, GalleryImage[]>();
function convertOnce<T extends object>(data: T, convert: (data: T) => GalleryImage[]) {
  let images = converted.get(data);
  if (!images) converted.set(data, (images = convert(data)));
  return images;
}

function citrixSource(query: UseQueryResult<unknown>, count: number): GallerySource {
  return {
    key: 'citrix',
    label: 'Citrix DaaS',
    status: query.isSuccess ? 'loaded' : query.isError ? 'failed' : 'loading',
    count,
    error: query.error,
    updatedAt: query.dataUpdatedAt,
    fetching: query.isFetching,
    retry: () => void query.refetch(),
  };
}

function regionSource(
  region: string,
  listing: (RegionListing & { error?: unknown }) | undefined,
  query: UseQueryResult<RegionListings>,
  count: number,
): GallerySource {
  const failed = listing?.error !== undefined || (query.isError && !listing?.complete);
  return {
    key: `rackspace:${region}`,
    label: `Rackspace ${regionWords(region)}`,
    status: failed ? 'failed' : !listing ? 'loading' : listing.complete ? 'loaded' : 'partial',
    count,
    error: listing?.error ?? query.error,
    updatedAt: query.dataUpdatedAt,
    fetching: query.isFetching,
    // Loaded regions only ask what changed; this one is read again.
    retry: () => void query.refetch(),
  };
}

/** One list of every part; an image found twice (by name and in its region) shows once. */
function join(parts: GalleryImage[][]): GalleryImage[] {
  const seen = new Set<string>();
  return parts.flat().filter((image) => {
    const key = galleryImageKey(image);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A new list only when one of its parts changed, so the sort and filters above run only then. */
function useJoined(parts: GalleryImage[][]): GalleryImage[] {
  const [joined, setJoined] = useState(() => ({ parts, images: join(parts) }));
  const changed =
    joined.parts.length !== parts.length || joined.parts.some((part, i) => part !== parts[i]);
  if (!changed) return joined.images;
  const next = { parts, images: join(parts) };
  setJoined(next);
  return next.images;
}

/**
 * Every image of the connected clouds: Citrix's one list and each Rackspace region's, read side
 * by side and shown as they arrive. With an exact name, Rackspace is also asked for it in every
 * region, so it is found before (or without) the whole region being read.
 */
export function useGalleryImages(
  citrix: CitrixSite | null,
  rackspace: RackspaceConnection | null,
  exactName: string | null,
) {
  const citrixQuery = useQuery({
    ...citrixImageQueries.list(citrix!, everyImage),
    enabled: !!citrix,
  });
  const regions = rackspace?.regions ?? none;
  const tenantId = rackspace?.tenantId ?? '';
  const listings = useQuery({
    ...rackspaceListingQueries.everywhere(tenantId, regions),
    enabled: !!rackspace,
  });
  const named = useQuery({
    ...rackspaceListingQueries.named(tenantId, regions, exactName ?? ''),
    enabled: !!rackspace && !!exactName,
  });

  const citrixImages = citrixQuery.data
    ? convertOnce(citrixQuery.data, (data) =>
        data.map((image) => fromCitrixImage(image, citrixQuery.dataUpdatedAt)),
      )
    : none;
  const toGallery = (data: RegionListings | undefined, at: number) =>
    regions.map((region) => {
      const listing = data?.[region];
      return listing
        ? convertOnce(listing, ({ images }) =>
            images.map((image) => fromRackspaceImage(image, region, at)),
          )
        : none;
    });
  const regionImages = toGallery(listings.data, listings.dataUpdatedAt);
  const namedImages = exactName ? toGallery(named.data, named.dataUpdatedAt) : [];

  const images = useJoined([citrixImages, ...regionImages, ...namedImages]);

  const sources: GallerySource[] = [
    ...(citrix ? [citrixSource(citrixQuery, citrixImages.length)] : []),
    ...regions.map((region, index) =>
      regionSource(region, listings.data?.[region], listings, regionImages[index]!.length),
    ),
  ];
  return { images, sources };
}
