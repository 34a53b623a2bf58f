import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '../../../../api/citrix/sessions.ts';

export interface SessionImpactProps {
  catalogName: string;
  vdaUpdateDelay: number;
}

function consequence(sessions: number, vdaUpdateDelay: number) {
  const plural = sessions === 1 ? 'session runs' : 'sessions run';
  const running = `${sessions.toLocaleString()} ${plural} on this catalog’s machines.`;
  if (sessions === 0) return `${running} Nobody is interrupted.`;
  if (vdaUpdateDelay === -1)
    return `${running} None is interrupted: machines switch when they next shut down.`;
  if (vdaUpdateDelay === 0)
    return `${running} All of them will be logged off now, without warning.`;
  return `${running} Their users will be warned, then logged off within ${vdaUpdateDelay} minutes.`;
}

/** Who the rollout will interrupt, counted with the sessions API; never blocks the wizard. */
export function SessionImpact({ catalogName, vdaUpdateDelay }: SessionImpactProps) {
  const impactQuery = useQuery(sessionQueries.catalogCount(catalogName));
  const sessions = impactQuery.data;
  if (sessions !== undefined && sessions !== null) {
    const color = sessions === 0 || vdaUpdateDelay === -1 ? 'blue' : 'orange';
    return (
      <Alert color={color} title="Impact on users">
        {consequence(sessions, vdaUpdateDelay)}
      </Alert>
    );
  }
  if (impactQuery.isError || sessions === null) {
    return (
      <Alert color="gray" title="Impact on users unknown">
        The console could not count the sessions on this catalog’s machines. Users with sessions on
        them may still be interrupted.
      </Alert>
    );
  }
  return <Text c="dimmed">Counting the sessions on this catalog’s machines…</Text>;
}
