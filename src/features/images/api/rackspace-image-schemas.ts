import { z } from 'zod';
import { notReported, optionalText } from '../../../../contracts/not-reported.ts';

const linkSchema = z.object({ rel: z.string(), href: z.string() });

/**
 * `OS-EXT-IMG-SIZE:size`, in bytes. Most answers send a number; seed 004 types it xsd:string and
 * Nova's published samples write it as one ("74185822"), so a string of digits reads as the same
 * number. Missing or null (an image still SAVING) reads as undefined.
 */
const imageSize = notReported(
  z.union([z.number(), z.string().regex(/^\d+$/, 'a number of bytes').transform(Number)]),
);

/**
 * Glance properties. An unset one comes back as null (Nova's samples: `"ramdisk_id": null`); it is
 * left out here, as if never set, so every reader (OS, type, the metadata table) sees it as unknown.
 */
const metadataSchema = notReported(z.record(z.string(), optionalText)).transform((metadata) =>
  Object.fromEntries(
    Object.entries(metadata ?? {}).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
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
  links: z.array(linkSchema).default([]),
});
export type RackspaceImage = z.infer<typeof rackspaceImageSchema>;

export const rackspaceImagePageSchema = z.object({
  images: z.array(rackspaceImageSchema),
  images_links: z.array(linkSchema).optional(),
});

export const rackspaceSingleImageSchema = z.object({ image: rackspaceImageSchema });
