import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';
import { loadOnce } from '../lib/load-once.ts';

/** A component whose code loads when it is first drawn, or earlier when asked to (`preload`). */
export type LazyComponent<Props extends object> = FunctionComponent<Props> & {
  /** Starts loading the code; settles when it has arrived (rejects if it failed). */
  preload(): Promise<void>;
};

/**
 * What React.lazy asks for, answered at once: React reads the code in `then`'s callback and, called
 * there and then, draws it in the same render instead of suspending. A promise would answer a
 * microtask later, after React had suspended.
 */
function answeredAtOnce<T>(value: T): Promise<T> {
  const thenable = { then: (fulfilled: (value: T) => unknown) => fulfilled(value) };
  return thenable as unknown as Promise<T>;
}

/**
 * A component whose code loads when it is first drawn: until then it suspends, to the nearest
 * Suspense boundary. Code that has already arrived (`preload`, or an earlier draw) is drawn at
 * once, without suspending: React holds back the content of a boundary that showed its fallback
 * until 300 ms after the fallback, so a suspension on code at hand would cost that much.
 *
 * It is always the same React.lazy component, before and after the code arrives. Drawing the code's
 * component directly once it had arrived made it another component to React, which then started
 * it afresh, state and all, at the next redraw: the update-image wizard, opened just as its code
 * arrived, went back to its first step when an image was chosen.
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
  const suspending = () =>
    lazy(() =>
      code.loaded
        ? answeredAtOnce({ default: code.loaded })
        : start().then((loaded) => ({ default: loaded })),
    );
  let Suspending = suspending();
  function Lazy(props: Props) {
    return createElement(Suspending, props);
  }
  return Object.assign(Lazy, { preload: () => start().then(() => undefined) });
}
