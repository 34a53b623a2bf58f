import type { ProxyError } from '../../contracts/console-api.ts';
import type { ApiProblemKind } from './api-problem-wording.ts';

// Type-only imports: the first route names proxy problems through this map, and must not pull in
// zod, which only the code that reads error bodies needs.
const proxyKinds: Record<ProxyError['error']['code'], ApiProblemKind> = {
  not_found: 'not-found',
  method_not_allowed: 'bad-request',
  provider_not_configured: 'not-configured',
  credentials_rejected: 'credentials-rejected',
  discovery_failed: 'unavailable',
  upstream_unreachable: 'unavailable',
  upstream_timeout: 'timeout',
  payload_too_large: 'bad-request',
  unauthenticated: 'signed-out',
  forbidden: 'not-permitted',
  audit_unavailable: 'audit-unavailable',
  bad_request: 'bad-request',
  conflict: 'conflict',
};

export function proxyCodeToKind(code: keyof typeof proxyKinds): ApiProblemKind {
  return proxyKinds[code];
}
