import type { ComponentType } from 'react';
import { lazyComponent, type LazyComponent } from '../components/lazy-component.tsx';

/** A page whose code loads when it is first drawn, or earlier when asked to (`preload`). */
export type LazyPage = LazyComponent<object>;

export interface LazyPageOptions {
  /**
   * Code the page draws at once, loaded beside the page's own instead of after it (the filters
   * of a list on a wide screen): a promise, or nothing when it is not needed this time.
   */
  alongside?: () => Promise<unknown> | undefined;
}

/**
 * A page whose code loads when it is first drawn. Unlike the router's `lazy`, which holds the
 * whole first render (shell included) until the page's code has arrived, the shell paints at
 * once and the page fills in under it (`AppLayout` has the Suspense boundary). Code that has
 * arrived is drawn directly, and a failed load is tried again (`lazyComponent`).
 */
export function lazyPage(
  load: () => Promise<ComponentType>,
  { alongside }: LazyPageOptions = {},
): LazyPage {
  return lazyComponent(async () => (await Promise.all([load(), alongside?.()]))[0]);
}
