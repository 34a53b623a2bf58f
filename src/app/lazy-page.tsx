import { lazy, type ComponentType, type FunctionComponent } from 'react';
import { loadOnce } from '../lib/load-once.ts';

/** A page whose code loads when it is first drawn, or earlier when asked to (`preload`). */
export type LazyPage = FunctionComponent & {
  /** Starts loading the page's code; settles when it has arrived or failed. */
  preload(): Promise<void>;
};

/**
 * A page whose code loads when it is first drawn. Unlike the router's `lazy`, which holds the
 * whole first render (shell included) until the page's code has arrived, the shell paints at
 * once and the page fills in under it (`AppLayout` has the Suspense boundary).
 *
 * Code that has already arrived (`preload`, or an earlier visit) is drawn directly, without
 * suspending: React holds back the content of a boundary that showed its fallback until 300 ms
 * after the fallback, so a suspension on code that is at hand would cost that much.
 *
 * React.lazy keeps a failed load for good; this one forgets it, so "Try again" on the route's
 * error page (after a dropped connection, say) loads the code again instead of failing at once.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  const code = loadOnce(load);
  const start = () =>
    code.start().catch((error: unknown) => {
      // React.lazy keeps the failure: the next draw needs a new one to load again.
      Suspending = suspending();
      throw error;
    });
  const suspending = () => lazy(async () => ({ default: await start() }));
  let Suspending = suspending();
  function Page() {
    const Loaded = code.loaded;
    return Loaded ? <Loaded /> : <Suspending />;
  }
  return Object.assign(Page, {
    preload: () => start().then(() => undefined),
  });
}
