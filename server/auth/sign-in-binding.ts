/**
 * Ties a sign-in to the browser that started it. The attempt in flight waits in the database,
 * keyed by `state`; without this, someone could start a sign-in as themselves and send the
 * callback link to an admin, whose browser would then be signed in as them (login CSRF).
 *
 * The browser gets a random binding in a short-lived cookie at /auth/login, and `state` carries
 * an HMAC of it: only the browser holding the binding can complete the callback. One binding
 * serves every tab that signs in at the same time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** As long as a sign-in may take (PendingSignIn's maximum age). */
export const bindingLifetimeMs = 10 * 60_000;

function isHttps(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === 'https:';
}

export function bindingCookieName(publicUrl: string): string {
  return isHttps(publicUrl) ? '__Host-daas-console-sign-in' : 'daas-console-sign-in';
}

/** The request's binding when it has a well-formed one, else a new one. */
export function bindingOf(headers: IncomingHttpHeaders, publicUrl: string): string {
  return readBinding(headers, publicUrl) ?? randomBytes(32).toString('base64url');
}

export function bindingCookie(publicUrl: string, binding: string): string {
  const secure = isHttps(publicUrl) ? '; Secure' : '';
  // Lax: the IdP sends the browser back with a top-level GET, which carries Lax cookies.
  return `${bindingCookieName(publicUrl)}=${binding}; Max-Age=${bindingLifetimeMs / 1000}; Path=/; HttpOnly; SameSite=Lax${secure}`;
}

/** A fresh `state` bound to `binding`: random part, then the binding's HMAC of it. */
export function boundState(binding: string): string {
  const random = randomBytes(24).toString('base64url');
  return `${random}.${mac(binding, random)}`;
}

/** True when `state` was made for the binding the request carries. */
export function isBoundToRequest(
  state: string,
  headers: IncomingHttpHeaders,
  publicUrl: string,
): boolean {
  const binding = readBinding(headers, publicUrl);
  const [random, tag, ...rest] = state.split('.');
  if (!binding || !random || !tag || rest.length > 0) return false;
  const expected = Buffer.from(mac(binding, random));
  const actual = Buffer.from(tag);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function mac(binding: string, random: string): string {
  return createHmac('sha256', binding).update(random).digest('base64url');
}

function readBinding(headers: IncomingHttpHeaders, publicUrl: string): string | null {
  const wanted = bindingCookieName(publicUrl);
  for (const pair of (headers.cookie ?? '').split(';')) {
    const split = pair.indexOf('=');
    if (split < 0 || pair.slice(0, split).trim() !== wanted) continue;
    const value = pair.slice(split + 1).trim();
    return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
  }
  return null;
}
