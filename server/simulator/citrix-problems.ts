import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FaultAnswers } from './middleware/faults.ts';

export interface CitrixProblem {
  /** Last segment of the Citrix Cloud error type, e.g. `authentication` → `…/common/authentication`. */
  kind: string;
  detail: string;
  parameters?: { name: string; value: string }[];
  /** `SdkErrorId` of the orchestration `ErrorData` model. */
  sdkErrorId: string;
}

/**
 * The Citrix Cloud common error keys, which both Citrix APIs send; each API adds its own
 * (cvad-manage/errors.ts, catalog-service/errors.ts).
 */
export function citrixCommonErrorKeys(problem: CitrixProblem) {
  return {
    type: `https://errors-api.cloud.com/common/${problem.kind}`,
    detail: problem.detail,
    parameters: problem.parameters ?? [],
  };
}

/** Answers a problem in one API's error shape (cvad/manage or catalog service). */
export type CitrixErrorRenderer = (
  c: Context,
  status: ContentfulStatusCode,
  problem: CitrixProblem,
) => Response;

/** The renderer of an API whose documented error body is `toBody(problem)`. */
export function citrixErrorRenderer(
  toBody: (problem: CitrixProblem) => object,
): CitrixErrorRenderer {
  return (c, status, problem) => c.json(toBody(problem), status);
}

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

/** Injected faults in a Citrix API's error shape: 500 and 503, and 429 when rate-limited. */
export function citrixFaultAnswers(render: CitrixErrorRenderer): FaultAnswers {
  return {
    serverError: (c, status) =>
      render(c, status, status === 503 ? citrixProblems.unavailable() : citrixProblems.internal()),
    rateLimited: (c) => render(c, 429, citrixProblems.tooManyRequests()),
  };
}
