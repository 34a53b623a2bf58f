import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { rackspaceApi } from '../../lib/api-clients.ts';
import { createRequestSlots } from '../../lib/request-slots.ts';
import {
  rackspaceImagesPath,
  rackspaceListingPath,
  rackspaceListingSearch,
  rackspaceListRequestsAtOnce,
  type RackspaceAccount,
  type RackspaceApiFilters,
  type RackspacePageRequest,
} from './image-requests.ts';

const linkSchema = z.object({ rel: z.string(), href: z.string() });

/**
 * `OS-EXT-IMG-SIZE:size`, in bytes. Most answers send a number; seed 004 types it xsd:string and
 * Nova's published samples write it as one ("74185822"), so a string of digits reads as the same
 * number. Missing or null (an image still SAVING) reads as undefined.
 */
const imageSize = notReported(
  z.union([
    z.number(),
    z.pipe(z.string().check(z.regex(/^\d+$/, 'a number of bytes')), z.transform(Number)),
  ]),
);

/**
 * Glance properties. An unset one comes back as null (Nova's samples: `"ramdisk_id": null`); it is
 * left out here, as if never set, so every reader (OS, type, the metadata table) sees it as unknown.
 */
const metadataSchema = z.pipe(
  notReported(z.record(z.string(), optionalText)),
  z.transform((metadata) =>
    Object.fromEntries(
      Object.entries(metadata ?? {}).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    ),
  ),
);

/** One image of `GET /images/detail` or `GET /images/{id}` (Rackspace Cloud Servers v2). */
export const rackspaceImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  progress: notReported(z.number()),
  created: optionalText,
  updated: optionalText,
  minDisk: notReported(z.number()),
  minRam: notReported(z.number()),
  'OS-EXT-IMG-SIZE:size': imageSize,
  'OS-DCF:diskConfig': optionalText,
  metadata: metadataSchema,
  server: notReported(z.object({ id: z.string() })),
  links: z._default(z.array(linkSchema), []),
});
export type RackspaceImage = z.infer<typeof rackspaceImageSchema>;

export const rackspaceImagePageSchema = z.object({
  images: z.array(rackspaceImageSchema),
  images_links: z.optional(z.array(linkSchema)),
});

export const rackspaceSingleImageSchema = z.object({ image: rackspaceImageSchema });

/** Nova reports queued and saving images as SAVING, with progress 25 or 50. */
export function isRackspaceInFlight(image: Pick<RackspaceImage, 'status'>): boolean {
  return image.status === 'SAVING';
}

/** Images in flight settle in minutes; a few seconds between looks is enough to follow them. */
export const inFlightRefreshMs = 5000;

export interface RackspacePage {
  images: RackspaceImage[];
  /** The marker of the page after this one, from the `images_links` next link. */
  nextMarker: string | undefined;
}

/** Every list request of this tab, all regions together, waits for one of these. */
export const rackspaceListSlots = createRequestSlots(rackspaceListRequestsAtOnce);

export async function getRackspacePage(
  account: RackspaceAccount,
  filters: RackspaceApiFilters,
  page: RackspacePageRequest,
  signal: AbortSignal,
): Promise<RackspacePage> {
  const searchParams = rackspaceListingSearch(filters, page);
  const body = rackspaceImagePageSchema.parse(
    await rackspaceListSlots(signal, () =>
      rackspaceApi.get(rackspaceListingPath(account), { searchParams, signal }).json(),
    ),
  );
  const next = body.images_links?.find((link) => link.rel === 'next');
  // The cloud's link is absolute; through the proxy it is a path (`/api/rackspace/...`). Only
  // the marker is read from it, so any base resolves it.
  const nextMarker = next
    ? (new URL(next.href, 'https://link.invalid').searchParams.get('marker') ?? undefined)
    : undefined;
  return { images: body.images, nextMarker };
}

async function getRackspaceImage(account: RackspaceAccount, imageId: string, signal: AbortSignal) {
  const path = `${rackspaceImagesPath(account)}/${encodeURIComponent(imageId)}`;
  return rackspaceSingleImageSchema.parse(await rackspaceApi.get(path, { signal }).json()).image;
}

/** Rackspace Cloud Servers v2 images, one by one; whole regions are in `image-listing.ts`. */
export const rackspaceImageQueries = {
  all: () => ['rackspace', 'images'] as const,
  details: () => [...rackspaceImageQueries.all(), 'detail'] as const,
  detail: (account: RackspaceAccount, imageId: string) =>
    queryOptions({
      queryKey: [...rackspaceImageQueries.details(), account, imageId] as const,
      queryFn: ({ signal }) => getRackspaceImage(account, imageId, signal),
      refetchInterval: (query) =>
        query.state.data && isRackspaceInFlight(query.state.data) ? inFlightRefreshMs : false,
    }),
};
