import { machineQueries } from '../../api/citrix/machines.ts';
import { sessionQueries } from '../../api/citrix/sessions.ts';
import { personMachinesSearch, personSessionsRequest } from './person-search.ts';

/** The person page's two reads: their sessions now (kept fresh) and the machines they are on. */
export const personQueries = (user: string) => ({
  sessions: sessionQueries.list(personSessionsRequest(user), true),
  machines: machineQueries.list(personMachinesSearch(user)),
});
