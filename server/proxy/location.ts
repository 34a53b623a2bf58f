/**
 * Upstream `Location` headers point at cloud hosts the browser cannot call. Rewriting them to the
 * matching `/api/...` path lets the browser follow async operations (202 + Location to a job)
 * through the proxy; a Location outside every known upstream base is dropped, never passed on.
 * The same rewrite serves the links in Rackspace image bodies (body-links.ts).
 */
import { rackspaceRegions } from '../../contracts/console-api.ts';
import { resolveRoute } from './routes.ts';
import { citrixApiOrigins, type RackspaceRegion, type Upstreams } from './upstreams.ts';

/** An upstream URL prefix and the proxy path that stands for it. */
export interface LocationBase {
  api: 'citrix' | 'rackspace';
  upstream: string;
  proxy: string;
}

/** The Rackspace account a request named (its region and tenant, as in its path). */
export interface RackspaceAccount {
  region: RackspaceRegion;
  tenant: string;
}

type CatalogEndpoint = { region: string; publicURL: string; tenantId: string };

export function knownBases(
  upstreams: Upstreams,
  catalogEndpoints: CatalogEndpoint[] = [],
  account: RackspaceAccount | null = null,
): LocationBase[] {
  return [...citrixBases(upstreams), ...rackspaceBases(upstreams, catalogEndpoints, account)];
}

function citrixBases(upstreams: Upstreams): LocationBase[] {
  // The host the console's calls go to (the simulator, a fake cloud) and every public Citrix host.
  const origins = new Set([upstreams.citrixApiBase.replace(/\/+$/, ''), ...citrixApiOrigins]);
  return [...origins].flatMap((origin): LocationBase[] => [
    { api: 'citrix', upstream: `${origin}/cvad/manage`, proxy: '/api/cvad/manage' },
    { api: 'citrix', upstream: `${origin}/catalogservice`, proxy: '/api/catalogservice' },
  ]);
}

function rackspaceBases(
  upstreams: Upstreams,
  catalogEndpoints: CatalogEndpoint[],
  account: RackspaceAccount | null,
): LocationBase[] {
  const tenantPath = (region: string, tenant: string) =>
    `/api/rackspace/${region.toLowerCase()}/v2/${tenant}`;
  const versioned = [
    ...catalogEndpoints.map(({ region, publicURL, tenantId }) => ({
      upstream: publicURL,
      proxy: tenantPath(region, encodeURIComponent(tenantId)),
    })),
    ...rackspaceRegions.map((region) => ({
      upstream: upstreams.rackspaceComputeBase(region),
      proxy: `/api/rackspace/${region.toLowerCase()}/v2`,
    })),
  ];
  // Bookmark links are the versioned ones without `/v2`: `{compute}/{tenant}/images/{id}`. Only
  // for a known tenant, or the alternate `{compute}/images/{id}` would read as tenant "images".
  const bookmarks = [
    ...catalogEndpoints.map(({ region, publicURL, tenantId }) => ({
      upstream: unversioned(publicURL),
      proxy: tenantPath(region, encodeURIComponent(tenantId)),
    })),
    ...(account
      ? [
          {
            upstream: unversioned(
              `${upstreams.rackspaceComputeBase(account.region)}/${account.tenant}`,
            ),
            proxy: tenantPath(account.region, account.tenant),
          },
        ]
      : []),
  ].flatMap(({ upstream, proxy }) => (upstream ? [{ upstream, proxy }] : []));
  return [...versioned, ...bookmarks].map((base): LocationBase => ({ api: 'rackspace', ...base }));
}

/** The bookmark form of a versioned compute URL (`…/v2/123` -> `…/123`), or null. */
function unversioned(url: string): string | null {
  const match = /^(.*)\/v2(\/[^/]*)?\/*$/.exec(url);
  return match ? `${match[1]}${match[2] ?? ''}` : null;
}

/** The proxy path for an upstream Location (absolute or relative to `requestUrl`), or null. */
export function rewriteLocation(
  location: string,
  requestUrl: string,
  bases: readonly LocationBase[],
): string | null {
  return locationRewriter(requestUrl, bases)(location);
}

/**
 * `rewriteLocation` for many links of one answer: the bases are read once, not once per link. A
 * Rackspace page of 1,000 images carries 3,000 links, each checked against some twenty bases;
 * read per link, that was 60,000 URL parses (an answer of 1,700 images took the proxy about
 * 100 ms, now 63).
 */
export function locationRewriter(
  requestUrl: string,
  bases: readonly LocationBase[],
): (location: string) => string | null {
  const parsedBases = bases.flatMap((base) => {
    const url = URL.parse(base.upstream);
    return url
      ? [{ origin: url.origin, path: url.pathname.replace(/\/+$/, ''), proxy: base.proxy }]
      : [];
  });
  return (location) => {
    const target = URL.parse(location, requestUrl);
    // A cloud names no user in a Location; one that does is not the cloud's to follow.
    if (!target || target.username || target.password) return null;
    // Read once: each of URL's getters builds a new string.
    const { origin, pathname, search } = target;
    for (const base of parsedBases) {
      const underBase = pathname === base.path || pathname.startsWith(`${base.path}/`);
      if (origin !== base.origin || !underBase) continue;
      const rewritten = `${base.proxy}${pathname.slice(base.path.length)}${search}`;
      // Only hand out paths the proxy would itself accept.
      const route = resolveRoute(rewritten);
      return route && route.kind !== 'refused' ? rewritten : null;
    }
    return null;
  };
}
