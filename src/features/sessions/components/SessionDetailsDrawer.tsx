import { Alert, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { IconHistory, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { CloudText } from '../../../components/CloudText.tsx';
import { NotFoundMessage } from '../../../components/NotFoundPanel.tsx';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { paths } from '../../../lib/paths.ts';
import { sessionQueries, type SessionAction } from '../../../api/citrix/sessions.ts';
import { sessionDrawerWidthRem } from '../list-behind-drawer.ts';
import { accountName, userLabel } from '../session-words.ts';
import { SessionActionButtons } from './SessionActionButtons.tsx';
import { LazySessionActionDialog } from './lazy-dialogs.ts';
import { SessionStateBadge } from './SessionCells.tsx';
import { SessionFacts } from './SessionFacts.tsx';

export interface SessionDetailsDrawerProps {
  sessionId: string;
  /** The list the drawer opened over, with its search: the way back from a missing session. */
  listHref: string;
  onClose: () => void;
}

/** One session in full, with its actions; its own URL, so it can be pasted into a ticket. */
export function SessionDetailsDrawer({ sessionId, listHref, onClose }: SessionDetailsDrawerProps) {
  const sessionQuery = useQuery(sessionQueries.detail(sessionId));
  const [action, setAction] = useState<SessionAction | null>(null);
  const data = sessionQuery.data;
  // A session that is gone stays gone: its last data would mislead, unlike after other failures.
  // One seen here has ended (a log-off, say); one never seen was not found, as a link may be wrong.
  const gone = sessionQuery.error !== null && toApiProblem(sessionQuery.error).kind === 'not-found';
  const ended = gone && data !== undefined;
  const notFound = gone && data === undefined;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      // In px, as Mantine takes a number: the same scaled width as its `lg` token.
      size={sessionDrawerWidthRem * 16}
      title={
        notFound ? (
          'Session not found'
        ) : data ? (
          <CloudText>Session of {userLabel(data)}</CloudText>
        ) : (
          'Session'
        )
      }
    >
      {notFound ? (
        <NotFoundMessage
          what={`session with ID ${sessionId}`}
          because="It may have ended, or the link may be mistyped."
          back={{ to: listHref, label: 'Back to the sessions' }}
        />
      ) : ended ? (
        <Alert color="gray" title="This session has ended">
          It is no longer in the site: the user logged off or was logged off.
        </Alert>
      ) : (
        <QueryFrame query={sessionQuery} errorTitle="Could not load the session">
          {(session) => (
            <Stack gap="md">
              <Group gap="xs">
                <SessionStateBadge session={session} />
                <Text size="sm" c="dimmed">
                  {session.SessionType} session
                </Text>
              </Group>
              <Group gap="xs" role="toolbar" aria-label="Session actions">
                <SessionActionButtons warnOnLogoff onAction={setAction} />
                <Button
                  component={Link}
                  to={paths.audit.href({ target: sessionId })}
                  size="xs"
                  variant="subtle"
                  leftSection={<IconHistory size={14} aria-hidden />}
                >
                  History
                </Button>
                {accountName(session) && (
                  <Button
                    component={Link}
                    to={paths.user.href(accountName(session))}
                    size="xs"
                    variant="subtle"
                    leftSection={<IconUser size={14} aria-hidden />}
                    // A long name is cut on the button; the whole of it stays in the title.
                    title={`All about ${userLabel(session)}`}
                  >
                    All about {userLabel(session)}
                  </Button>
                )}
              </Group>
              <SessionFacts session={session} />
            </Stack>
          )}
        </QueryFrame>
      )}
      {action && data && (
        <LazySessionActionDialog
          action={action}
          sessions={[data]}
          onClose={() => setAction(null)}
        />
      )}
    </Drawer>
  );
}
