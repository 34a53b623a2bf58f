import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { paths } from '../lib/paths.ts';

/** The gallery's addresses: its own, and the root, which opens it. */
const galleryPaths = new Set<string>([paths.home.pattern, paths.images.pattern]);

/**
 * Starts the reads of the page the browser opened on, before the app's first render, so the
 * clouds work on them while the page's code runs and draws (`main.tsx`). Only for the first page:
 * a page opened later finds its code at hand and asks at once. Not a route loader: a route with a
 * loader draws a Back to it a moment after the browser has put back the scroll position, which
 * then finds the page too short (the gallery came back at 738 px instead of 3,000, a person's
 * page at its top instead of 1,058 px down). Each page's prefetch is its own small chunk, which
 * its HTML names first (`contracts/page-modules.ts`).
 */
export function startFirstPageReads(queryClient: QueryClient, pathname: string, search = '') {
  if (galleryPaths.has(pathname)) {
    void import('../features/images/prefetch-gallery.ts')
      .then(({ prefetchGallery }) => prefetchGallery(queryClient))
      .catch(() => undefined);
    return;
  }
  const image = matchPath(paths.imageDetail.pattern, pathname)?.params;
  if (image?.provider && image.imageId) {
    const { provider, imageId } = image;
    void import('../features/images/prefetch-image.ts')
      .then(({ prefetchImage }) =>
        prefetchImage(queryClient, provider, decodedSegment(imageId), search),
      )
      .catch(() => undefined);
    return;
  }
  const catalogId = matchPath(paths.catalogDetail.pattern, pathname)?.params.catalogId;
  if (catalogId) {
    const id = decodedSegment(catalogId);
    void import('../features/catalogs/prefetch-catalog.ts')
      .then(({ prefetchCatalog }) => prefetchCatalog(queryClient, id))
      .catch(() => undefined);
    return;
  }
  const rolloutId = matchPath(paths.rollout.pattern, pathname)?.params.rolloutId;
  if (rolloutId) {
    const id = decodedSegment(rolloutId);
    void import('../features/rollouts/prefetch-rollout.ts')
      .then(({ prefetchRollout }) => prefetchRollout(queryClient, id))
      .catch(() => undefined);
    return;
  }
  const segment = matchPath(paths.user.pattern, pathname)?.params.user;
  if (segment) {
    // The account as the router gives it to the page: decoded (`CONTOSO\jdoe`), which
    // `matchPath` alone does not do.
    const user = decodedSegment(segment);
    void import('../features/people/prefetch-person.ts')
      .then(({ prefetchPerson }) => prefetchPerson(queryClient, user))
      .catch(() => undefined);
  }
}

/** A path segment decoded as the router decodes it; as it is when it is not valid encoding. */
function decodedSegment(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
