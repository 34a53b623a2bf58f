import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Machine } from '../../../api/citrix/machines.ts';
import { useLoadAfterFirstInput } from '../../../components/lazy-dialog.tsx';
import { UnavailableButton } from '../../../components/UnavailableButton.tsx';
import { roleCannot, usePermissions } from '../../../hooks/use-permissions.ts';
import { machineActionWords, type MachineAction } from '../machine-actions.ts';
import { machineLabel } from '../machine-words.ts';
import { useMachineAction } from '../use-machine-action.ts';
import { LazyMachineActionDialog } from './lazy-dialogs.ts';
import { MachineActionResult } from './MachineActionResult.tsx';

/**
 * Restart and maintenance mode for one machine, each confirmed first; the last action's result
 * stays beside the machine. Roles that may not act see the buttons disabled with the reason.
 */
export function MachineActions({ machine }: { machine: Machine }) {
  const { role, sessionActions } = usePermissions();
  const { state, run, reset } = useMachineAction(machine.Id);
  // The machine as it was when asked: the dialog says what was confirmed ("this ends 2 sessions")
  // while the machine, read again once the job ends, may have none left.
  const [asking, setAsking] = useState<{ action: MachineAction; machine: Machine } | null>(null);
  // The dialog's code, by the time someone clicks.
  useLoadAfterFirstInput(LazyMachineActionDialog);
  if (role === null) return null;
  const maintenance: MachineAction = machine.InMaintenanceMode ? 'maintenanceOff' : 'maintenanceOn';
  const actions: MachineAction[] = ['restart', maintenance];
  const reason = roleCannot(role, 'restart machines or change maintenance mode');
  const buttons = actions.map((action) =>
    sessionActions ? (
      <Button
        key={action}
        size="xs"
        variant="light"
        color={action === 'restart' ? 'red' : undefined}
        disabled={state.phase === 'pending'}
        onClick={() => {
          reset();
          setAsking({ action, machine });
        }}
      >
        {machineActionWords[action].verb}
      </Button>
    ) : (
      <UnavailableButton key={action} size="xs" variant="light" reason={reason}>
        {machineActionWords[action].verb}
      </UnavailableButton>
    ),
  );
  return (
    <Stack gap="xs">
      <Group gap="xs" role="toolbar" aria-label={`Actions on ${machineLabel(machine)}`}>
        {buttons}
      </Group>
      {!asking && <MachineActionResult state={state} />}
      {asking && (
        <LazyMachineActionDialog
          action={asking.action}
          machine={asking.machine}
          state={state}
          onConfirm={() => run(asking.action)}
          onClose={() => setAsking(null)}
        />
      )}
    </Stack>
  );
}
