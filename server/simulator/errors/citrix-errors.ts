import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface CitrixProblem {
  /** Last segment of the Citrix Cloud error type, e.g. `authentication` → `…/common/authentication`. */
  kind: string;
  detail: string;
  parameters?: { name: string; value: string }[];
  /** `SdkErrorId` of the orchestration `ErrorData` model. */
  sdkErrorId: string;
}

/**
 * cvad/manage error body. It carries both the Citrix Cloud common error keys (`type`, `detail`,
 * `parameters`) and the 2023 spec's `ErrorData` keys (`ErrorMessage`, required `SdkErrorId`), because
 * which one production sends is unsettled (reference/citrix-notes.md §2.5) and clients read either.
 */
export function citrixErrorBody(problem: CitrixProblem) {
  return {
    type: `https://errors-api.cloud.com/common/${problem.kind}`,
    detail: problem.detail,
    parameters: problem.parameters ?? [],
    ErrorMessage: problem.detail,
    SdkErrorId: problem.sdkErrorId,
  };
}

export function citrixError(
  c: Context,
  status: ContentfulStatusCode,
  problem: CitrixProblem,
): Response {
  return c.json(citrixErrorBody(problem), status);
}

/**
 * Catalog service error body. Its spec declares no schema; Terraform reads `message`
 * (reference/citrix-notes.md §3.5), so that key is always there, next to the common keys.
 */
export function catalogServiceError(
  c: Context,
  status: ContentfulStatusCode,
  problem: CitrixProblem,
): Response {
  const { type, detail, parameters } = citrixErrorBody(problem);
  return c.json({ message: detail, type, detail, parameters }, status);
}

/** Renders a problem in one API's error shape (cvad/manage or catalog service). */
export type CitrixErrorRenderer = (
  c: Context,
  status: ContentfulStatusCode,
  problem: CitrixProblem,
) => Response;

export const citrixProblems = {
  authentication: (reason: 'missing' | 'invalid' | 'expired'): CitrixProblem => ({
    kind: 'authentication',
    detail: 'Missing or invalid authentication details',
    parameters: [{ name: 'reason', value: reason }],
    sdkErrorId: 'Unauthorized',
  }),
  missingHeader: (header: string): CitrixProblem => ({
    kind: 'missing',
    detail: `Missing required header: ${header}`,
    parameters: [{ name: 'header', value: header }],
    sdkErrorId: 'MissingRequiredHeader',
  }),
  accessDenied: (detail = 'Access denied'): CitrixProblem => ({
    kind: 'authorization',
    detail,
    sdkErrorId: 'Forbidden',
  }),
  notFound: (what: string): CitrixProblem => ({
    kind: 'notFound',
    detail: `${what} was not found`,
    sdkErrorId: 'NotFound',
  }),
  tooManyRequests: (): CitrixProblem => ({
    kind: 'tooManyRequests',
    detail: 'Too many requests; slow down the rate of requests',
    sdkErrorId: 'TooManyRequests',
  }),
  internal: (): CitrixProblem => ({
    kind: 'internalServerError',
    detail: 'An unexpected error occurred while processing the request',
    sdkErrorId: 'InternalServerError',
  }),
  unavailable: (): CitrixProblem => ({
    kind: 'serviceUnavailable',
    detail: 'Service is temporarily unable to process the request; retry with exponential back-off',
    sdkErrorId: 'ServiceUnavailable',
  }),
};
