import { Anchor, Badge, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Session } from '../api/session-schemas.ts';
import { accountName, formatTime, stateColors, userLabel } from '../session-words.ts';
import type { SessionColumn } from '../session-view.ts';

export function SessionStateBadge({ session }: { session: Session }) {
  const state = session.State ?? 'Unknown';
  if (session.LogoffInProgress)
    return (
      <Badge color="gray" variant="light">
        Logging off
      </Badge>
    );
  return (
    <Badge color={stateColors[state] ?? 'gray'} variant="light">
      {state}
    </Badge>
  );
}

function TwoLines({ main, sub }: { main: ReactNode; sub?: string | null }) {
  return (
    <Stack gap={0}>
      <Text size="sm" truncate>
        {main}
      </Text>
      {sub && (
        <Text size="xs" c="dimmed" truncate>
          {sub}
        </Text>
      )}
    </Stack>
  );
}

/** One cell of the sessions table; the user cell links to the session's details. */
export function SessionCell({
  column,
  session,
  detailsHref,
}: {
  column: SessionColumn;
  session: Session;
  detailsHref: string;
}) {
  switch (column) {
    case 'user':
      return (
        <TwoLines
          main={
            <Anchor component={Link} to={detailsHref} size="sm">
              {userLabel(session)}
            </Anchor>
          }
          sub={accountName(session)}
        />
      );
    case 'state':
      return <SessionStateBadge session={session} />;
    case 'machine':
      return <TwoLines main={session.Machine?.Name ?? '—'} sub={session.Machine?.SessionSupport} />;
    case 'deliveryGroup':
      return <Text size="sm">{session.Machine?.DeliveryGroup?.Name ?? '—'}</Text>;
    case 'catalog':
      return <Text size="sm">{session.Machine?.MachineCatalog?.Name ?? '—'}</Text>;
    case 'client':
      return <TwoLines main={session.Client?.Name || '—'} sub={session.Client?.IPAddress} />;
    case 'protocol':
      return <Text size="sm">{session.Connection?.Protocol ?? '—'}</Text>;
    case 'type':
      return <Text size="sm">{session.SessionType ?? '—'}</Text>;
    case 'started':
      return <Text size="sm">{formatTime(session.FormattedStartTime)}</Text>;
    case 'stateChanged':
      return <Text size="sm">{formatTime(session.FormattedStateChangeTime)}</Text>;
  }
}
