import type { QueryClient } from '@tanstack/react-query';
import { nextTask } from '../../lib/next-task.ts';
import { personQueries } from './person-queries.ts';

/**
 * Starts the person page's two reads with the same keys its queries use, so they run while the
 * page's code loads instead of after it has rendered. Only the router imports this module, so it
 * is a chunk of its own that the person page's HTML names first (`contracts/page-modules.ts`).
 */
export async function prefetchPerson(queryClient: QueryClient, user: string) {
  const queries = personQueries(user);
  void queryClient.prefetchQuery(queries.sessions);
  // Each read's first call through the API client is a task of its own on a phone (next-task.ts).
  await nextTask();
  void queryClient.prefetchQuery(queries.machines);
}
