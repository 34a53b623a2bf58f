import type { Catalog } from '../../api/citrix/catalogs.ts';
import type { ApiProblem, ApiProblemKind } from '../../lib/api-problem.ts';

/** After a failed submit: was it perhaps accepted anyway? Only a fresh read of the catalog says. */
export type Recheck =
  | { kind: 'needed' }
  | { kind: 'checking' }
  | { kind: 'accepted-anyway' }
  | { kind: 'unchanged' }
  | { kind: 'check-failed'; problem: ApiProblem };

// The console server refused before forwarding anything: nothing reached Citrix, so a retry is
// safe. Any other 5xx or a lost answer may have been accepted.
const refusedBeforeSending = new Set<ApiProblemKind>([
  'signed-out',
  'not-permitted',
  'audit-unavailable',
]);

/** A network failure or 5xx: the request may have reached Citrix before the answer was lost. */
export function mayHaveReachedCitrix(problem: ApiProblem): boolean {
  return (
    !refusedBeforeSending.has(problem.kind) &&
    (problem.status === undefined || problem.status >= 500)
  );
}

/**
 * What a fresh read of the catalog says about the lost request: a catalog now updating, or
 * already on the new image, took it.
 */
export function recheckOutcome(catalog: Catalog, newImageId: string | undefined): Recheck {
  const changed = catalog.state === 'Processing' || catalog.imageId === newImageId;
  return { kind: changed ? 'accepted-anyway' : 'unchanged' };
}
