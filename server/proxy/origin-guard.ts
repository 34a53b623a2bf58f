import type { IncomingHttpHeaders } from 'node:http';

/**
 * True when the browser says the request was made by another origin's page. The proxy acts with
 * the server's credentials and the person's session, so without this check any page the admin
 * visits could make it log users off (CSRF), and Vite's dev CORS policy would let other localhost
 * apps read its answers. Same-origin fetches, and clients that are not browsers, carry no such
 * signal.
 *
 * The whole origin (scheme, host and port) must be PUBLIC_URL's when it is set. Without it, the
 * page's origin is this server's own `http://` + Host: the production server answers only hosts
 * it is meant to serve (host-policy.ts) and Vite its allowedHosts, so Host cannot be an
 * attacker's rebound name. X-Forwarded-Host is not consulted: a page can set it on a same-origin
 * request after rebinding a name, which is what this check exists to stop.
 */
export function isCrossOrigin(headers: IncomingHttpHeaders, publicOrigin: string | null): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  // The opaque origin "null" and anything else that is not an origin is never ours.
  const served = publicOrigin ?? originOf(`http://${headers.host ?? ''}`);
  const from = originOf(origin);
  return from === null || from !== served;
}

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}
