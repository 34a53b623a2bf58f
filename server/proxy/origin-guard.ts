import type { IncomingHttpHeaders } from 'node:http';

/**
 * True when the browser says the request was made by another origin's page. The proxy acts with
 * the server's credentials and no session, so without this check any page the admin visits could
 * make it log users off (CSRF), and Vite's dev CORS policy would let other localhost apps read
 * its answers. Same-origin fetches, and clients that are not browsers, carry no such signal.
 */
export function isCrossOrigin(headers: IncomingHttpHeaders): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // includes the opaque origin "null"
  }
  // Behind a reverse proxy the browser's host arrives as X-Forwarded-Host.
  const servedHosts = [headers.host, headers['x-forwarded-host']]
    .flatMap((value) => (Array.isArray(value) ? value : (value ?? '').split(',')))
    .map((host) => host.trim().toLowerCase());
  return !servedHosts.includes(originHost);
}
