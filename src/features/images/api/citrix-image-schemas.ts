import { z } from 'zod';

const nullableText = z.string().nullish();

/**
 * `TemplateImageOverview` (catalog service), the fields the console shows. Optional where the
 * service may leave them out: the seed document's own example omits several of them.
 */
export const citrixImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  sessionSupport: z.string(),
  state: z.string(),
  subState: nullableText,
  osPlatform: nullableText,
  osName: nullableText,
  osVersion: nullableText,
  isServerOs: z.boolean().nullish(),
  vdaVersion: nullableText,
  statusMessageId: nullableText,
  status: nullableText,
  extraInfo: nullableText,
  notes: nullableText,
  transactionId: nullableText,
  subscriptionId: nullableText,
  subscriptionName: nullableText,
  resourceGroup: nullableText,
  storageAccount: nullableText,
  region: nullableText,
  builderVmName: nullableText,
  builderVmType: nullableText,
  builderVmDiskSize: nullableText,
  builderDomainName: nullableText,
  hyperVGen: nullableText,
  vtpmEnabled: z.boolean().nullish(),
  secureBootEnabled: z.boolean().nullish(),
  citrixPrepared: z.boolean(),
  isDeprecated: z.boolean().nullish(),
  linkedCatalogs: z.number().int().nullish(),
  linkedCatalogsNames: z.array(z.string()).nullish(),
  createdDate: nullableText,
  finalizedDate: nullableText,
  diskSizeInGB: z.number().nullish(),
  startedAt: nullableText,
  estimatedTimeInMinute: z.number().nullish(),
});
export type CitrixImage = z.infer<typeof citrixImageSchema>;

export const citrixImageListSchema = z.object({ items: z.array(citrixImageSchema) });

/** `TemplateImageDetails`: the overview plus the catalogs that use the image. */
export const citrixImageDetailsSchema = citrixImageSchema.extend({
  catalogs: z
    .array(
      z.object({
        catalogId: z.string(),
        catalogName: z.string(),
        state: z.string(),
        azureSubscription: z.string().nullish(),
      }),
    )
    .nullish(),
  applications: z
    .array(z.object({ id: z.string(), name: z.string(), applicationPath: z.string() }))
    .nullish(),
});
export type CitrixImageDetails = z.infer<typeof citrixImageDetailsSchema>;
