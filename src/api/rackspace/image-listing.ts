import { queryOptions } from '@tanstack/react-query';
import {
  getRackspacePage,
  inFlightRefreshMs,
  isRackspaceInFlight,
  rackspaceImageQueries,
  type RackspaceImage,
} from './images.ts';
import {
  firstListingPageSize,
  rackspaceMaxPageSize,
  type RackspaceAccount,
  type RackspaceApiFilters,
} from './image-requests.ts';

/** Every image of one region, as far as it has been read. */
export interface RegionListing {
  images: RackspaceImage[];
  /** Every page has been read; false while later pages are on their way. */
  complete: boolean;
}

/** With nothing in progress, a loaded region asks what changed this often. */
export const regionRefreshMs = 60_000;

/**
 * Pages of a listing, following the next link's marker until Rackspace sends no more: the first
 * page holds `firstLimit` images, every later one as many as Rackspace allows.
 */
async function* listPages(
  account: RackspaceAccount,
  filters: RackspaceApiFilters,
  signal: AbortSignal,
  firstLimit = rackspaceMaxPageSize,
) {
  let marker: string | undefined;
  // A next link back to a marker already followed would page forever; it ends the list instead.
  const followed = new Set<string>();
  do {
    if (marker) followed.add(marker);
    const limit = marker ? rackspaceMaxPageSize : firstLimit;
    const page = await getRackspacePage(account, filters, { marker, limit }, signal);
    yield page.images;
    // A full last page links an empty one (reference notes §1.3); that one ends the list.
    marker = page.images.length > 0 ? page.nextMarker : undefined;
  } while (marker && !followed.has(marker));
}

/** Every image of a listing, all its pages read. */
async function readAllPages(
  account: RackspaceAccount,
  filters: RackspaceApiFilters,
  signal: AbortSignal,
): Promise<RackspaceImage[]> {
  const images: RackspaceImage[] = [];
  for await (const page of listPages(account, filters, signal)) images.push(...page);
  return images;
}

/**
 * The latest `updated` of the images read. Rackspace stamps a change with its own clock, so a
 * later change is stamped at or after it: asking from there misses none, whatever the browser's
 * clock says.
 */
function lastChange(images: readonly RackspaceImage[]): string | undefined {
  let latest = Number.NEGATIVE_INFINITY;
  for (const image of images) latest = Math.max(latest, Date.parse(image.updated ?? '') || latest);
  return Number.isFinite(latest) ? new Date(latest).toISOString() : undefined;
}

/** Changed images replace their old selves in place; new ones go first; DELETED ones go. */
export function mergeChanges(images: readonly RackspaceImage[], changed: RackspaceImage[]) {
  const byId = new Map(changed.map((image) => [image.id, image]));
  const updated = images.flatMap((image) => {
    const change = byId.get(image.id);
    if (!change) return [image];
    byId.delete(image.id);
    return change.status === 'DELETED' ? [] : [change];
  });
  const added = [...byId.values()].filter((image) => image.status !== 'DELETED');
  return [...added, ...updated];
}

/**
 * One region's images: the first load reads every page (`onPage` shows each as it arrives); once
 * complete, a refresh asks only for what changed since (`changes-since`), usually one request.
 */
async function loadRegion(
  account: RackspaceAccount,
  previous: RegionListing | undefined,
  signal: AbortSignal,
  onPage: (partial: RegionListing) => void,
): Promise<RegionListing> {
  const since = previous?.complete ? lastChange(previous.images) : undefined;
  if (previous && since) {
    const changed = await readAllPages(account, { changesSince: since }, signal);
    return { images: mergeChanges(previous.images, changed), complete: true };
  }
  let images: RackspaceImage[] = [];
  for await (const page of listPages(account, {}, signal, firstListingPageSize)) {
    images = images.concat(page);
    onPage({ images, complete: false });
  }
  return { images, complete: true };
}

/** Every region's listing, by region; a region that failed keeps what it had, with its error. */
export type RegionListings = Record<string, RegionListing & { error?: unknown }>;

const inFlightAnywhere = (listings: RegionListings | undefined) =>
  Object.values(listings ?? {}).some((listing) => listing.images.some(isRackspaceInFlight));

/**
 * Rackspace images of every region. One query for all regions rather than one per region:
 * `useQueries` would add its observer to the first route's JavaScript, which has a budget. The
 * regions still load side by side and apart: a region that fails is reported on its own while the
 * others show, and a retry reloads it while the loaded ones only ask what changed.
 */
export const rackspaceListingQueries = {
  all: () => [...rackspaceImageQueries.all(), 'everywhere'] as const,
  everywhere: (tenantId: string, regions: readonly string[]) =>
    queryOptions({
      queryKey: [...rackspaceListingQueries.all(), tenantId, regions] as const,
      queryFn: async ({ signal, client, queryKey }): Promise<RegionListings> => {
        const previous = client.getQueryData<RegionListings>(queryKey);
        const show = (region: string, listing: RegionListing) =>
          client.setQueryData<RegionListings>(queryKey, (old) => ({ ...old, [region]: listing }));
        const loaded = await Promise.all(
          regions.map(async (region) => {
            const before = previous?.[region];
            try {
              const listing = await loadRegion({ region, tenantId }, before, signal, (partial) =>
                show(region, partial),
              );
              return [region, listing] as const;
            } catch (error) {
              if (signal.aborted) throw error;
              const kept = before ?? { images: [], complete: false };
              return [region, { ...kept, error }] as const;
            }
          }),
        );
        return Object.fromEntries(loaded);
      },
      refetchInterval: (query) =>
        inFlightAnywhere(query.state.data) ? inFlightRefreshMs : regionRefreshMs,
    }),
  /**
   * Images named exactly `name` in every region (Rackspace's `name` is an equality match). As
   * with the listings, a region whose lookup fails keeps its error to itself: what the other
   * regions found shows at once.
   */
  named: (tenantId: string, regions: readonly string[], name: string) =>
    queryOptions({
      queryKey: [...rackspaceListingQueries.all(), tenantId, regions, { name }] as const,
      queryFn: async ({ signal }): Promise<RegionListings> => {
        const found = await Promise.all(
          regions.map(async (region) => {
            try {
              const images = await readAllPages({ region, tenantId }, { name }, signal);
              return [region, { images, complete: true }] as const;
            } catch (error) {
              if (signal.aborted) throw error;
              return [region, { images: [], complete: false, error }] as const;
            }
          }),
        );
        return Object.fromEntries(found);
      },
    }),
};
