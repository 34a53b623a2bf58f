import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  useSessionAction,
  type ActionOutcome,
  type SessionAction,
  type Session,
  type SessionMessage,
} from '../../../api/citrix/sessions.ts';
import { canSendMessage } from '../session-message.ts';
import { userLabel } from '../session-words.ts';
import { SessionMessageFields } from './SessionMessageFields.tsx';

export const actionWords: Record<SessionAction, { verb: string; done: string; warning: string }> = {
  logoff: {
    verb: 'Log off',
    done: 'logged off',
    warning: 'Applications close and unsaved work in them is lost.',
  },
  disconnect: {
    verb: 'Disconnect',
    done: 'disconnected',
    warning: 'The session keeps running; the user can reconnect to it.',
  },
  sendMessage: {
    verb: 'Send message',
    done: 'sent the message',
    warning: 'The message pops up in the session.',
  },
};

export interface SessionActionDialogProps {
  action: SessionAction;
  sessions: Session[];
  onClose: () => void;
}

/** Confirms an action, then follows each session's job until every one has ended. */
export function SessionActionDialog({ action, sessions, onClose }: SessionActionDialogProps) {
  const words = actionWords[action];
  const [message, setMessage] = useState<SessionMessage>({
    Title: 'Message from the help desk',
    Text: '',
    Style: 'Information',
  });
  const [outcomes, setOutcomes] = useState<ActionOutcome[]>([]);
  const run = useSessionAction();
  const started = run.isPending || run.isSuccess;
  const failures = outcomes.filter((outcome) => !outcome.ok);
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  const confirm = () =>
    run.mutate({
      action,
      sessionIds: sessions.map((s) => s.Id),
      message: action === 'sendMessage' ? message : undefined,
      onProgress: (outcome) => setOutcomes((previous) => [...previous, outcome]),
    });
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${words.verb}: ${count}`}
      closeOnClickOutside={!run.isPending}
    >
      <Stack>
        <Text size="sm">{words.warning}</Text>
        <List size="sm" spacing={2}>
          {sessions.slice(0, 5).map((s) => (
            <List.Item key={s.Id}>
              {userLabel(s)} on {s.Machine?.Name ?? 'an unknown machine'}
            </List.Item>
          ))}
          {sessions.length > 5 && <List.Item>and {sessions.length - 5} more</List.Item>}
        </List>
        {action === 'sendMessage' && (
          <SessionMessageFields value={message} onChange={setMessage} disabled={started} />
        )}
        {started && (
          <Stack gap={4}>
            <Progress
              value={(outcomes.length / sessions.length) * 100}
              aria-label={`${words.verb} progress`}
            />
            <Text size="sm" aria-live="polite">
              {run.isSuccess
                ? `Done: ${words.done} for ${outcomes.length - failures.length} of ${sessions.length}.`
                : `Working: ${outcomes.length} of ${sessions.length} finished…`}
            </Text>
          </Stack>
        )}
        {failures.length > 0 && (
          <Alert color="orange" title={`${failures.length} did not succeed`}>
            {failures.map((f) => (
              <Text size="sm" key={f.sessionId}>
                {userLabel(sessions.find((s) => s.Id === f.sessionId) ?? { Id: f.sessionId })}:{' '}
                {f.error}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={run.isPending}>
            {run.isSuccess ? 'Close' : 'Cancel'}
          </Button>
          {!run.isSuccess && (
            <Button
              color={action === 'logoff' ? 'red' : undefined}
              onClick={confirm}
              loading={run.isPending}
              disabled={action === 'sendMessage' && !canSendMessage(message)}
            >
              {words.verb}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
