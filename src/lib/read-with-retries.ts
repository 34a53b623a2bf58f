import { queryRetryDelay, shouldRetryQuery } from './query-client.ts';

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

/**
 * A read made outside React Query (an export walking many pages), retried exactly as React Query
 * retries the console's reads: the same failures, as many times, after the same waits (the
 * server's Retry-After when it gives one). The last failure is thrown.
 */
export async function readWithRetries<T>(
  read: () => Promise<T>,
  signal: AbortSignal,
  sleep: Sleep = abortableSleep,
): Promise<T> {
  for (let failures = 0; ; failures++) {
    try {
      return await read();
    } catch (error) {
      if (signal.aborted || !shouldRetryQuery(failures, error)) throw error;
      await sleep(queryRetryDelay(failures, error), signal);
    }
  }
}
