import { useDeferredValue } from 'react';

/**
 * A query's answer, handed to what draws it a render later. React Query delivers answers through
 * `useSyncExternalStore`, whose updates React always renders synchronously, so drawing a page's
 * data in that update is one long task a phone's taps wait behind. Deferred, React draws it in
 * slices right after. No answer (a new key) shows at once, not the last key's.
 */
export function useDeferredAnswer<T>(answer: T | undefined): T | undefined {
  const deferred = useDeferredValue(answer);
  return answer === undefined ? undefined : deferred;
}
