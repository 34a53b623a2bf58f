import type { QueryClient } from '@tanstack/react-query';
import { machineQueries } from '../../api/citrix/machines.ts';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { personMachinesSearch, personSessionsRequest } from './person-search.ts';

/**
 * Starts the person page's two reads (their sessions, their machines) with the same keys its
 * queries use, so they run while the page's code loads instead of after it has rendered.
 */
export function prefetchPerson(queryClient: QueryClient, user: string) {
  void queryClient.prefetchQuery(sessionQueries.list(personSessionsRequest(user), true));
  void queryClient.prefetchQuery(machineQueries.list(personMachinesSearch(user)));
}
