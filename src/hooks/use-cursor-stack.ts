import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import {
  defaultHistoryKey,
  readSavedStack,
  sameStack,
  withSavedStack,
} from './saved-cursor-stack.ts';

/**
 * Pages reached by an opaque cursor (a continuation token, a marker): page 1 has none, Next pushes
 * the cursor the page on screen returned, Previous pops it. A new `listKey` (another search)
 * starts again at page 1.
 *
 * The cursors never go in the URL (they are opaque and expire); they are kept in the state of the
 * current history entry (`historyKey` names them there), which browsers keep across a reload and
 * Back/Forward. A page turn REPLACES the entry's state rather than pushing an entry: the address
 * does not change, so Back leaves the list for where the user came from, as it does for any other
 * view, and Forward (or Back) to the list reopens the page it was left on.
 */
export function useCursorStack(listKey: string, historyKey = defaultHistoryKey) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const saved = readSavedStack(location.state, historyKey);
  const [state, setState] = useState(() => ({
    entry: location.key,
    stack: saved?.listKey === listKey ? saved : { listKey, cursors: [] },
    /** A page was turned on this entry and is not saved in it yet. */
    turned: false,
  }));

  // Adjusted during render, so no request goes out with a stale cursor. Back/Forward (POP) to
  // another entry reopens that entry's page; a push or replace keeps the page on screen (a
  // details drawer pushed over the list).
  let { stack, turned } = state;
  if (state.entry !== location.key) {
    turned = false;
    if (navigationType === 'POP') stack = saved ?? { listKey, cursors: [] };
  }
  if (stack.listKey !== listKey) stack = { listKey, cursors: [] };
  if (state.entry !== location.key || stack !== state.stack) {
    setState({ entry: location.key, stack, turned });
  }

  // Save a page turn in the entry it happened on. Only then: a write that landed after a quick
  // Back would replace the entry Back went to.
  const unsaved = turned && !sameStack(saved, stack);
  useEffect(() => {
    if (!unsaved) return;
    const { pathname, search, hash } = location;
    void navigate(
      { pathname, search, hash },
      {
        replace: true,
        state: withSavedStack(location.state, historyKey, stack),
        preventScrollReset: true,
      },
    );
  }, [unsaved, location, navigate, historyKey, stack]);

  const turn = useCallback(
    (change: (cursors: readonly string[]) => readonly string[]) =>
      setState((s) => {
        const cursors = change(s.stack.cursors);
        return cursors === s.stack.cursors
          ? s
          : { ...s, stack: { ...s.stack, cursors }, turned: true };
      }),
    [],
  );
  const next = useCallback((cursor: string) => turn((cursors) => [...cursors, cursor]), [turn]);
  const previous = useCallback(
    () => turn((cursors) => (cursors.length > 0 ? cursors.slice(0, -1) : cursors)),
    [turn],
  );
  const first = useCallback(() => turn((cursors) => (cursors.length > 0 ? [] : cursors)), [turn]);

  return {
    /** The cursor that opened the page on screen (undefined on page 1). */
    cursor: stack.cursors.at(-1),
    /** 1-based: how deep the stack is. */
    pageNumber: stack.cursors.length + 1,
    next,
    previous,
    first,
  };
}

export type CursorStack = ReturnType<typeof useCursorStack>;
