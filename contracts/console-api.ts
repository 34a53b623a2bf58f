/**
 * The console's own endpoints, served by the proxy (not by any cloud): the one place where the
 * browser and the Node side share a contract. Both import these schemas, so they cannot drift.
 */
// zod/mini: the browser's shell parses these on every page, and the mini API tree-shakes to a
// fraction of classic zod's size (scripts/check-bundle-budget.ts holds the first route to budget).
import { z } from 'zod/mini';

export const citrixRegions = ['us', 'eu', 'ap-s', 'jp'] as const;
export const rackspaceRegions = ['DFW', 'ORD', 'IAD', 'LON', 'SYD', 'HKG'] as const;

/** Why a request the proxy answered itself did not reach (or come back from) the cloud. */
export const proxyErrorCodes = [
  'not_found',
  'method_not_allowed',
  'provider_not_configured',
  'credentials_rejected',
  'discovery_failed',
  'upstream_unreachable',
  'upstream_timeout',
  'payload_too_large',
  /** No signed-in person (or the session ended): sign in again. 401. */
  'unauthenticated',
  /** Signed in, but the role may not do this, or the operation is not one the console makes. 403. */
  'forbidden',
  /** The audit record could not be stored, so the write was not forwarded (fail closed). 503. */
  'audit_unavailable',
  /** A query value the console's own endpoints cannot use (a bad date, an unknown outcome). 400. */
  'bad_request',
  /** The request was made from a state that has moved on (a plan that started, a stale version). 409. */
  'conflict',
] as const;

export const proxyErrorSchema = z.object({
  error: z.object({ code: z.enum(proxyErrorCodes), message: z.string() }),
});
export type ProxyError = z.infer<typeof proxyErrorSchema>;

const problemSchema = z.object({ code: z.enum(proxyErrorCodes), message: z.string() });

const citrixStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not-configured') }),
  z.object({
    state: z.literal('connected'),
    region: z.enum(citrixRegions),
    customerId: z.string(),
    customerName: z.nullable(z.string()),
    siteId: z.string(),
    siteName: z.nullable(z.string()),
    /** Milliseconds the check took; present after a test-connection. */
    latencyMs: z.optional(z.number()),
  }),
  z.object({
    state: z.literal('error'),
    region: z.enum(citrixRegions),
    customerId: z.nullable(z.string()),
    problem: problemSchema,
  }),
]);

const rackspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not-configured') }),
  z.object({
    state: z.literal('connected'),
    region: z.enum(rackspaceRegions),
    /** Regions whose compute endpoint the service catalog lists for this account. */
    regions: z.array(z.enum(rackspaceRegions)),
    tenantId: z.string(),
    latencyMs: z.optional(z.number()),
  }),
  z.object({
    state: z.literal('error'),
    region: z.enum(rackspaceRegions),
    problem: problemSchema,
  }),
]);

/** `GET /api/connection` and `POST /api/connection/test`. */
export const connectionStatusSchema = z.object({
  mode: z.enum(['simulator', 'cloud']),
  citrix: citrixStatusSchema,
  rackspace: rackspaceStatusSchema,
  checkedAt: z.string(),
});
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;
export type CitrixStatus = z.infer<typeof citrixStatusSchema>;
export type RackspaceStatus = z.infer<typeof rackspaceStatusSchema>;
