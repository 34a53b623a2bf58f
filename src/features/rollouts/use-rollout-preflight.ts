import { useQuery } from '@tanstack/react-query';
import { operationQueries } from '../../api/console/operations.ts';
import { toApiProblem } from '../../lib/api-problem.ts';
import type { Catalog } from '../../api/citrix/catalogs.ts';
import { runningRolloutFilters } from './operation-reads.ts';
import { preflight, preflightUnchecked, type PreflightResult } from './preflight.ts';

/**
 * The wizard's pre-flight for the catalog the address names: its own state, and the server's
 * running rollouts on it (anyone's). Undefined until both are known. The list is asked for by
 * the address's id, beside the catalog rather than after it, and polls while one runs, so the
 * check clears by itself when that rollout ends.
 */
export function useRolloutPreflight(
  catalogId: string | null,
  catalog: Catalog | undefined,
): PreflightResult | undefined {
  const runningQuery = useQuery({
    ...operationQueries.list(runningRolloutFilters(catalogId ?? '')),
    enabled: catalogId !== null,
  });
  if (!catalog || catalog.id !== catalogId) return undefined;
  if (runningQuery.data) return preflight(catalog, runningQuery.data[0]);
  if (runningQuery.error) return preflightUnchecked(catalog, toApiProblem(runningQuery.error));
  return undefined;
}
