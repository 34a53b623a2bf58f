/**
 * Sign-in is the console server's (OpenID Connect, server-side): the browser goes there in a full
 * page load and comes back to the address it left.
 */

/** The sign-in page, which returns to `returnTo` (a path and search of this console) afterwards. */
export function signInPath(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Where this page is now, as a sign-in's `returnTo`. */
export function currentAddress(): string {
  return window.location.pathname + window.location.search;
}

// Several reads fail together when a sign-in ends; only the first one sends the browser away.
let sentThisPageLoad = false;
// A sign-in that does not stick (cookies blocked, a misconfigured provider) would otherwise send the
// browser round and round: one trip per tab per minute, after which the page says it in words.
const lastTripKey = 'daas-console-sign-in-trip-at';
const tripIntervalMs = 60_000;

/**
 * Sends the browser through sign-in and back to this page, at most once per page load (and not
 * again within a minute of the last trip). Returns whether it did.
 */
export function sendToSignIn(now = Date.now()): boolean {
  if (sentThisPageLoad) return false;
  const lastTrip = Number(sessionStorage.getItem(lastTripKey));
  if (lastTrip && now - lastTrip >= 0 && now - lastTrip < tripIntervalMs) return false;
  sentThisPageLoad = true;
  sessionStorage.setItem(lastTripKey, String(now));
  window.location.assign(signInPath(currentAddress()));
  return true;
}
