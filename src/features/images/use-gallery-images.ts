import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isCitrixInFlight } from '../../api/citrix/images.ts';
import type { CitrixSite } from '../../api/citrix/sites.ts';
import {
  rackspaceListingQueries,
  type RegionListing,
  type RegionListings,
} from '../../api/rackspace/image-listing.ts';
import { isRackspaceInFlight } from '../../api/rackspace/images.ts';
import {
  fromCitrixImage,
  fromRackspaceImage,
  galleryImageKey,
  type GalleryImage,
} from './gallery-image.ts';
import { regionWords } from '../../lib/region-words.ts';
import { galleryQueries, type RackspaceConnection } from './gallery-queries.ts';

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

// And each image once: a region's next page, or a refresh that changed a few images, converts
// only the new ones, and an unchanged image keeps its object, so its card is not drawn again.
// An image in progress is converted every time: its progress and "stuck" depend on the time.
const settled = new WeakMap<object, GalleryImage>();
function convertImage<T extends object>(
  raw: T,
  inFlight: boolean,
  convert: (raw: T) => GalleryImage,
) {
  if (inFlight) return convert(raw);
  let image = settled.get(raw);
  if (!image) settled.set(raw, (image = convert(raw)));
  return image;
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

/**
 * A region's lookup by exact name that failed, while the region's own listing is not all in:
 * until it is, the lookup was the only way to find that name there. Once the listing is complete
 * (or has failed, which says so itself) there is nothing more to report.
 */
function lookupSources(
  regions: readonly string[],
  listings: GallerySource[],
  named: UseQueryResult<RegionListings>,
  enabled: boolean,
): GallerySource[] {
  if (!enabled) return [];
  return regions.flatMap((region, index) => {
    const listing = listings[index]!;
    const error = named.data?.[region]?.error;
    if (error === undefined || listing.status === 'loaded' || listing.status === 'failed') {
      return [];
    }
    return [
      {
        key: `rackspace-name:${region}`,
        label: `${listing.label} name lookup`,
        status: 'failed',
        count: 0,
        error,
        updatedAt: named.dataUpdatedAt,
        fetching: named.isFetching,
        retry: () => void named.refetch(),
      },
    ];
  });
}

/**
 * Each image once within its source: a listing can hold an image twice (a page read again after
 * a next link that led back to it, an image that moved between pages while they were read).
 */
function oncePerId(images: GalleryImage[]): GalleryImage[] {
  const seen = new Set<string>();
  return images.filter((image) => {
    if (seen.has(image.id)) return false;
    seen.add(image.id);
    return true;
  });
}

/**
 * The parts to show: an image found both by name and in its region's listing shows once, from
 * its region. Named images are few, so only they are looked up.
 */
function withoutTwins(regionParts: GalleryImage[][], namedParts: GalleryImage[][]) {
  const named = namedParts.flat();
  if (named.length === 0) return regionParts;
  const namedKeys = new Set(named.map(galleryImageKey));
  const listed = new Set<string>();
  for (const part of regionParts) {
    for (const image of part) {
      const key = galleryImageKey(image);
      if (namedKeys.has(key)) listed.add(key);
    }
  }
  return [...regionParts, named.filter((image) => !listed.has(galleryImageKey(image)))];
}

/** The same array of parts while no part changed, so the sort and filters above run only then. */
function useStableParts(parts: GalleryImage[][]): GalleryImage[][] {
  const [kept, setKept] = useState(parts);
  const changed = kept.length !== parts.length || kept.some((part, i) => part !== parts[i]);
  if (!changed) return kept;
  setKept(parts);
  return parts;
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
  const citrixQuery = useQuery({ ...galleryQueries.citrix(citrix!), enabled: !!citrix });
  const regions = rackspace?.regions ?? none;
  const tenantId = rackspace?.tenantId ?? '';
  const listings = useQuery({
    ...galleryQueries.rackspace({ tenantId, regions }),
    enabled: !!rackspace,
  });
  const named = useQuery({
    ...rackspaceListingQueries.named(tenantId, regions, exactName ?? ''),
    enabled: !!rackspace && !!exactName,
  });

  const citrixImages = citrixQuery.data
    ? convertOnce(citrixQuery.data, (data) =>
        oncePerId(
          data.map((image) =>
            convertImage(image, isCitrixInFlight(image), (raw) =>
              fromCitrixImage(raw, citrixQuery.dataUpdatedAt),
            ),
          ),
        ),
      )
    : none;
  const toGallery = (data: RegionListings | undefined, at: number) =>
    regions.map((region) => {
      const listing = data?.[region];
      return listing
        ? convertOnce(listing, ({ images }) =>
            oncePerId(
              images.map((image) =>
                convertImage(image, isRackspaceInFlight(image), (raw) =>
                  fromRackspaceImage(raw, region, at),
                ),
              ),
            ),
          )
        : none;
    });
  const regionImages = toGallery(listings.data, listings.dataUpdatedAt);
  const namedImages = exactName ? toGallery(named.data, named.dataUpdatedAt) : [];

  const stable = useStableParts([citrixImages, ...regionImages, ...namedImages]);
  const listed = 1 + regionImages.length;
  const parts = useMemo(
    () => withoutTwins(stable.slice(0, listed), stable.slice(listed)),
    [stable, listed],
  );

  const regionSources = regions.map((region, index) =>
    regionSource(region, listings.data?.[region], listings, regionImages[index]!.length),
  );
  const sources: GallerySource[] = [
    ...(citrix ? [citrixSource(citrixQuery, citrixImages.length)] : []),
    ...regionSources,
    ...lookupSources(regions, regionSources, named, !!exactName),
  ];
  return { parts, sources };
}
