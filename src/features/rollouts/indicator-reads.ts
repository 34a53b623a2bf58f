/**
 * What the header's operations indicator reads on every page (OperationsIndicator): the latest
 * operations, and the plans. Here, apart from the component, so the early-reads entry sends the
 * same reads with the page (`src/early-reads/routes.ts`) without loading the app's clients.
 */
export const indicatorOperationFilters = { limit: 20 } as const;

/** Every plan: the indicator counts those scheduled or running. */
export const indicatorPlanFilters = {} as const;
