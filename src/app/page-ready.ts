import { matchRoutes, type RouteObject } from 'react-router';
import type { LazyPage } from './lazy-page.tsx';

const isLazyPage = (component: unknown): component is LazyPage =>
  typeof component === 'function' && 'preload' in component;

/**
 * Starts loading the code of the pages this address shows, and settles when it has arrived or
 * after `waitMs`, whichever is first. Rendering after it, a page whose code was at hand (the
 * browser's cache, the HTML's preloads) draws with the shell instead of behind a fallback; a slow
 * one still lets the shell paint after `waitMs`.
 */
export function pageReady(routes: RouteObject[], pathname: string, waitMs: number) {
  const pages = (matchRoutes(routes, pathname) ?? [])
    .map((match) => match.route.Component)
    .filter(isLazyPage);
  return settledWithin(Promise.allSettled(pages.map((page) => page.preload())), waitMs);
}

/** Settles when `promise` settles or after `waitMs`, whichever is first; never rejects. */
export function settledWithin(promise: Promise<unknown>, waitMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  return Promise.race([promise.catch(() => undefined), waited]).then(() => clearTimeout(timer));
}
