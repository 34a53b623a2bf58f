import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FaultAnswers } from '../middleware/faults.ts';

/** Nova's code → fault name table (reference/rackspace-notes.md §3). */
const faultNames: Partial<Record<number, string>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

/** `{"<faultName>": {"code", "message", ...extra}}`, the body of every Rackspace error. */
export function rackspaceFaultBody(
  code: number,
  message: string,
  extra: Record<string, string> = {},
) {
  return { [faultNames[code] ?? 'computeFault']: { code, message, ...extra } };
}

export function rackspaceFault(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  extra: Record<string, string> = {},
) {
  return c.json(rackspaceFaultBody(status, message, extra), status);
}

export const rackspaceMessages = {
  noToken: "No valid token provided. Please use the 'X-Auth-Token' header with a valid token.",
  badAuthBody:
    'Invalid request body: unable to parse Auth data. Please review XML or JSON formatting',
  badCredentials: 'Unable to authenticate user with credentials provided.',
  forbidden: 'Access was denied to this resource.',
  rateLimited: 'This request was rate-limited.',
};

/** Injected faults as Nova and Repose answer them: 500/503 faults, and 413 overLimit when rate-limited. */
export const rackspaceFaultAnswers: FaultAnswers = {
  serverError: (c, status) =>
    rackspaceFault(
      c,
      status,
      status === 503
        ? 'Service Unavailable'
        : 'The server has either erred or is incapable of performing the requested operation.',
    ),
  rateLimited: (c, retryAfterSeconds) =>
    rackspaceFault(c, 413, rackspaceMessages.rateLimited, {
      details: 'Only 1000 GET request(s) can be made to "*" every minute.',
      retryAfter: String(retryAfterSeconds),
    }),
};
