import ky from 'ky';
import { attachApiProblem } from './api-problem.ts';
import { parseJsonBody } from './json-body.ts';

// Longer than the proxy's own upstream timeout, so that when the cloud is slow the user reads
// the proxy's explanation (`upstream_timeout`) instead of a bare browser-side timeout.
const requestTimeoutMs = 45_000;

function createApiClient(path: string) {
  return ky.create({
    // Absolute, because fetch outside a browser (jsdom in tests) cannot resolve a relative URL.
    prefixUrl: new URL(path, window.location.origin).toString(),
    // React Query owns retries; ky retrying as well would multiply them.
    retry: 0,
    timeout: requestTimeoutMs,
    headers: { Accept: 'application/json' },
    parseJson: parseJsonBody,
    hooks: { beforeError: [attachApiProblem] },
  });
}

/** The console server's own endpoints (`contracts/console-api.ts`). */
export const consoleApi = createApiClient('/api/');
/** Citrix DaaS REST API (`cvad/manage`), PascalCase JSON. */
export const cvadApi = createApiClient('/api/cvad/manage/');
/** Citrix catalog service: paths start with `{customerId}/{siteId}/`, camelCase JSON. */
export const catalogServiceApi = createApiClient('/api/catalogservice/');
/** Rackspace Cloud Servers: paths start with `{region}/v2/{tenantId}/`. */
export const rackspaceApi = createApiClient('/api/rackspace/');
