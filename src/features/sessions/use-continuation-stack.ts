import { useCallback, useState } from 'react';

/**
 * Pages of a continuation-token API: the tokens that opened each page so far, kept in memory (never
 * in the URL, they are opaque and expire). A new `queryKey` (another search) starts again at page 1.
 */
export function useContinuationStack(queryKey: string) {
  const [state, setState] = useState<{ key: string; tokens: (string | undefined)[] }>({
    key: queryKey,
    tokens: [undefined],
  });
  // Reset during render when the query changes, so no request goes out with a stale token.
  const tokens = state.key === queryKey ? state.tokens : [undefined];
  if (state.key !== queryKey) setState({ key: queryKey, tokens });

  const next = useCallback(
    (token: string) => setState((s) => ({ ...s, tokens: [...s.tokens, token] })),
    [],
  );
  const previous = useCallback(
    () =>
      setState((s) => ({ ...s, tokens: s.tokens.length > 1 ? s.tokens.slice(0, -1) : s.tokens })),
    [],
  );
  const first = useCallback(() => setState((s) => ({ ...s, tokens: [undefined] })), []);

  return {
    /** The token of the page on screen (undefined on page 1). */
    token: tokens[tokens.length - 1],
    pageNumber: tokens.length,
    next,
    previous,
    first,
  };
}
