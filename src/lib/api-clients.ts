import ky, { type HTTPError } from 'ky';
import { apiPaths } from './api-paths.ts';
import { toApiProblem } from './api-problem.ts';
import { withEarlyAnswers } from './early-answers.ts';
import { attachApiProblem } from './http-failure.ts';
import { parseJsonBody } from './json-body.ts';
import { sendToSignIn } from './sign-in.ts';
// Before any response is parsed: zod/mini's issue messages in English, as classic zod's were.
import './zod-english.ts';

// Longer than the proxy's own upstream timeout, so that when the cloud is slow the user reads
// the proxy's explanation (`upstream_timeout`) instead of a bare browser-side timeout.
const requestTimeoutMs = 45_000;

/**
 * ky `beforeError` hook, after `attachApiProblem`: the console server's own 401 (`unauthenticated`)
 * means the person's sign-in ended, so every page goes through sign-in and back, from this one
 * place. A cloud's 401 (`credentials_rejected`, a Citrix body) is the proxy's credentials, not
 * the person's, and is left to the page to explain.
 */
function signInAgainWhenSignedOut(error: HTTPError): HTTPError {
  const fromApi = new URL(error.request.url).pathname.startsWith('/api/');
  const signedOut = error.response.status === 401 && toApiProblem(error).kind === 'signed-out';
  if (fromApi && signedOut) sendToSignIn();
  return error;
}

function createApiClient(path: string) {
  return ky.create({
    // Absolute, because fetch outside a browser (jsdom in tests) cannot resolve a relative URL.
    prefixUrl: new URL(path, window.location.origin).toString(),
    // React Query owns retries; ky retrying as well would multiply them.
    retry: 0,
    timeout: requestTimeoutMs,
    headers: { Accept: 'application/json' },
    parseJson: parseJsonBody,
    // Looked up at each request, not bound once, so a fetch replaced later (tests) is the one used.
    fetch: withEarlyAnswers((input, init) => globalThis.fetch(input, init)),
    hooks: { beforeError: [attachApiProblem, signInAgainWhenSignedOut] },
  });
}

/** The console server's own endpoints (`contracts/console-api.ts`). */
export const consoleApi = createApiClient(apiPaths.console);
/** Citrix DaaS REST API (`cvad/manage`), PascalCase JSON. */
export const cvadApi = createApiClient(apiPaths.cvad);
/** Citrix catalog service: paths start with `{customerId}/{siteId}/`, camelCase JSON. */
export const catalogServiceApi = createApiClient(apiPaths.catalogService);
/** Rackspace Cloud Servers: paths start with `{region}/v2/{tenantId}/`. */
export const rackspaceApi = createApiClient(apiPaths.rackspace);
/** The console server's sign-in endpoints (`/auth/logout`); not JSON APIs of any cloud. */
export const authApi = createApiClient(apiPaths.auth);
