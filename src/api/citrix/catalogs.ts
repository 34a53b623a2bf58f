import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { operationIdHeader } from '../../../contracts/identity-api.ts';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { catalogServiceApi } from '../../lib/api-clients.ts';
import { operationQueries } from '../console/operations.ts';
import { citrixImageQueries } from './images.ts';
import { catalogPath, catalogsPath, type CitrixSite } from './sites.ts';

// The catalog service may leave optional fields out, send null or send "" (the spec's own
// CatalogWarning example has `"type": ""`); the console reads all three as "not reported"
// (undefined). Only the fields the console shows are parsed.
const text = optionalText;
const count = notReported(z.number());
const flag = notReported(z.boolean());

export const catalogWarningSchema = z.object({
  type: text,
  isDismissible: flag,
  warningMessage: text,
  isError: flag,
});

/** `CatalogOverview` / `CatalogConfiguration` (reference/citrix-notes.md §3.3). */
export const catalogSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  subState: text,
  statusMessage: text,
  warnings: z.pipe(
    z.nullish(z.array(catalogWarningSchema)),
    z.transform((warnings) => warnings ?? []),
  ),
  sessionSupport: text,
  allocationType: text,
  catalogType: text,
  region: z.string(),
  subscriptionName: z.string(),
  subscriptionId: text,
  resourceGroup: z.string(),
  resourceLocationId: text,
  vNetName: z.string(),
  subnet: text,
  domainJoined: flag,
  domainName: text,
  domainOU: text,
  isAzureAdJoined: flag,
  vmTypeInstanceType: text,
  imageId: text,
  templateImageName: text,
  templateImageOs: text,
  citrixManaged: flag,
  totalMachinesInCatalog: count,
  numOfUsers: count,
  maxNumOfUsers: count,
  taskCompletionPercentage: count,
  lastModifiedTime: text,
  supportsHibernation: flag,
  enableAcceleratedNetworking: flag,
  enableEncryptionAtHost: flag,
  deliveryGroupId: z.string(),
});
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogWarning = z.infer<typeof catalogWarningSchema>;

export const catalogListSchema = z.object({ items: z.array(catalogSchema) });

/** `CatalogStatusOverview`: what the `Location` of `$updateImage` answers. */
export const catalogStatusSchema = z.object({
  state: z.string(),
  subState: text,
  statusMessage: text,
  catalogErrorDetails: text,
  warnings: z.pipe(
    z.nullish(z.array(catalogWarningSchema)),
    z.transform((warnings) => warnings ?? []),
  ),
  transactionId: text,
  startedAt: text,
  estimatedTimeInMinute: count,
});
export type CatalogStatus = z.infer<typeof catalogStatusSchema>;

async function getCatalogs(site: CitrixSite, signal: AbortSignal) {
  const body = await catalogServiceApi.get(catalogsPath(site), { signal }).json();
  return catalogListSchema.parse(body).items;
}

async function getCatalog(site: CitrixSite, catalogId: string, signal: AbortSignal) {
  const body = await catalogServiceApi.get(catalogPath(site, catalogId), { signal }).json();
  return catalogSchema.parse(body);
}

/** Catalog-service machine catalogs (`/{customerId}/{siteId}/catalogs`). */
export const catalogQueries = {
  all: () => ['citrix', 'catalogs'] as const,
  lists: () => [...catalogQueries.all(), 'list'] as const,
  list: (site: CitrixSite) =>
    queryOptions({
      queryKey: [...catalogQueries.lists(), site] as const,
      queryFn: ({ signal }) => getCatalogs(site, signal),
    }),
  details: () => [...catalogQueries.all(), 'detail'] as const,
  detail: (site: CitrixSite, catalogId: string) =>
    queryOptions({
      queryKey: [...catalogQueries.details(), site, catalogId] as const,
      queryFn: ({ signal }) => getCatalog(site, catalogId, signal),
    }),
};

/** How the catalog's machines take the new image (`vdaUpdateDelay` -1: at next shutdown). */
export interface UpdateImageSettings {
  vdaUpdateDelay: number;
  warningTitle: string | null;
  warningMessage: string | null;
}

export interface UpdateImageRequest {
  site: CitrixSite;
  catalogId: string;
  templateId: string;
  citrixPrepared: boolean;
  settings: UpdateImageSettings;
}

/** The exact path and body the wizard sends, shown on the review step before confirming. */
export function describeUpdateImageRequest(request: UpdateImageRequest) {
  const path = `${catalogPath(request.site, request.catalogId)}/$updateImage?async=true`;
  const body = {
    templateId: request.templateId,
    citrixPrepared: request.citrixPrepared,
    vdaUpdateDelay: request.settings.vdaUpdateDelay,
    ...(request.settings.warningTitle !== null && { warningTitle: request.settings.warningTitle }),
    ...(request.settings.warningMessage !== null && {
      warningMessage: request.settings.warningMessage,
    }),
  };
  return { method: 'POST', path, url: `/catalogservice/${path}`, body };
}

export interface AcceptedUpdate {
  /** The update's status address (the proxy's same-origin path); the server follows it. */
  location: string | null;
  transactionId: string | null;
  /** The console server's record that follows the update; null from a server that keeps none. */
  operationId: string | null;
}

async function postUpdateImage(request: UpdateImageRequest): Promise<AcceptedUpdate> {
  const { path, body } = describeUpdateImageRequest(request);
  const response = await catalogServiceApi.post(path, { json: body });
  return {
    location: response.headers.get('Location'),
    transactionId: response.headers.get('Citrix-TransactionId'),
    operationId: response.headers.get(operationIdHeader),
  };
}

/** Submits `$updateImage`. Never retried: the first request may have been accepted. */
export function useUpdateCatalogImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postUpdateImage,
    retry: false,
    // Not awaited: the wizard moves on as soon as the update is accepted.
    onSuccess: (_accepted, request) =>
      void Promise.all([
        // The catalog now reports the update, in its page and in the list.
        queryClient.invalidateQueries({
          queryKey: catalogQueries.detail(request.site, request.catalogId).queryKey,
        }),
        queryClient.invalidateQueries({ queryKey: catalogQueries.lists() }),
        // Images count and name the catalogs that use them.
        queryClient.invalidateQueries({ queryKey: citrixImageQueries.all() }),
        // The server recorded a new running operation: the Operations menu and histories show it.
        queryClient.invalidateQueries({ queryKey: operationQueries.lists() }),
      ]),
  });
}
