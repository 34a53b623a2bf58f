import { useParams } from 'react-router';
import { AuditTable } from '../../features/audit/components/AuditTable.tsx';
import { MachineCard } from '../../features/machines/components/MachineCard.tsx';
import { PersonPage } from '../../features/people/components/PersonPage.tsx';
import { useSessionRowActions } from '../../features/sessions/components/SessionRowActions.tsx';

/** `/users/:user`: one person's sessions and machines (each with their actions) and history. */
export function PersonRoute() {
  const { user = '' } = useParams();
  const sessionActions = useSessionRowActions();
  return (
    <>
      <PersonPage
        // A new person is a new page: nothing remembered from the last one carries over.
        key={user}
        user={user}
        renderSessionActions={sessionActions.renderActions}
        renderMachine={(machineId) => <MachineCard machineId={machineId} />}
        renderHistory={(records, readAt) => <AuditTable records={records} now={readAt} />}
      />
      {sessionActions.dialog}
    </>
  );
}
