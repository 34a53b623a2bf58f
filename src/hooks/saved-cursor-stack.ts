/** A cursor stack as kept in a history entry's state: the listing it pages, and its cursors. */
export interface SavedStack {
  listKey: string;
  cursors: readonly string[];
}

/**
 * Where a list keeps its cursors in the history entry's state unless it names another key. The
 * early reads look there too, before the app runs (`firstPageRequestAt`).
 */
export const defaultHistoryKey = 'cursorStack';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stack saved under `historyKey` in a history entry's state, if there is a well-formed one.
 * The state outlives the code that wrote it (a reload after a deploy), so it is checked, not trusted.
 */
export function readSavedStack(state: unknown, historyKey: string): SavedStack | undefined {
  const saved = isRecord(state) ? state[historyKey] : undefined;
  if (!isRecord(saved) || typeof saved.listKey !== 'string' || !Array.isArray(saved.cursors)) {
    return undefined;
  }
  const cursors: unknown[] = saved.cursors;
  return cursors.every((cursor) => typeof cursor === 'string')
    ? { listKey: saved.listKey, cursors: cursors as string[] }
    : undefined;
}

/** The entry's state with `stack` saved under `historyKey`; whatever else it holds is kept. */
export function withSavedStack(state: unknown, historyKey: string, stack: SavedStack) {
  return { ...(isRecord(state) ? state : {}), [historyKey]: stack };
}

export function sameStack(a: SavedStack | undefined, b: SavedStack) {
  return (
    a?.listKey === b.listKey &&
    a.cursors.length === b.cursors.length &&
    a.cursors.every((cursor, i) => cursor === b.cursors[i])
  );
}
