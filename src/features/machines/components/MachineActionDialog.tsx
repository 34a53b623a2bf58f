import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Machine } from '../../../api/citrix/machines.ts';
import { machineActionWords, type MachineAction } from '../machine-actions.ts';
import { machineLabel } from '../machine-words.ts';
import type { MachineActionState } from '../use-machine-action.ts';
import { MachineActionResult } from './MachineActionResult.tsx';

export interface MachineActionDialogProps {
  action: MachineAction;
  machine: Machine;
  state: MachineActionState;
  onConfirm: () => void;
  onClose: () => void;
}

/** Names the machine and says what happens; once confirmed, follows the job to its end. */
export function MachineActionDialog({
  action,
  machine,
  state,
  onConfirm,
  onClose,
}: MachineActionDialogProps) {
  const words = machineActionWords[action];
  const pending = state.phase === 'pending';
  const ended = state.phase === 'ended';
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${words.verb}: ${machineLabel(machine)}`}
      closeOnClickOutside={!pending}
    >
      <Stack>
        <Text size="sm">{words.consequence(machine)}</Text>
        <MachineActionResult state={state} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {ended ? 'Close' : 'Cancel'}
          </Button>
          {!ended && (
            <Button
              color={action === 'restart' ? 'red' : undefined}
              onClick={onConfirm}
              loading={pending}
            >
              {words.verb}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
