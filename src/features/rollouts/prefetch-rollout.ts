import type { QueryClient } from '@tanstack/react-query';
import { isOperationId } from '../../../contracts/identity-api.ts';
import { operationQueries } from '../../api/console/operations.ts';

/**
 * Starts a rollout page's read of its operation with the key its query uses, while the page's
 * code runs and draws (`app/first-page-reads.ts`); an ID that cannot be an operation's is not
 * asked for, as the page does not. A chunk of its own that the rollout page's HTML names first
 * (`contracts/page-modules.ts`).
 */
export function prefetchRollout(queryClient: QueryClient, rolloutId: string) {
  if (isOperationId(rolloutId)) void queryClient.prefetchQuery(operationQueries.detail(rolloutId));
}
