import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Session } from '../../../api/citrix/sessions.ts';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { ShortTable, type ShortTableColumn } from '../../../components/ShortTable.tsx';
import { inWords } from '../../../lib/code-words.ts';
import { localDateTime } from '../../../lib/fact-words.ts';
import { paths } from '../../../lib/paths.ts';
import { HideSessionButton } from './HideSessionButton.tsx';
import { SessionApplications } from './SessionApplications.tsx';

function StateCell({ session }: { session: Session }) {
  return (
    <Group gap={4} wrap="nowrap">
      {session.LogoffInProgress ? (
        <Text size="sm">Logging off</Text>
      ) : (
        <CodeWords value={inWords('sessionState', session.State || 'Unknown')} size="sm" />
      )}
      {session.IsHidden && (
        <Badge color="gray" variant="light">
          Hidden
        </Badge>
      )}
    </Group>
  );
}

type RenderSessionActions = (session: Session) => ReactNode;

const sessionColumns = (renderActions: RenderSessionActions): ShortTableColumn<Session>[] => [
  {
    id: 'session',
    header: 'Session',
    cell: (s) => (
      <Anchor component={Link} to={paths.sessionDetail.href(s.Id)} size="sm">
        {s.SessionType ?? 'A'} session on {s.Machine?.Name ?? 'an unknown machine'}
      </Anchor>
    ),
  },
  { id: 'state', header: 'State', cell: (s) => <StateCell session={s} /> },
  {
    id: 'started',
    header: 'Started',
    cell: (s) => localDateTime(s.FormattedStartTime) ?? '—',
  },
  {
    id: 'client',
    header: 'Client',
    cell: (s) => s.Client?.Name ?? '—',
  },
  {
    id: 'applications',
    header: 'Applications',
    cell: (s) => <SessionApplications sessionId={s.Id} sessionType={s.SessionType} />,
  },
  {
    id: 'actions',
    header: 'Actions',
    cell: (s) => (
      <Group gap="xs" wrap="nowrap">
        {renderActions(s)}
        <HideSessionButton session={s} />
      </Group>
    ),
  },
];

const sessionId = (session: Session) => session.Id;

export interface PersonSessionsProps {
  sessions: Session[];
  /** Log off and the other session actions (the app composes the sessions feature's). */
  renderActions: RenderSessionActions;
}

/** Their sessions now, in any state, each with its applications and actions, hide included. */
export function PersonSessions({ sessions, renderActions }: PersonSessionsProps) {
  if (sessions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No sessions now.
      </Text>
    );
  }
  return (
    <ShortTable
      name="Their sessions"
      rows={sessions}
      columns={sessionColumns(renderActions)}
      rowId={sessionId}
      minWidth={1000}
      verticalSpacing="sm"
    />
  );
}
