import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { lazyComponent } from '../../components/lazy-component.tsx';
import { MachineCard } from '../../features/machines/components/MachineCard.tsx';
import { PersonPage } from '../../features/people/components/PersonPage.tsx';
import { useSessionRowActions } from '../../features/sessions/components/SessionRowActions.tsx';

// Their history is at the foot of the page, below their sessions and machines: its table, and
// with it the tables' code (27 KB gzip), loads once there are records to show, not before the
// page can paint.
const AuditTable = lazyComponent(
  async () => (await import('../../features/audit/components/AuditTable.tsx')).AuditTable,
);

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
        renderHistory={(records, readAt) => (
          <Suspense
            fallback={
              <Center>
                <Loader size="sm" role="img" aria-label="Loading the history" />
              </Center>
            }
          >
            <AuditTable records={records} now={readAt} />
          </Suspense>
        )}
      />
      {sessionActions.dialog}
    </>
  );
}
