/** What the console asks of a request before acting on sign-in or sign-out. */
import type { IncomingHttpHeaders } from 'node:http';

/**
 * True when the request came in on PUBLIC_URL's host. Behind a reverse proxy that rewrites Host,
 * X-Forwarded-Host carries the browser's; either one matching is enough, so a proxy that
 * rewrites Host cannot make the sign-in redirect loop.
 */
export function isOnPublicHost(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const wanted = new URL(publicUrl).host.toLowerCase();
  const forwarded = String(headers['x-forwarded-host'] ?? '').split(',')[0];
  return [headers.host, forwarded].some((host) => host?.trim().toLowerCase() === wanted);
}

/**
 * True when a browser says another site made the request: Sec-Fetch-Site other than
 * same-origin/none, or an Origin other than PUBLIC_URL's. Clients that are not browsers send
 * neither (and carry no victim's cookie).
 */
export function isCrossSite(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  return headers.origin !== undefined && headers.origin !== new URL(publicUrl).origin;
}
