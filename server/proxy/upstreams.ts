/**
 * Where each provider's APIs live: the real clouds, or anything laid out like them (the simulator,
 * a fake upstream in tests). The proxy only ever talks to URLs built here.
 */
import type { citrixRegions, rackspaceRegions } from '../../contracts/console-api.ts';

export type CitrixRegion = (typeof citrixRegions)[number];
export type RackspaceRegion = (typeof rackspaceRegions)[number];

export interface Upstreams {
  /** Client-credentials token endpoint for one customer. */
  citrixTokenUrl(customerId: string): string;
  /** Origin (and optional path) in front of `/cvad/manage` and `/catalogservice`. */
  citrixApiBase: string;
  rackspaceIdentityUrl: string;
  /** Compute base in front of `/{tenant}`, used when no service catalog is at hand. */
  rackspaceComputeBase(region: RackspaceRegion): string;
}

const citrixTokenHosts: Record<CitrixRegion, string> = {
  us: 'https://api-us.cloud.com',
  eu: 'https://api-eu.cloud.com',
  'ap-s': 'https://api-ap-s.cloud.com',
  jp: 'https://api.citrixcloud.jp',
};

const citrixGlobalHost = 'https://api.cloud.com';

/**
 * Every public Citrix Cloud API host. The console calls the global one (Japan's in Japan), but the
 * regional ones serve `/cvad/manage` and `/catalogservice` too and may answer with a Location on
 * themselves (seed 001), so a Location on any of them is Citrix's own.
 */
export const citrixApiOrigins: readonly string[] = [
  citrixGlobalHost,
  ...Object.values(citrixTokenHosts),
];

/**
 * The public clouds. Only the token endpoint is regional: the DaaS and catalog-service APIs are
 * served by the global gateway for US, EU and AP-S, and by api.citrixcloud.jp for Japan
 * (reference/citrix-notes.md §1.3; seed 002, the newer form of seed 001's page).
 */
export function cloudUpstreams(citrixRegion: CitrixRegion): Upstreams {
  return {
    citrixTokenUrl: (customerId) =>
      `${citrixTokenHosts[citrixRegion]}/cctrustoauth2/${encodeURIComponent(customerId)}/tokens/clients`,
    citrixApiBase: citrixRegion === 'jp' ? citrixTokenHosts.jp : citrixGlobalHost,
    rackspaceIdentityUrl: 'https://identity.api.rackspacecloud.com/v2.0/tokens',
    rackspaceComputeBase: (region) =>
      `https://${region.toLowerCase()}.servers.api.rackspacecloud.com/v2`,
  };
}

/** A single origin that mirrors the clouds' URL layout, as the simulator does. */
export function simulatorUpstreams(baseUrl: string): Upstreams {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    citrixTokenUrl: (customerId) =>
      `${base}/cctrustoauth2/${encodeURIComponent(customerId)}/tokens/clients`,
    citrixApiBase: base,
    rackspaceIdentityUrl: `${base}/v2.0/tokens`,
    rackspaceComputeBase: (region) => `${base}/rackspace/${region.toLowerCase()}/v2`,
  };
}
