import type { QueryClient } from '@tanstack/react-query';
import { machineQueries } from '../../api/citrix/machines.ts';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { personMachinesSearch, personSessionsRequest } from './person-search.ts';

/** The person page's two reads: their sessions now (kept fresh) and the machines they are on. */
export const personQueries = (user: string) => ({
  sessions: sessionQueries.list(personSessionsRequest(user), true),
  machines: machineQueries.list(personMachinesSearch(user)),
});

/**
 * Starts the person page's two reads with the same keys its queries use, so they run while the
 * page's code loads instead of after it has rendered.
 */
export function prefetchPerson(queryClient: QueryClient, user: string) {
  const queries = personQueries(user);
  void queryClient.prefetchQuery(queries.sessions);
  void queryClient.prefetchQuery(queries.machines);
}
