import type { ServerResponse } from 'node:http';
import { encodeForBrowser } from './browser-encoding.ts';
import type { ProxyError } from '../../contracts/console-api.ts';

export type ProxyErrorCode = ProxyError['error']['code'];

/**
 * The status the proxy answers with for each of its own errors.
 * - provider_not_configured is 503: the request is valid and would succeed on a server that has
 *   the credentials; it is this deployment that lacks them (409 would blame the request).
 * - credentials_rejected / discovery_failed are 502: the cloud refused or confused the *server's*
 *   credentials, which the browser can neither see nor fix (a 401 would make it re-authenticate).
 */
const statusOf: Record<ProxyErrorCode, number> = {
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  provider_not_configured: 503,
  credentials_rejected: 502,
  discovery_failed: 502,
  upstream_unreachable: 502,
  upstream_timeout: 504,
  unauthenticated: 401,
  // Signed in, but not allowed: the role, the origin or the allowlist said no. Said in words,
  // never as a silent 404, so a person knows to ask for a role rather than report a bug.
  forbidden: 403,
  // The write was not sent because its audit record could not be stored (fail closed).
  audit_unavailable: 503,
  bad_request: 400,
  conflict: 409,
};

/** A failure the proxy reports itself, as `{ error: { code, message } }`. */
export class ProxyProblem extends Error {
  override name = 'ProxyProblem';
  constructor(
    readonly code: ProxyErrorCode,
    message: string,
    /** Extra response headers, e.g. `Allow` for method_not_allowed. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toJSON(): ProxyError {
    return { error: { code: this.code, message: this.message } };
  }
}

/** Turns anything thrown while talking to an upstream into a ProxyProblem. */
export function toProblem(error: unknown, what: string): ProxyProblem {
  if (error instanceof ProxyProblem) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new ProxyProblem('upstream_timeout', `${what} did not answer in time.`);
  }
  return new ProxyProblem('upstream_unreachable', `${what} could not be reached.`);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  const lowerCased = Object.entries(extraHeaders).map(([name, value]) => [
    name.toLowerCase(),
    value,
  ]);
  // The console's own lists (the audit trail, operations) are compressed as the cloud's are.
  const kind = res.req?.method === 'GET' ? 'read' : 'write';
  const sent = encodeForBrowser(res, kind, status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...Object.fromEntries(lowerCased),
  });
  res.writeHead(status, sent.headers);
  sent.body.end(text);
}

export function sendProblem(res: ServerResponse, problem: ProxyProblem) {
  sendJson(res, statusOf[problem.code], problem.toJSON(), problem.headers);
}
