import { Anchor, Badge, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { CloudName } from '../../../components/CloudName.tsx';
import { CodeWords } from '../../../components/CodeWords.tsx';
import { inWords, type Worded } from '../../../lib/code-words.ts';
import type { Session } from '../../../api/citrix/sessions.ts';
import { paths } from '../../../lib/paths.ts';
import { accountName, formatTime, stateColors, userLabel } from '../session-words.ts';
import type { SessionColumn } from '../session-view.ts';

export function SessionStateBadge({ session }: { session: Session }) {
  const state = session.State || 'Unknown';
  if (session.LogoffInProgress)
    return (
      <Badge color="gray" variant="light" miw="max-content">
        Logging off
      </Badge>
    );
  const words = inWords('sessionState', state)?.words ?? state;
  return (
    // Never squeezed to "A…" when a long name in the same row claims the width.
    <Badge
      color={stateColors[state] ?? 'gray'}
      variant="light"
      miw="max-content"
      title={`Code: ${state}`}
    >
      {words}
    </Badge>
  );
}

// A width to cut at: without one, a long name would stretch its column and push the rest away.
function TwoLines({ main, sub }: { main: ReactNode; sub?: string | Worded | null }) {
  return (
    <Stack gap={0} maw={320}>
      <Text size="sm" truncate title={typeof main === 'string' ? main : undefined}>
        {main}
      </Text>
      {typeof sub === 'string' && sub && (
        <Text size="xs" c="dimmed" truncate title={sub}>
          {sub}
        </Text>
      )}
      {sub && typeof sub === 'object' && <CodeWords value={sub} size="xs" c="dimmed" truncate />}
    </Stack>
  );
}

/** A delivery group's or catalog's name, cut narrower than the user's. */
function NameCell({ name }: { name: string | null | undefined }) {
  return <CloudName name={name} placeholder="—" maw={240} size="sm" />;
}

/**
 * The session's details, opened over the list. The link keeps the list's search, so closing the
 * details returns to it. It reads the address itself (as every router link does anyway), so a new
 * search redraws these links only, not every cell of the rows on screen.
 */
function SessionDetailsLink({ session }: { session: Session }) {
  const { search } = useLocation();
  return (
    // Cut by the link itself: an ellipsis on the paragraph around it can hide it all.
    <Anchor
      component={Link}
      to={`${paths.sessionDetail.href(session.Id)}${search}`}
      size="sm"
      display="block"
      truncate="end"
      title={userLabel(session)}
    >
      {userLabel(session)}
    </Anchor>
  );
}

/** One cell of the sessions table; the user cell links to the session's details. */
export function SessionCell({ column, session }: { column: SessionColumn; session: Session }) {
  switch (column) {
    case 'user':
      return (
        <TwoLines main={<SessionDetailsLink session={session} />} sub={accountName(session)} />
      );
    case 'state':
      return <SessionStateBadge session={session} />;
    case 'machine':
      return (
        <TwoLines
          main={session.Machine?.Name || '—'}
          sub={inWords('sessionSupport', session.Machine?.SessionSupport)}
        />
      );
    case 'deliveryGroup':
      return <NameCell name={session.Machine?.DeliveryGroup?.Name} />;
    case 'catalog':
      return <NameCell name={session.Machine?.MachineCatalog?.Name} />;
    case 'client':
      return <TwoLines main={session.Client?.Name || '—'} sub={session.Client?.IPAddress} />;
    case 'protocol':
      return <CodeWords value={inWords('protocol', session.Connection?.Protocol)} size="sm" />;
    case 'type':
      return <Text size="sm">{session.SessionType ?? '—'}</Text>;
    case 'started':
      return <Text size="sm">{formatTime(session.FormattedStartTime)}</Text>;
    case 'stateChanged':
      return <Text size="sm">{formatTime(session.FormattedStateChangeTime)}</Text>;
  }
}
