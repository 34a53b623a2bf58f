import { isHTTPError, isTimeoutError, type HTTPError } from 'ky';
import type { ProxyError } from '../../contracts/console-api.ts';
import { problemWording, type ApiProblemKind } from './api-problem-wording.ts';
import type { ErrorBodyFacts } from './error-body.ts';
import { IncompleteJsonError } from './json-body.ts';
import { proxyCodeToKind } from './proxy-problem-kinds.ts';
import { formatWait, parseRetryAfter } from './retry-after.ts';

// The first route (shell, error boundary, toasts) puts failures into words with this module, so it
// stays free of zod: the error bodies, which need schemas, are read by `http-failure.ts`, loaded
// with the API clients.

export type { ApiProblemKind } from './api-problem-wording.ts';

/** A failed request, in words a help-desk user understands. */
export interface ApiProblem {
  kind: ApiProblemKind;
  title: string;
  /** What happened and what to do, followed by the service's own text when it gave some. */
  message: string;
  /** The service's own text, on its own. */
  detail?: string;
  status?: number;
  retryAfterSeconds?: number;
  /** Citrix's `Citrix-TransactionId`, which Citrix support asks for. */
  transactionId?: string;
}

interface ProblemFacts {
  detail?: string;
  status?: number;
  retryAfterSeconds?: number;
  transactionId?: string;
}

export function createProblem(kind: ApiProblemKind, facts: ProblemFacts = {}): ApiProblem {
  const { title, message, detailIsMessage } = problemWording[kind];
  const wait = facts.retryAfterSeconds;
  const ownWords = detailIsMessage && facts.detail;
  const sentences = [
    ownWords ? facts.detail : message,
    facts.detail && !ownWords ? `Details: ${facts.detail}` : undefined,
    wait !== undefined && wait > 0 ? `Try again in ${formatWait(wait)}.` : undefined,
  ];
  return { kind, title, message: sentences.filter(Boolean).join(' '), ...withoutUndefined(facts) };
}

function withoutUndefined(facts: ProblemFacts): ProblemFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

function kindFromStatus(status: number, retryAfterSeconds: number | undefined): ApiProblemKind {
  if (status === 401) return 'credentials-rejected';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429) return 'rate-limited';
  // Rackspace's rate limiter (Repose) answers 413 with Retry-After; other 413s are "too large".
  if (status === 413) return retryAfterSeconds === undefined ? 'bad-request' : 'rate-limited';
  if (status >= 500) return 'unavailable';
  if (status >= 400) return 'bad-request';
  return 'unexpected-response';
}

/** Describes an HTTP failure from its status, headers and what its body said (if it was read). */
export function describeHttpFailure(response: Response, facts: ErrorBodyFacts = {}): ApiProblem {
  const retryAfterSeconds =
    parseRetryAfter(response.headers.get('Retry-After')) ?? facts.retryAfterSeconds;
  const kind = facts.kindHint ?? kindFromStatus(response.status, retryAfterSeconds);
  return createProblem(kind, {
    detail: facts.detail,
    status: response.status,
    retryAfterSeconds,
    transactionId: response.headers.get('Citrix-TransactionId') ?? undefined,
  });
}

/** The proxy's `{code, message}` problem, as reported per provider by `/api/connection`. */
export function describeProxyProblem(problem: ProxyError['error']): ApiProblem {
  return createProblem(proxyCodeToKind(problem.code), { detail: problem.message });
}

// Filled by the ky `beforeError` hook (`http-failure.ts`), the one place that reads an error body.
const problemsByError = new WeakMap<HTTPError, ApiProblem>();

export function rememberApiProblem(error: HTTPError, problem: ApiProblem) {
  problemsByError.set(error, problem);
}

/**
 * A schema mismatch, from zod/mini (the browser's schemas) or classic zod (the tests'): both error
 * classes set these.
 * Checked by shape rather than `instanceof`, which would bring zod's core into the first route.
 */
function isZodError(
  error: unknown,
): error is Error & { issues: { path: PropertyKey[]; message: string }[] } {
  return (
    error instanceof Error &&
    (error.name === 'ZodError' || error.name === '$ZodError') &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}

// fetch rejects with a TypeError when the network fails, and reading a body whose connection was
// cut rejects the same way; browsers (and undici, in tests) word both differently.
const networkFailureMessage =
  /failed to fetch|fetch failed|networkerror|load failed|network|body stream|terminated/i;

export function toApiProblem(error: unknown): ApiProblem {
  if (isHTTPError(error)) {
    return problemsByError.get(error) ?? describeHttpFailure(error.response);
  }
  if (isTimeoutError(error)) return createProblem('timeout');
  if (isZodError(error)) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    return createProblem('unexpected-response', { detail: issue && `${where}${issue.message}` });
  }
  if (error instanceof IncompleteJsonError) return createProblem('incomplete-response');
  // JSON.parse on an HTML page (e.g. a misrouted request answered by the SPA fallback).
  if (error instanceof SyntaxError) return createProblem('unexpected-response');
  if (error instanceof TypeError && networkFailureMessage.test(error.message)) {
    return createProblem('network-down');
  }
  if (error instanceof Error && error.message) {
    return createProblem('unknown', { detail: error.message });
  }
  return createProblem('unknown');
}
