import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isPersonsSession } from './person-search.ts';
import { personQueries } from './person-queries.ts';

/**
 * Every machine seen for this person during the visit, in the order first seen. A machine stays
 * once its sessions end (after a restart, say), so its actions' results stay on screen too.
 */
function useRememberedIds(user: string, current: string[]): string[] {
  const [seen, setSeen] = useState({ user, ids: [] as string[] });
  const base = seen.user === user ? seen.ids : [];
  const fresh = [...new Set(current)].filter((id) => !base.includes(id));
  // Adjusting state while rendering, as React documents for state that follows props.
  if (fresh.length > 0 || seen.user !== user) setSeen({ user, ids: [...base, ...fresh] });
  return [...base, ...fresh];
}

/** One person's sessions now (any state) and the machines they are on. */
export function usePerson(user: string) {
  const queries = personQueries(user);
  const sessionsQuery = useQuery(queries.sessions);
  const machinesQuery = useQuery(queries.machines);
  const sessions = (sessionsQuery.data?.Items ?? []).filter((s) => isPersonsSession(s, user));
  const machineIds = useRememberedIds(user, [
    ...sessions.flatMap((s) => (s.Machine?.Id ? [s.Machine.Id] : [])),
    ...(machinesQuery.data?.Items.map((m) => m.Id) ?? []),
  ]);
  const loaded = sessionsQuery.data !== undefined && machinesQuery.data !== undefined;
  return {
    /** For QueryFrame: both reads, the first failure, and one retry for both. */
    query: {
      data: loaded ? { sessions, machineIds } : undefined,
      error: sessionsQuery.error ?? machinesQuery.error,
      refetch: () => Promise.all([sessionsQuery.refetch(), machinesQuery.refetch()]),
    },
    /** More sessions than one page holds: the page shows the first ones and says so. */
    truncated: (sessionsQuery.data?.TotalItems ?? 0) > sessions.length,
  };
}
