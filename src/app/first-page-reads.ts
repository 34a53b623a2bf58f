import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../lib/paths.ts';

/** The gallery's addresses: its own, and the root, which opens it. */
const galleryPaths = new Set<string>([paths.home.pattern, paths.images.pattern]);

/**
 * Starts the reads of the page the browser opened on, before the app's first render, so the
 * clouds work on them while the page's code runs and draws (`main.tsx`). Only for the first page:
 * a page opened later finds its code at hand and asks at once. Not a route loader: a route with a
 * loader draws a Back to it a moment after the browser has put back the scroll position, which
 * then finds the page too short (the gallery came back at 738 px instead of 3,000).
 */
export function startFirstPageReads(queryClient: QueryClient, pathname: string) {
  if (!galleryPaths.has(pathname)) return;
  // Its own small chunk, which the gallery's HTML names first (`contracts/page-modules.ts`).
  void import('../features/images/prefetch-gallery.ts')
    .then(({ prefetchGallery }) => prefetchGallery(queryClient))
    .catch(() => undefined);
}
