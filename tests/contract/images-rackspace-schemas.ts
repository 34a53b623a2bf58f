/**
 * Rackspace image bodies, written from the documented fields (seed 004, reference/rackspace-notes.md
 * §1.1, §1.5, §4) and Nova's published samples (openstack/nova doc/api_samples/images): no
 * machine-readable schema exists for them.
 */
import { documentedSchema } from './specs.ts';

const link = {
  type: 'object',
  required: ['rel', 'href'],
  properties: {
    rel: { enum: ['self', 'bookmark', 'alternate', 'next'] },
    href: { type: 'string', format: 'uri' },
    type: { const: 'application/vnd.openstack.image' },
  },
  additionalProperties: false,
};
const links = { type: 'array', items: link, minItems: 2 };
const nextLinks = {
  type: 'array',
  items: { ...link, properties: { ...link.properties, rel: { const: 'next' } } },
  minItems: 1,
  maxItems: 1,
};

const imageDetail = {
  type: 'object',
  required: [
    'id',
    'name',
    'status',
    'progress',
    'created',
    'updated',
    'minDisk',
    'minRam',
    'OS-EXT-IMG-SIZE:size',
    'OS-DCF:diskConfig',
    'metadata',
    'links',
  ],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string', minLength: 1 },
    status: { enum: ['ACTIVE', 'SAVING', 'DELETED', 'ERROR', 'UNKNOWN'] },
    progress: { type: 'integer', minimum: 0, maximum: 100 },
    created: { type: 'string', format: 'date-time' },
    updated: { type: 'string', format: 'date-time' },
    minDisk: { type: 'integer', minimum: 0 },
    minRam: { type: 'integer', minimum: 0 },
    // Seed 004 types it xsd:string and Nova's samples write "74185822"; clients also meet numbers.
    'OS-EXT-IMG-SIZE:size': {
      anyOf: [
        { type: 'integer', minimum: 0 },
        { type: 'string', pattern: '^[0-9]+$' },
      ],
    },
    'OS-DCF:diskConfig': { enum: ['AUTO', 'MANUAL'] },
    metadata: {
      type: 'object',
      required: ['image_type'],
      properties: { image_type: { enum: ['base', 'snapshot'] } },
      // An unset Glance property reads as null ("ramdisk_id": null in Nova's samples).
      additionalProperties: { type: ['string', 'null'] },
    },
    links,
    server: {
      type: 'object',
      required: ['id', 'links'],
      properties: { id: { type: 'string', format: 'uuid' }, links },
    },
  },
  additionalProperties: false,
};

/** `GET /images/detail`. */
export const imageDetailListSchema = documentedSchema({
  type: 'object',
  required: ['images'],
  properties: { images: { type: 'array', items: imageDetail }, images_links: nextLinks },
  additionalProperties: false,
});

/** `GET /images`: id, name and links only. */
export const imageSummaryListSchema = documentedSchema({
  type: 'object',
  required: ['images'],
  properties: {
    images: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'links'],
        properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' }, links },
        additionalProperties: false,
      },
    },
    images_links: nextLinks,
  },
  additionalProperties: false,
});

/** `GET /images/{id}`. */
export const singleImageSchema = documentedSchema({
  type: 'object',
  required: ['image'],
  properties: { image: imageDetail },
  additionalProperties: false,
});
