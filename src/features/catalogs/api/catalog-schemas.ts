import { z } from 'zod';
import { notReported, optionalText } from '../../../../contracts/not-reported.ts';

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
  warnings: z
    .array(catalogWarningSchema)
    .nullish()
    .transform((warnings) => warnings ?? []),
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
  warnings: z
    .array(catalogWarningSchema)
    .nullish()
    .transform((warnings) => warnings ?? []),
  transactionId: text,
  startedAt: text,
  estimatedTimeInMinute: count,
});
export type CatalogStatus = z.infer<typeof catalogStatusSchema>;

/** The few `TemplateImageOverview` fields the wizard needs to offer an image. */
export const rolloutImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  sessionSupport: z.string(),
  osName: text,
  osVersion: text,
  vdaVersion: text,
  citrixPrepared: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  isDeprecated: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});
export type RolloutImage = z.infer<typeof rolloutImageSchema>;

export const rolloutImageListSchema = z.object({ items: z.array(rolloutImageSchema) });

/** cvad/manage `$search` answers `TotalItems` next to the page of sessions. */
export const sessionCountSchema = z.object({ TotalItems: count });
