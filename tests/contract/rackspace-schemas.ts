/**
 * Rackspace publishes no machine-readable schemas. These JSON Schemas are written from the documented
 * shapes in reference/rackspace-notes.md (§2 identity, §3 faults and limits) and the docs' limits example
 * (`get-retrieve-list-of-rate-and-absolute-limits-limits.rst`); contract tests validate with them.
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
