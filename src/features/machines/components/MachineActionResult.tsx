import { Alert, Group, Loader, Text } from '@mantine/core';
import { actionFailureWords } from '../../../lib/action-failure-words.ts';
import { machineActionWords } from '../machine-actions.ts';
import type { MachineActionState } from '../use-machine-action.ts';

/** The job's progress, then how it ended, in words; read out as it changes. */
export function MachineActionResult({ state }: { state: MachineActionState }) {
  if (state.phase === 'idle') return null;
  const words = machineActionWords[state.action];
  if (state.phase === 'pending') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{words.pending}</Text>
      </Group>
    );
  }
  const { outcome } = state;
  return outcome.ok ? (
    <Alert color="teal" role="status" p="xs">
      {words.done}
    </Alert>
  ) : (
    <Alert color="red" role="status" p="xs" title={`${words.verb} did not succeed`}>
      {actionFailureWords(outcome.failure, 'the machine')}
    </Alert>
  );
}
