import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';
import { loadOnce } from '../lib/load-once.ts';

/** A component whose code loads when it is first drawn, or earlier when asked to (`preload`). */
export type LazyComponent<Props extends object> = FunctionComponent<Props> & {
  /** Starts loading the code; settles when it has arrived (rejects if it failed). */
  preload(): Promise<void>;
};

/**
 * A component whose code loads when it is first drawn: until then it suspends, to the nearest
 * Suspense boundary. Code that has already arrived (`preload`, or an earlier draw) is drawn
 * directly, without suspending: React holds back the content of a boundary that showed its
 * fallback until 300 ms after the fallback, so a suspension on code at hand would cost that much.
 *
 * React.lazy keeps a failed load for good; this one forgets it, so a "Try again" that draws it
 * again (after a dropped connection, say) loads the code again instead of failing at once.
 */
export function lazyComponent<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyComponent<Props> {
  const code = loadOnce(load);
  const start = () =>
    code.start().catch((error: unknown) => {
      // React.lazy keeps the failure: the next draw needs a new one to load again.
      Suspending = suspending();
      throw error;
    });
  const suspending = () => lazy(async () => ({ default: await start() }));
  let Suspending = suspending();
  function Lazy(props: Props) {
    return createElement(code.loaded ?? Suspending, props);
  }
  return Object.assign(Lazy, { preload: () => start().then(() => undefined) });
}
