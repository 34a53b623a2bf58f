import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that stays the same across renders and always calls the latest `callback`: for a
 * handler passed to a memoized child, so the child does not draw again only because its parent
 * made a new closure. Call it from events, not while rendering (it is updated after each render).
 */
export function useLatestCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
