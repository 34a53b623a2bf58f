import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Session } from '../../../api/citrix/sessions.ts';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { DataTable } from '../../../components/data-table/DataTable.tsx';
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

// Built once per page: the table compares columns by identity.
const sessionColumns = (renderActions: RenderSessionActions): ColumnDef<Session>[] => [
  {
    id: 'session',
    header: 'Session',
    cell: ({ row: { original: s } }) => (
      <Anchor component={Link} to={paths.sessionDetail.href(s.Id)} size="sm">
        {s.SessionType ?? 'A'} session on {s.Machine?.Name ?? 'an unknown machine'}
      </Anchor>
    ),
  },
  { id: 'state', header: 'State', cell: ({ row }) => <StateCell session={row.original} /> },
  {
    id: 'started',
    header: 'Started',
    cell: ({ row }) => localDateTime(row.original.FormattedStartTime) ?? '—',
  },
  {
    id: 'client',
    header: 'Client',
    cell: ({ row }) => row.original.Client?.Name ?? '—',
  },
  {
    id: 'applications',
    header: 'Applications',
    cell: ({ row }) => (
      <SessionApplications sessionId={row.original.Id} sessionType={row.original.SessionType} />
    ),
  },
  {
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => (
      <Group gap="xs" wrap="nowrap">
        {renderActions(row.original)}
        <HideSessionButton session={row.original} />
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
  const columns = useMemo(() => sessionColumns(renderActions), [renderActions]);
  if (sessions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No sessions now.
      </Text>
    );
  }
  return (
    <DataTable
      name="Their sessions"
      rows={sessions}
      columns={columns}
      rowId={sessionId}
      minWidth={1000}
      verticalSpacing="sm"
    />
  );
}
