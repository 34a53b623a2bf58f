import { useCallback, useState } from 'react';

/**
 * Pages reached by an opaque cursor (a continuation token, a marker): page 1 has none, Next pushes
 * the cursor the page on screen returned, Previous pops it. The cursors stay in memory, never in
 * the URL: they are opaque and expire. A new `listKey` (another search) starts again at page 1.
 */
export function useCursorStack(listKey: string) {
  const [state, setState] = useState<{ listKey: string; cursors: readonly string[] }>({
    listKey,
    cursors: [],
  });
  // Reset during render when the listing changes, so no request goes out with a stale cursor.
  const cursors = state.listKey === listKey ? state.cursors : [];
  if (state.listKey !== listKey) setState({ listKey, cursors });

  const next = useCallback(
    (cursor: string) => setState((s) => ({ ...s, cursors: [...s.cursors, cursor] })),
    [],
  );
  const previous = useCallback(
    () => setState((s) => (s.cursors.length > 0 ? { ...s, cursors: s.cursors.slice(0, -1) } : s)),
    [],
  );
  const first = useCallback(
    () => setState((s) => (s.cursors.length > 0 ? { ...s, cursors: [] } : s)),
    [],
  );

  return {
    /** The cursor that opened the page on screen (undefined on page 1). */
    cursor: cursors.at(-1),
    /** 1-based: how deep the stack is. */
    pageNumber: cursors.length + 1,
    next,
    previous,
    first,
  };
}

export type CursorStack = ReturnType<typeof useCursorStack>;
