/**
 * Rackspace publishes no machine-readable schemas. These JSON Schemas are written from the documented
 * shapes in reference/rackspace-notes.md (§2 identity, §3 faults and limits), the docs' limits example
 * (`get-retrieve-list-of-rate-and-absolute-limits-limits.rst`) and Nova's version samples
 * (openstack/nova doc/api_samples/versions); contract tests validate with them.
 */
import { documentedSchema } from './specs.ts';

const regionEndpoint = {
  type: 'object',
  required: ['region', 'tenantId', 'publicURL'],
  properties: {
    region: { enum: ['DFW', 'ORD', 'IAD', 'LON', 'SYD', 'HKG'] },
    tenantId: { type: 'string' },
    publicURL: { type: 'string', format: 'uri' },
    versionId: { type: 'string' },
    versionInfo: { type: 'string', format: 'uri' },
    versionList: { type: 'string', format: 'uri' },
  },
};

/** Identity v2.0 `access` (reference/rackspace-notes.md §2 "Success body"). */
export const authResponseSchema = documentedSchema({
  type: 'object',
  required: ['access'],
  properties: {
    access: {
      type: 'object',
      required: ['token', 'user', 'serviceCatalog'],
      properties: {
        token: {
          type: 'object',
          required: ['id', 'expires', 'tenant', 'RAX-AUTH:authenticatedBy'],
          properties: {
            id: { type: 'string', minLength: 1 },
            expires: { type: 'string', format: 'date-time' },
            tenant: { type: 'object', required: ['id', 'name'] },
            'RAX-AUTH:authenticatedBy': {
              type: 'array',
              items: { enum: ['APIKEY', 'PASSWORD'] },
              minItems: 1,
            },
          },
        },
        user: {
          type: 'object',
          required: ['id', 'name', 'RAX-AUTH:defaultRegion', 'roles'],
          properties: {
            roles: { type: 'array', items: { type: 'object', required: ['id', 'name'] } },
          },
        },
        serviceCatalog: {
          type: 'array',
          contains: {
            type: 'object',
            properties: { name: { const: 'cloudServersOpenStack' }, type: { const: 'compute' } },
          },
          items: {
            type: 'object',
            required: ['name', 'type', 'endpoints'],
            properties: { endpoints: { type: 'array', items: regionEndpoint, minItems: 1 } },
          },
        },
      },
    },
  },
});

/** `{"<faultName>": {"code", "message", "details"?}}` (reference/rackspace-notes.md §3 "Fault body shape"). */
export const faultSchema = documentedSchema({
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  propertyNames: {
    enum: [
      'badRequest',
      'unauthorized',
      'forbidden',
      'itemNotFound',
      'overLimit',
      'computeFault',
      'serviceUnavailable',
    ],
  },
  additionalProperties: {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: { type: 'integer' },
      message: { type: 'string', minLength: 1 },
      details: { type: 'string' },
    },
  },
});

/** `overLimit` adds `retryAfter` seconds, copied from `Retry-After` (reference/rackspace-notes.md §3). */
export const overLimitSchema = documentedSchema({
  type: 'object',
  required: ['overLimit'],
  properties: {
    overLimit: {
      type: 'object',
      required: ['code', 'message', 'retryAfter'],
      properties: { code: { const: 413 }, retryAfter: { type: 'string', pattern: '^[0-9]+$' } },
    },
  },
});

/** `GET /limits` (reference/rackspace-notes.md §3 "Rate limits"; RS-limits example). */
export const limitsSchema = documentedSchema({
  type: 'object',
  required: ['limits'],
  properties: {
    limits: {
      type: 'object',
      required: ['rate', 'absolute'],
      properties: {
        rate: {
          type: 'array',
          items: {
            type: 'object',
            required: ['uri', 'regex', 'limit'],
            properties: {
              limit: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['verb', 'value', 'remaining', 'unit', 'next-available'],
                  properties: {
                    verb: { enum: ['GET', 'POST', 'PUT', 'DELETE'] },
                    value: { type: 'integer' },
                    remaining: { type: 'integer' },
                    unit: { enum: ['SECOND', 'MINUTE', 'HOUR', 'DAY'] },
                    'next-available': { type: 'string', format: 'date-time' },
                  },
                },
              },
            },
          },
        },
        absolute: {
          type: 'object',
          required: ['maxImageMeta'],
          properties: { maxImageMeta: { const: 40 } },
          additionalProperties: { type: 'integer' },
        },
      },
    },
  },
});

const versionLink = {
  type: 'object',
  required: ['rel', 'href'],
  properties: {
    rel: { enum: ['self', 'describedby'] },
    href: { type: 'string', format: 'uri' },
    type: { type: 'string' },
  },
  additionalProperties: false,
};

const version = {
  type: 'object',
  required: ['id', 'status', 'links', 'updated'],
  properties: {
    id: { type: 'string', pattern: '^v[0-9]+\\.[0-9]+$' },
    status: { enum: ['CURRENT', 'SUPPORTED', 'DEPRECATED', 'EXPERIMENTAL'] },
    // Microversions: "" for an API without them.
    version: { type: 'string' },
    min_version: { type: 'string' },
    updated: { type: 'string', format: 'date-time' },
    links: {
      type: 'array',
      items: versionLink,
      contains: { type: 'object', properties: { rel: { const: 'self' } } },
    },
    'media-types': {
      type: 'array',
      items: {
        type: 'object',
        required: ['base', 'type'],
        properties: { base: { type: 'string' }, type: { type: 'string' } },
      },
    },
  },
  additionalProperties: false,
};

/** `GET /` of the compute endpoint: `versions-get-resp.json`. */
export const versionListSchema = documentedSchema({
  type: 'object',
  required: ['versions'],
  properties: { versions: { type: 'array', items: version, minItems: 1 } },
  additionalProperties: false,
});

/** `GET /v2/`: `v2-version-get-resp.json`, with its describedby link and media types. */
export const versionDocumentSchema = documentedSchema({
  type: 'object',
  required: ['version'],
  properties: {
    version: {
      ...version,
      required: [...version.required, 'media-types'],
      properties: {
        ...version.properties,
        links: {
          ...version.properties.links,
          minItems: 2,
          contains: { type: 'object', properties: { rel: { const: 'describedby' } } },
        },
      },
    },
  },
  additionalProperties: false,
});
