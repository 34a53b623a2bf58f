import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Session, SessionAction, SessionMessage } from '../../../api/citrix/sessions.ts';
import { actionWords } from '../session-action-words.ts';
import { canSendMessage } from '../session-message.ts';
import { userLabel } from '../session-words.ts';
import { useBulkSessionAction } from '../use-bulk-session-action.ts';
import { BulkResults } from './BulkResults.tsx';
import { BulkSummary } from './BulkSummary.tsx';
import { SessionMessageFields } from './SessionMessageFields.tsx';

export interface SessionActionDialogProps {
  action: SessionAction;
  sessions: Session[];
  /** With the IDs of the sessions that still need action: failed, not attempted, or unfinished. */
  onClose: (stillToDo: string[]) => void;
}

/**
 * Confirms an action, then follows each session's job to its end and lists how each one ended.
 * Closing while it runs stops it: the sessions not yet sent are not attempted.
 */
export function SessionActionDialog({ action, sessions, onClose }: SessionActionDialogProps) {
  const words = actionWords[action];
  const [message, setMessage] = useState<SessionMessage>({
    Title: 'Message from the help desk',
    Text: '',
    Style: 'Information',
  });
  const bulk = useBulkSessionAction(
    action,
    sessions.map((s) => s.Id),
  );
  const sent = action === 'sendMessage' ? message : undefined;
  const finished = bulk.started && !bulk.running;
  const count = `${sessions.length} session${sessions.length === 1 ? '' : 's'}`;
  const close = () => {
    bulk.stop();
    onClose(bulk.stillToDo);
  };
  return (
    <Modal opened onClose={close} title={`${words.verb}: ${count}`} closeOnClickOutside={false}>
      <Stack>
        <Text size="sm">{words.warning}</Text>
        {bulk.started ? (
          <BulkResults label={`${words.verb} results`} sessions={sessions} results={bulk.results} />
        ) : (
          <List size="sm" spacing={2}>
            {sessions.slice(0, 5).map((s) => (
              <List.Item key={s.Id}>
                {userLabel(s)} on {s.Machine?.Name ?? 'an unknown machine'}
              </List.Item>
            ))}
            {sessions.length > 5 && <List.Item>and {sessions.length - 5} more</List.Item>}
          </List>
        )}
        {action === 'sendMessage' && (
          <SessionMessageFields value={message} onChange={setMessage} disabled={bulk.started} />
        )}
        {bulk.started && (
          <BulkSummary
            verb={words.verb}
            doneWords={words.done}
            count={sessions.length}
            totals={bulk.totals}
            running={bulk.running}
            stopping={bulk.stopping}
          />
        )}
        <Group justify="flex-end">
          {bulk.running ? (
            <Button variant="default" onClick={bulk.stop} disabled={bulk.stopping}>
              Stop
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              {finished ? 'Close' : 'Cancel'}
            </Button>
          )}
          {finished && bulk.totals.done < sessions.length && (
            <Button onClick={() => bulk.retry(sent)}>Retry the failed ones</Button>
          )}
          {!bulk.started && (
            <Button
              color={action === 'logoff' ? 'red' : undefined}
              onClick={() => bulk.start(sent)}
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
