/** Code (or anything) loaded once and kept: what it gave, and how to start it. */
export interface LoadOnce<T> {
  /** Starts the load, or joins the one under way; settles with what it gave. */
  start(): Promise<T>;
  /** What the load gave, once it has; null before. */
  readonly loaded: T | null;
}

/**
 * A load started once and shared by everyone who asks. A failed one is forgotten, so the next
 * `start` tries again (after a dropped connection, say) instead of failing at once for good.
 */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    start: () =>
      (loading ??= load().then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
