import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useSetSessionHidden } from '../../../api/citrix/sessions.ts';
import { actionFailureWords } from '../../../lib/action-failure-words.ts';

export interface HideSessionDialogProps {
  sessionId: string;
  /** Where the session runs, to name it. */
  machineName: string;
  /** True to hide, false to unhide. */
  hide: boolean;
  onClose: () => void;
}

const words = {
  hide: {
    verb: 'Hide',
    consequence:
      'Hide it when it will not end: the user can start a new session instead of being sent back to this one. It keeps running on the machine until the machine restarts.',
    done: 'Done: the session is hidden.',
  },
  unhide: {
    verb: 'Unhide',
    consequence: 'The user can be reconnected to it again.',
    done: 'Done: the session is no longer hidden.',
  },
};

/** Confirms hiding or unhiding one session, then follows its job to the end. */
export function HideSessionDialog({
  sessionId,
  machineName,
  hide,
  onClose,
}: HideSessionDialogProps) {
  const run = useSetSessionHidden();
  const w = hide ? words.hide : words.unhide;
  const outcome = run.data;
  return (
    <Modal opened onClose={onClose} title={`${w.verb} the session on ${machineName}`}>
      <Stack>
        <Text size="sm">{w.consequence}</Text>
        {run.isPending && (
          <Text size="sm" role="status">
            Working: waiting for the job to finish…
          </Text>
        )}
        {outcome && (
          <Alert color={outcome.ok ? 'teal' : 'red'} role="status" p="xs">
            {outcome.ok
              ? w.done
              : `${w.verb} did not succeed: ${actionFailureWords(outcome.failure, 'the session')}`}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={run.isPending}>
            {outcome ? 'Close' : 'Cancel'}
          </Button>
          {!outcome && (
            <Button onClick={() => run.mutate({ sessionId, hidden: hide })} loading={run.isPending}>
              {w.verb}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
