/**
 * The proxy's route table. Only these fixed prefixes reach an upstream; everything else under
 * `/api` is refused, so the proxy can never be turned into an open proxy or a token oracle.
 */
import { rackspaceRegions } from '../../contracts/console-api.ts';
import type { RackspaceRegion } from './upstreams.ts';

export type Route =
  | { kind: 'connection' }
  | { kind: 'connection-test' }
  | { kind: 'me' }
  | { kind: 'audit' }
  | { kind: 'audit-export' }
  | { kind: 'operations' }
  | { kind: 'operation'; id: string }
  | { kind: 'plans' }
  | { kind: 'plan'; id: string }
  | { kind: 'plan-action'; id: string; action: 'cancel' | 'revert' }
  | { kind: 'citrix'; api: 'cvad' | 'catalog'; path: string; query: string; siteScoped: boolean }
  | { kind: 'rackspace'; region: RackspaceRegion; tenant: string; path: string; query: string }
  | { kind: 'refused'; reason: string };

/** Cvad resources that are not tied to one site, so they take no `Citrix-InstanceId`. */
const siteFreeResources = new Set(['me', 'sites']);

/** Maps a raw request URL to a route, or null when it is not under `/api` (the SPA's business). */
export function resolveRoute(rawUrl: string): Route | null {
  if (!rawUrl.startsWith('/')) {
    // Absolute-form request targets are for forward proxies, which this is not.
    return /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/api(\/|$|\?)/i.test(rawUrl)
      ? { kind: 'refused', reason: 'absolute request targets are not served' }
      : null;
  }
  const queryStart = rawUrl.indexOf('?');
  const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart === -1 ? '' : rawUrl.slice(queryStart);
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return null;

  const segments = pathname.split('/').slice(2);
  if (!segments.every(isSafeSegment)) return { kind: 'refused', reason: 'unsafe path' };
  const [first, second, ...others] = segments;

  if (first === 'connection' && segments.length === 1) return { kind: 'connection' };
  if (first === 'connection' && second === 'test' && segments.length === 2) {
    return { kind: 'connection-test' };
  }
  if (first === 'me' && segments.length === 1) return { kind: 'me' };
  if (first === 'audit' && segments.length === 1) return { kind: 'audit' };
  if (first === 'audit' && second === 'export.csv' && segments.length === 2) {
    return { kind: 'audit-export' };
  }
  if (first === 'operations' && segments.length === 1) return { kind: 'operations' };
  if (first === 'operations' && second && segments.length === 2) {
    return { kind: 'operation', id: decodeURIComponent(second) };
  }
  if (first === 'plans' && segments.length === 1) return { kind: 'plans' };
  if (first === 'plans' && second && segments.length === 2) {
    return { kind: 'plan', id: decodeURIComponent(second) };
  }
  const action = others[0];
  if (
    first === 'plans' &&
    second &&
    (action === 'cancel' || action === 'revert') &&
    others.length === 1
  ) {
    return { kind: 'plan-action', id: decodeURIComponent(second), action };
  }
  if (first === 'cvad' && second === 'manage' && others.length > 0) {
    const siteScoped = !siteFreeResources.has(others[0]!.toLowerCase());
    return { kind: 'citrix', api: 'cvad', path: `/${others.join('/')}`, query, siteScoped };
  }
  if (first === 'catalogservice' && segments.length > 1) {
    const path = `/${segments.slice(1).join('/')}`;
    return { kind: 'citrix', api: 'catalog', path, query, siteScoped: false };
  }
  if (first === 'rackspace') return rackspaceRoute(segments.slice(1), query);
  return { kind: 'refused', reason: 'no such API' };
}

/** `{region}/v2/{tenant}/...` */
function rackspaceRoute(segments: string[], query: string): Route {
  const [regionSlug, version, tenant, ...rest] = segments;
  const region = rackspaceRegions.find((known) => known === regionSlug?.toUpperCase());
  if (!region || version !== 'v2' || !tenant || rest.length === 0) {
    return { kind: 'refused', reason: 'expected /api/rackspace/{region}/v2/{tenant}/...' };
  }
  return { kind: 'rackspace', region, tenant, path: `/${rest.join('/')}`, query };
}

/**
 * A segment is safe when no decoding of it, however many times a server down the line decodes
 * it, yields a `.` or `..` step or control characters. Empty segments (`//`) are refused too.
 */
export function isSafeSegment(raw: string): boolean {
  if (raw === '' || raw.includes('\\')) return false;
  let current = raw;
  for (let round = 0; round < 4; round += 1) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(current)) return false;
    if (current.split(/[/\\]/).some((step) => step === '.' || step === '..')) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}
