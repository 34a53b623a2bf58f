/**
 * The console's session cookie: a random id only (the session lives in the database). On https
 * the `__Host-` prefix makes the browser refuse it unless Secure, Path=/ and host-only, so no
 * sibling subdomain can plant or overwrite it.
 */
import type { IncomingHttpHeaders } from 'node:http';

export const secureCookieName = '__Host-daas-console-session';
export const plainCookieName = 'daas-console-session';

function isHttps(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === 'https:';
}

export function sessionCookieName(publicUrl: string): string {
  return isHttps(publicUrl) ? secureCookieName : plainCookieName;
}

/** `Set-Cookie` for a new session; it lasts no longer than the session's absolute lifetime. */
export function sessionCookie(publicUrl: string, sessionId: string, maxAgeMs: number): string {
  const maxAge = Math.max(0, Math.floor(maxAgeMs / 1000));
  return `${sessionCookieName(publicUrl)}=${sessionId}; Max-Age=${maxAge}; ${attributes(publicUrl)}`;
}

/** `Set-Cookie` that makes the browser forget the session cookie. */
export function clearedSessionCookie(publicUrl: string): string {
  return `${sessionCookieName(publicUrl)}=; Max-Age=0; ${attributes(publicUrl)}`;
}

function attributes(publicUrl: string): string {
  // Lax: the IdP's redirect to /auth/callback is a top-level navigation, which Strict would
  // strip of cookies on the first page after sign-in; cross-site POSTs still carry none.
  return `Path=/; HttpOnly; SameSite=Lax${isHttps(publicUrl) ? '; Secure' : ''}`;
}

/** The session id the request carries, or null. */
export function readSessionId(headers: IncomingHttpHeaders, publicUrl: string): string | null {
  const wanted = sessionCookieName(publicUrl);
  for (const pair of (headers.cookie ?? '').split(';')) {
    const split = pair.indexOf('=');
    if (split < 0 || pair.slice(0, split).trim() !== wanted) continue;
    const value = pair.slice(split + 1).trim();
    // Ids are base64url; anything else was not minted here.
    return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
  }
  return null;
}
