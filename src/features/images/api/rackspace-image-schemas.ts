import { z } from 'zod';

const linkSchema = z.object({ rel: z.string(), href: z.string() });

/** One image of `GET /images/detail` or `GET /images/{id}` (Rackspace Cloud Servers v2). */
export const rackspaceImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  progress: z.number().nullish(),
  created: z.string().nullish(),
  updated: z.string().nullish(),
  minDisk: z.number().nullish(),
  minRam: z.number().nullish(),
  'OS-EXT-IMG-SIZE:size': z.number().nullish(),
  'OS-DCF:diskConfig': z.string().nullish(),
  metadata: z.record(z.string(), z.string()).default({}),
  server: z.object({ id: z.string() }).nullish(),
  links: z.array(linkSchema).default([]),
});
export type RackspaceImage = z.infer<typeof rackspaceImageSchema>;

export const rackspaceImagePageSchema = z.object({
  images: z.array(rackspaceImageSchema),
  images_links: z.array(linkSchema).optional(),
});

export const rackspaceSingleImageSchema = z.object({ image: rackspaceImageSchema });
