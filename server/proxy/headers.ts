/**
 * Header allowlists in both directions. Anything not named here stays behind: cookies,
 * hop-by-hop headers, Host, Origin and Referer never leave for the cloud, and Set-Cookie or
 * unknown upstream headers never reach the browser.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

const commonRequestHeaders = [
  'accept',
  'accept-language',
  'content-type',
  'if-none-match',
  'if-match',
  'if-modified-since',
];

/** The browser's own auth headers pass through unchanged; each provider gets only its own. */
export const requestHeadersFor = {
  citrix: [
    ...commonRequestHeaders,
    'authorization',
    'citrix-customerid',
    'citrix-instanceid',
    'citrix-transactionid',
    'citrix-locale',
    'x-timezone',
    'x-admincredential',
  ],
  rackspace: [
    ...commonRequestHeaders,
    'x-auth-token',
    'openstack-api-version',
    'x-openstack-nova-api-version',
  ],
} as const;

const responseHeaders = [
  'content-type',
  'content-encoding',
  'content-length',
  'citrix-transactionid',
  'retry-after',
  'x-compute-request-id',
  'etag',
  'last-modified',
];
// Not Cache-Control: every /api answer is no-store (the middleware says so), whatever the cloud
// advises its own clients, since the answers carry sessions, user names and catalogs.

export function pickHeaders(
  headers: IncomingHttpHeaders,
  allowed: readonly string[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of allowed) {
    const value = headers[name];
    if (typeof value === 'string') picked[name] = value;
    else if (Array.isArray(value)) picked[name] = value.join(', ');
  }
  return picked;
}

/** Upstream response headers the browser may see (Location is rewritten separately). */
export function pickResponseHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return pickHeaders(headers, responseHeaders);
}

const sensitiveHeaderName =
  /authorization|auth-token|cookie|secret|password|api-?key|credential|token/i;

/** A copy safe to log: values of credential-bearing headers are replaced by `[redacted]`. */
export function redactHeaders(
  headers: IncomingHttpHeaders | OutgoingHttpHeaders | Record<string, string>,
): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    safe[name] = sensitiveHeaderName.test(name) ? '[redacted]' : String(value);
  }
  return safe;
}
