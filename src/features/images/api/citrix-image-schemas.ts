import { z } from 'zod';
import { notReported, optionalText } from '../../../../contracts/not-reported.ts';

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
  citrixPrepared: z.boolean(),
  isDeprecated: notReported(z.boolean()),
  linkedCatalogs: notReported(z.number().int()),
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
export const citrixImageDetailsSchema = citrixImageSchema.extend({
  catalogs: z
    .array(
      z.object({
        catalogId: z.string(),
        catalogName: z.string(),
        state: z.string(),
        azureSubscription: optionalText,
      }),
    )
    .nullish(),
  applications: z
    .array(z.object({ id: z.string(), name: z.string(), applicationPath: z.string() }))
    .nullish(),
});
export type CitrixImageDetails = z.infer<typeof citrixImageDetailsSchema>;
