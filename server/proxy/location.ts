/**
 * Upstream `Location` headers point at cloud hosts the browser cannot call. Rewriting them to the
 * matching `/api/...` path lets the browser follow async operations (202 + Location to a job)
 * through the proxy; a Location outside every known upstream base is dropped, never passed on.
 */
import { rackspaceRegions } from '../../contracts/console-api.ts';
import { resolveRoute } from './routes.ts';
import type { Upstreams } from './upstreams.ts';

/** An upstream URL prefix and the proxy path that stands for it. */
export interface LocationBase {
  upstream: string;
  proxy: string;
}

export function knownBases(
  upstreams: Upstreams,
  catalogEndpoints: { region: string; publicURL: string; tenantId: string }[] = [],
): LocationBase[] {
  const citrix = upstreams.citrixApiBase.replace(/\/+$/, '');
  return [
    { upstream: `${citrix}/cvad/manage`, proxy: '/api/cvad/manage' },
    { upstream: `${citrix}/catalogservice`, proxy: '/api/catalogservice' },
    ...catalogEndpoints.map(({ region, publicURL, tenantId }) => ({
      upstream: publicURL,
      proxy: `/api/rackspace/${region.toLowerCase()}/v2/${encodeURIComponent(tenantId)}`,
    })),
    ...rackspaceRegions.map((region) => ({
      upstream: upstreams.rackspaceComputeBase(region),
      proxy: `/api/rackspace/${region.toLowerCase()}/v2`,
    })),
  ];
}

/** The proxy path for an upstream Location (absolute or relative to `requestUrl`), or null. */
export function rewriteLocation(
  location: string,
  requestUrl: string,
  bases: readonly LocationBase[],
): string | null {
  let target: URL;
  try {
    target = new URL(location, requestUrl);
  } catch {
    return null;
  }
  for (const base of bases) {
    const baseUrl = new URL(base.upstream);
    const basePath = baseUrl.pathname.replace(/\/+$/, '');
    const underBase = target.pathname === basePath || target.pathname.startsWith(`${basePath}/`);
    if (target.origin !== baseUrl.origin || !underBase) continue;
    const rewritten = `${base.proxy}${target.pathname.slice(basePath.length)}${target.search}`;
    // Only hand out paths the proxy would itself accept.
    const route = resolveRoute(rewritten);
    return route && route.kind !== 'refused' ? rewritten : null;
  }
  return null;
}
