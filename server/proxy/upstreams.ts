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

/** The public clouds; the DaaS and catalog APIs are global except for Japan. */
export function cloudUpstreams(citrixRegion: CitrixRegion): Upstreams {
  return {
    citrixTokenUrl: (customerId) =>
      `${citrixTokenHosts[citrixRegion]}/cctrustoauth2/${encodeURIComponent(customerId)}/tokens/clients`,
    citrixApiBase: citrixRegion === 'jp' ? 'https://api.citrixcloud.jp' : 'https://api.cloud.com',
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
