import { queryOptions } from '@tanstack/react-query';
import {
  operationListSchema,
  operationSchema,
  type OperationKind,
  type OperationState,
} from '../../../contracts/identity-api.ts';
import { operationPath } from './operation-paths.ts';
import { consoleApi } from '../../lib/api-clients.ts';

/** `GET /api/operations` filters; left out means "any". */
export interface OperationFilters {
  kind?: OperationKind;
  catalogId?: string;
  state?: OperationState;
  limit?: number;
}

async function getOperations(filters: OperationFilters, signal: AbortSignal) {
  // ky leaves out the filters that are undefined.
  const body = await consoleApi.get('operations', { searchParams: { ...filters }, signal }).json();
  return operationListSchema.parse(body).items;
}

async function getOperation(id: string, signal: AbortSignal) {
  const body = await consoleApi.get(operationPath(id), { signal }).json();
  return operationSchema.parse(body);
}

// The server's follower reads the cloud every few seconds; asking it more often shows nothing new.
const runningDetailPollMs = 3_000;
const runningListPollMs = 5_000;
// Colleagues start operations too: an idle list still looks now and then, so a rollout someone
// else started (or one whose submit this browser lost to a reload) shows up without a click.
const idleListPollMs = 20_000;
// A hidden tab still learns how things ended (for its toast), without keeping the server busy.
const hiddenTabPollMs = 30_000;

const whileVisible = (ms: number) =>
  document.visibilityState === 'hidden' ? Math.max(ms, hiddenTabPollMs) : ms;

/**
 * The console server's shared operation records (`contracts/identity-api.ts`): who started each
 * rollout, session action or machine action, and how the server's follower last saw it.
 */
export const operationQueries = {
  all: () => ['operations'] as const,
  lists: () => [...operationQueries.all(), 'list'] as const,
  /** Newest first; polls often while any listed operation runs, and slowly otherwise. */
  list: (filters: OperationFilters) =>
    queryOptions({
      queryKey: [...operationQueries.lists(), filters] as const,
      queryFn: ({ signal }) => getOperations(filters, signal),
      refetchInterval: (query) =>
        whileVisible(
          query.state.data?.some((operation) => operation.state === 'running')
            ? runningListPollMs
            : idleListPollMs,
        ),
      refetchIntervalInBackground: true,
    }),
  details: () => [...operationQueries.all(), 'detail'] as const,
  /** One operation; polls until the server records how it ended. */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...operationQueries.details(), id] as const,
      queryFn: ({ signal }) => getOperation(id, signal),
      refetchInterval: (query) =>
        query.state.data?.state === 'running' ? whileVisible(runningDetailPollMs) : false,
      refetchIntervalInBackground: true,
    }),
};
