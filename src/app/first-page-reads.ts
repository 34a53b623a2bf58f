import type { QueryClient } from '@tanstack/react-query';
import { matchPath, type Params } from 'react-router';
import { nextTask } from '../lib/next-task.ts';
import { decodedSegment } from '../lib/path-segment.ts';
import { paths } from '../lib/paths.ts';

/**
 * Starts one page's reads from its own module, given the address's parameters, its query and what
 * the router keeps in its history entry.
 */
type StartReads = (
  queryClient: QueryClient,
  params: Params,
  search: string,
  routerState: unknown,
) => Promise<unknown>;

/**
 * A page's prefetch module, handed over a task after it has run. Evaluating it (the API's
 * clients, its schemas) and the reads' first calls cost a phone about as much each; in one task
 * they were the longest a person's page had after its first paint (285 ms at Chromium's 4x,
 * profiled), which taps wait behind. The reads lose nothing: the HTML's early reads have already
 * asked the cloud.
 */
async function loaded<T>(module: Promise<T>): Promise<T> {
  const ready = await module;
  await nextTask();
  return ready;
}

/**
 * The pages whose reads start before the app's first render, by route. Each page's prefetch is
 * named first in its HTML (`contracts/page-modules.ts`); the prefetches are in the every-page
 * chunk, which they import anyway (`vite.config.ts`, pagePrefetch). Parameters are
 * decoded as the router gives them to the page (`CONTOSO\jdoe`), which `matchPath` alone does
 * not do.
 */
const firstReads: {
  patterns: string[];
  start: StartReads;
  /**
   * The page's first screen is its reads' answer, which `start` settles with: the app's first
   * render waits for it a moment (`main.tsx`). The other pages draw their frame at once.
   */
  drawnWithAnswer?: boolean;
}[] = [
  {
    // The gallery's addresses: its own, and the root, which opens it.
    patterns: [paths.home.pattern, paths.images.pattern],
    start: async (queryClient) =>
      (await loaded(import('../features/images/prefetch-gallery.ts'))).prefetchGallery(queryClient),
  },
  {
    patterns: [paths.imageDetail.pattern],
    start: async (queryClient, { provider = '', imageId = '' }, search) =>
      (await loaded(import('../features/images/prefetch-image.ts'))).prefetchImage(
        queryClient,
        provider,
        decodedSegment(imageId),
        search,
      ),
  },
  {
    patterns: [paths.catalogDetail.pattern],
    start: async (queryClient, { catalogId = '' }) =>
      (await loaded(import('../features/catalogs/prefetch-catalog.ts'))).prefetchCatalog(
        queryClient,
        decodedSegment(catalogId),
      ),
  },
  {
    patterns: [paths.rollout.pattern],
    start: async (queryClient, { rolloutId = '' }) =>
      (await loaded(import('../features/rollouts/prefetch-rollout.ts'))).prefetchRollout(
        queryClient,
        decodedSegment(rolloutId),
      ),
  },
  {
    // The sessions list's first page. Not under a session's details, opened from a link: there
    // the drawer comes first, and on a phone the list is not drawn under it at all.
    patterns: [paths.sessions.pattern],
    start: async (queryClient, _params, search, routerState) =>
      (await loaded(import('../features/sessions/prefetch-sessions.ts'))).prefetchSessions(
        queryClient,
        search,
        routerState,
      ),
    drawnWithAnswer: true,
  },
  {
    patterns: [paths.user.pattern],
    start: async (queryClient, { user = '' }) =>
      (await loaded(import('../features/people/prefetch-person.ts'))).prefetchPerson(
        queryClient,
        decodedSegment(user),
      ),
  },
];

/**
 * The signed-in person's role, read with the first page's reads. Every page draws its actions by
 * the role (`usePermissions`): asked only by the page's first draw, it arrived after it, and every
 * action was drawn again in one piece (a person's page: each session's and machine's buttons, a
 * task of 60 ms at Chromium's 4x). The HTML's early read has asked the console already; this
 * hands its answer to the app before the page draws. It starts two tasks after its module is at
 * hand, behind the page's own first reads (`loaded`, `prefetchPerson`): on a phone each read's
 * first call through the API client is a task's worth of work.
 */
async function startRoleRead(queryClient: QueryClient) {
  const { meQueries } = await loaded(import('../api/console/me.ts'));
  await nextTask();
  void queryClient.prefetchQuery(meQueries.current());
}

/**
 * Starts the reads of the page the browser opened on, before the app's first render, so the
 * clouds work on them while the page's code runs and draws (`main.tsx`). Only for the first page:
 * a page opened later finds its code at hand and asks at once. Not a route loader: a route with a
 * loader draws a Back to it a moment after the browser has put back the scroll position, which
 * then finds the page too short (the gallery came back at 738 px instead of 3,000, a person's
 * page at its top instead of 1,058 px down).
 *
 * Settles, never rejecting, once the reads of a page drawn with its answer (`drawnWithAnswer`)
 * have been answered or have failed; at once for any other page.
 */
export function startFirstPageReads(
  queryClient: QueryClient,
  pathname: string,
  search = '',
  routerState?: unknown,
): Promise<void> {
  // A module that cannot load is the page's to report: its first draw asks for the role again.
  startRoleRead(queryClient).catch(() => undefined);
  for (const { patterns, start, drawnWithAnswer } of firstReads) {
    const match = patterns.map((pattern) => matchPath(pattern, pathname)).find(Boolean);
    if (match) {
      // A read that cannot start is the page's to make and report, as it would have anyway.
      const started = start(queryClient, match.params, search, routerState).then(
        () => undefined,
        () => undefined,
      );
      return drawnWithAnswer ? started : Promise.resolve();
    }
  }
  return Promise.resolve();
}
