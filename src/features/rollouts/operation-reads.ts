/**
 * The operation and plan reads that pages and the header make as they open, apart from their
 * components so the early-reads entry sends the same reads with the page
 * (`src/early-reads/routes.ts`) without loading the app's clients.
 */

/** The header's operations indicator, on every page (OperationsIndicator): the latest ones. */
export const indicatorOperationFilters = { limit: 20 } as const;

/** The indicator's plans: every plan, of which it counts those scheduled or running. */
export const indicatorPlanFilters = {} as const;

/** A catalog's rollouts, newest first, as its page lists them (RolloutHistory). */
export const rolloutHistoryFilters = (catalogId: string) =>
  ({ kind: 'rollout', catalogId, limit: 50 }) as const;

/** The rollouts running on a catalog, which the wizard's pre-flight checks (useRolloutPreflight). */
export const runningRolloutFilters = (catalogId: string) =>
  ({ kind: 'rollout', catalogId, state: 'running' }) as const;
