import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { catalogServiceApi } from '../../lib/api-clients.ts';
import { citrixImageListSearch, type CitrixApiFilters } from './image-list-request.ts';
import { citrixImagePath, citrixImagesPath, type CitrixSite } from './sites.ts';

/**
 * `TemplateImageOverview` (catalog service), the fields the console shows. Optional where the
 * service may leave them out: the seed document's own example omits several of them, and sends
 * `"status": ""` and `"extraInfo": ""` for a Ready image; missing, null and "" all read as undefined.
 */
export const citrixImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  sessionSupport: z.string(),
  state: z.string(),
  subState: optionalText,
  osPlatform: optionalText,
  osName: optionalText,
  osVersion: optionalText,
  isServerOs: notReported(z.boolean()),
  vdaVersion: optionalText,
  statusMessageId: optionalText,
  status: optionalText,
  extraInfo: optionalText,
  notes: optionalText,
  transactionId: optionalText,
  subscriptionId: optionalText,
  subscriptionName: optionalText,
  resourceGroup: optionalText,
  storageAccount: optionalText,
  region: optionalText,
  builderVmName: optionalText,
  builderVmType: optionalText,
  builderVmDiskSize: optionalText,
  builderDomainName: optionalText,
  hyperVGen: optionalText,
  vtpmEnabled: notReported(z.boolean()),
  secureBootEnabled: notReported(z.boolean()),
  // Read as false when left out, as the rollout wizard always has (it offers the image as
  // customer-prepared).
  citrixPrepared: z.pipe(
    z.nullish(z.boolean()),
    z.transform((value) => value ?? false),
  ),
  isDeprecated: notReported(z.boolean()),
  linkedCatalogs: notReported(z.number().check(z.int())),
  linkedCatalogsNames: notReported(z.array(z.string())),
  createdDate: optionalText,
  finalizedDate: optionalText,
  diskSizeInGB: notReported(z.number()),
  startedAt: optionalText,
  estimatedTimeInMinute: notReported(z.number()),
});
export type CitrixImage = z.infer<typeof citrixImageSchema>;

export const citrixImageListSchema = z.object({ items: z.array(citrixImageSchema) });

/** `TemplateImageDetails`: the overview plus the catalogs that use the image. */
export const citrixImageDetailsSchema = z.extend(citrixImageSchema, {
  catalogs: z.nullish(
    z.array(
      z.object({
        catalogId: z.string(),
        catalogName: z.string(),
        state: z.string(),
        azureSubscription: optionalText,
      }),
    ),
  ),
  applications: z.nullish(
    z.array(z.object({ id: z.string(), name: z.string(), applicationPath: z.string() })),
  ),
});
export type CitrixImageDetails = z.infer<typeof citrixImageDetailsSchema>;

/** Citrix states that change by themselves (the catalog service is still preparing the image). */
const citrixStatesInFlight = new Set(['Pending', 'Importing', 'Enumerating']);

export function isCitrixInFlight(image: Pick<CitrixImage, 'state'>): boolean {
  return citrixStatesInFlight.has(image.state) || image.state.startsWith('Builder');
}

/** Images in flight settle in minutes; a few seconds between looks is enough to follow them. */
export const inFlightRefreshMs = 5000;

async function getCitrixImages(
  site: CitrixSite,
  filters: CitrixApiFilters | undefined,
  signal: AbortSignal,
) {
  const searchParams = citrixImageListSearch(filters);
  const body = await catalogServiceApi.get(citrixImagesPath(site), { searchParams, signal }).json();
  return citrixImageListSchema.parse(body).items;
}

async function getCitrixImage(site: CitrixSite, imageId: string, signal: AbortSignal) {
  const body = await catalogServiceApi.get(citrixImagePath(site, imageId), { signal }).json();
  return citrixImageDetailsSchema.parse(body);
}

/** Catalog-service template images (`/{customerId}/{siteId}/images`). */
export const citrixImageQueries = {
  all: () => ['citrix', 'images'] as const,
  lists: () => [...citrixImageQueries.all(), 'list'] as const,
  list: (site: CitrixSite, filters?: CitrixApiFilters) =>
    queryOptions({
      queryKey: [...citrixImageQueries.lists(), site, filters ?? 'service-defaults'] as const,
      queryFn: ({ signal }) => getCitrixImages(site, filters, signal),
      // Polls only while something is on its way; React Query pauses it while the tab is hidden.
      refetchInterval: (query) =>
        query.state.data?.some(isCitrixInFlight) ? inFlightRefreshMs : false,
    }),
  details: () => [...citrixImageQueries.all(), 'detail'] as const,
  detail: (site: CitrixSite, imageId: string) =>
    queryOptions({
      queryKey: [...citrixImageQueries.details(), site, imageId] as const,
      queryFn: ({ signal }) => getCitrixImage(site, imageId, signal),
      refetchInterval: (query) =>
        query.state.data && isCitrixInFlight(query.state.data) ? inFlightRefreshMs : false,
    }),
};
