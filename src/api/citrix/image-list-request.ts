/**
 * How the console asks the catalog service for its template images. Kept apart from the schemas
 * (`images.ts`) so that the early reads (`src/early-reads/`) ask for the gallery's list with this
 * same function, and so exactly as the app asks.
 */

/**
 * What the catalog service filters itself (seed 000). Without filters the service's own defaults
 * apply (the rollout wizard asks that way).
 */
export interface CitrixApiFilters {
  includeCitrixPrepared: boolean;
  includeCustomerPrepared: boolean;
  azureSubscriptions: string[];
}

/** The list's query for these filters; none for the service's defaults. */
export function citrixImageListSearch(filters?: CitrixApiFilters): URLSearchParams | undefined {
  if (!filters) return undefined;
  const searchParams = new URLSearchParams({
    includeCitrixPrepared: String(filters.includeCitrixPrepared),
    includeCustomerPrepared: String(filters.includeCustomerPrepared),
  });
  for (const id of filters.azureSubscriptions) searchParams.append('azureSubscriptions', id);
  return searchParams;
}
