import { Alert, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import type { SessionAction } from '../api/session-actions.ts';
import { sessionQueries } from '../api/session-queries.ts';
import { userLabel } from '../session-words.ts';
import { actionWords, SessionActionDialog } from './SessionActionDialog.tsx';
import { SessionStateBadge } from './SessionCells.tsx';
import { SessionFacts } from './SessionFacts.tsx';

export interface SessionDetailsDrawerProps {
  sessionId: string;
  onClose: () => void;
}

/** One session in full, with its actions; its own URL, so it can be pasted into a ticket. */
export function SessionDetailsDrawer({ sessionId, onClose }: SessionDetailsDrawerProps) {
  const session = useQuery(sessionQueries.detail(sessionId));
  const [action, setAction] = useState<SessionAction | null>(null);
  const data = session.data;
  const problem = session.error ? toApiProblem(session.error) : null;
  // A session that is gone stays gone: its last data would mislead, unlike after other failures.
  const ended = problem?.kind === 'not-found';
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={data ? `Session of ${userLabel(data)}` : 'Session'}
    >
      {ended ? (
        <Alert color="gray" title="This session has ended">
          It is no longer in the site: the user logged off or was logged off.
        </Alert>
      ) : data ? (
        <Stack gap="md">
          <Group gap="xs">
            <SessionStateBadge session={data} />
            <Text size="sm" c="dimmed">
              {data.SessionType} session
            </Text>
          </Group>
          <Group gap="xs" role="toolbar" aria-label="Session actions">
            {(Object.keys(actionWords) as SessionAction[]).map((name) => (
              <Button
                key={name}
                size="xs"
                variant="light"
                color={name === 'logoff' ? 'red' : undefined}
                onClick={() => setAction(name)}
              >
                {actionWords[name].verb}
              </Button>
            ))}
          </Group>
          <SessionFacts session={data} />
        </Stack>
      ) : problem ? (
        <ApiErrorAlert problem={problem} title="Could not load the session" />
      ) : (
        <PageLoader />
      )}
      {action && data && (
        <SessionActionDialog action={action} sessions={[data]} onClose={() => setAction(null)} />
      )}
    </Drawer>
  );
}
