import type { QueryClient } from '@tanstack/react-query';
import { connectionQueries } from '../../api/console/connection.ts';
import { nextTask } from '../../lib/next-task.ts';
import { galleryClouds, galleryQueries } from './gallery-queries.ts';

/**
 * Starts the gallery's reads with the same keys its queries use, as soon as the connection is
 * known (the HTML preloads it), so the clouds work on them while the page's code runs and draws
 * instead of after (`app/first-page-reads.ts`). Only that imports this module, so it is a chunk of
 * its own that the gallery's HTML names first (`contracts/page-modules.ts`).
 */
export async function prefetchGallery(queryClient: QueryClient) {
  const { citrix, rackspace } = galleryClouds(
    await queryClient.ensureQueryData(connectionQueries.status()),
  );
  if (citrix) void queryClient.prefetchQuery(galleryQueries.citrix(citrix));
  // Each read's first call through the API client is a task of its own on a phone (next-task.ts).
  if (citrix && rackspace) await nextTask();
  if (rackspace) void queryClient.prefetchQuery(galleryQueries.rackspace(rackspace));
}
