import { notifications, notificationsStore } from '@mantine/notifications';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { toApiProblem, type ApiProblemKind } from './api-problem.ts';

const maxRetries = 3;
const maxRetryDelayMs = 30_000;

// Failures that may well go away by themselves. Everything else (other 4xx, a response we
// cannot parse, missing configuration) fails the same way every time, so retrying only delays
// the message the user needs to see.
const transientKinds = new Set<ApiProblemKind>([
  'network-down',
  'timeout',
  'unavailable',
  'rate-limited',
  // A JSON body cut short in transit; an HTML page instead of JSON stays 'unexpected-response'.
  'incomplete-response',
]);

/** React Query `retry` for queries (all idempotent reads). */
export function shouldRetryQuery(failureCount: number, error: unknown) {
  if (failureCount >= maxRetries) return false;
  const { kind, status, retryAfterSeconds } = toApiProblem(error);
  // The cloud's 401 to a token the proxy minted: the token expired on its way (the proxy drops
  // it on a 401), so one more read goes out with a fresh one. A second 401 is a real refusal.
  if (kind === 'credentials-rejected' && status === 401) return failureCount < 1;
  // A server that asks for a long pause gets it; better to show "try again in 5 minutes"
  // than to keep a spinner up and be refused again.
  if (retryAfterSeconds !== undefined && retryAfterSeconds * 1000 > maxRetryDelayMs) return false;
  return transientKinds.has(kind);
}

/** React Query `retryDelay`: the server's Retry-After when it gave one, else backoff. */
export function queryRetryDelay(failureCount: number, error: unknown) {
  const { retryAfterSeconds } = toApiProblem(error);
  if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds * 1000, maxRetryDelayMs);
  // Exponential backoff with "equal jitter", so many open consoles do not retry in lockstep.
  const ceiling = Math.min(1000 * 2 ** failureCount, maxRetryDelayMs);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /**
       * A 404 means the thing is gone by itself (a session ends when its user logs off) and its
       * screen says so in place: an outcome, not a failed refresh to toast about.
       */
      goneIsAnOutcome?: boolean;
    };
  }
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A first load shows its own error in place. Only a failed background refresh needs a
        // toast, because the screen keeps showing the older data and would otherwise hide it.
        if (query.state.data === undefined) return;
        const problem = toApiProblem(error);
        if (problem.kind === 'not-found' && query.meta?.goneIsAnOutcome) return;
        const toast = {
          // One toast per query: a refresh that fails again replaces it rather than stacking.
          id: query.queryHash,
          color: 'orange',
          title: `Could not refresh: ${problem.title}`,
          message: `Showing the last data loaded. ${problem.message}`,
          // The screen is out of date until a refresh works, which closes it (onSuccess).
          autoClose: false,
        } as const;
        // `show` ignores an id already shown and `update` one not shown: one of them applies.
        notifications.update(toast);
        notifications.show(toast);
      },
      onSuccess: (_data, query) => {
        // Every read succeeds through here: touch the toast store only when there is one to close.
        const { notifications: shown, queue } = notificationsStore.getState();
        const id = query.queryHash;
        if ([...shown, ...queue].some((toast) => toast.id === id)) notifications.hide(id);
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
        // An answer a few seconds old is current enough to draw without asking again: the first
        // page's reads start before the page mounts (`app/first-page-reads.ts`), and with no
        // freshness at all the page asked the cloud a second time the moment it drew the first
        // answer. Changes still show at once: each write refreshes what it changed.
        staleTime: 5_000,
      },
      // A mutation changes something; repeating it on its own could do it twice.
      mutations: { retry: false },
    },
  });
}
