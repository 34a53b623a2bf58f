import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { CloudName } from '../../../components/CloudName.tsx';
import { codeTitle, CodeWords, endlessWord } from '../../../components/CodeWords.tsx';
import { RowBadge, RowLink, RowStack, RowText } from '../../../components/RowText.tsx';
import { inWords, type Worded } from '../../../lib/code-words.ts';
import type { Session } from '../../../api/citrix/sessions.ts';
import { paths } from '../../../lib/paths.ts';
import { accountName, formatTime, stateColors, userLabel } from '../session-words.ts';
import type { SessionColumn } from '../session-view.ts';

// Cells render as plain markup (RowText): the first page of sessions is 100 rows of them.

export function SessionStateBadge({ session }: { session: Session }) {
  const state = session.State || 'Unknown';
  if (session.LogoffInProgress) return <RowBadge color="gray">Logging off</RowBadge>;
  const words = inWords('sessionState', state)?.words ?? state;
  return (
    // Never squeezed to "A…" when a long name in the same row claims the width.
    <RowBadge color={stateColors[state] ?? 'gray'} title={`Code: ${state}`}>
      {words}
    </RowBadge>
  );
}

/** A code in words, the code on hover; an unknown endless code goes to CodeWords to break. */
function CodeText({
  value,
  size = 'sm',
  ...props
}: {
  value: Worded | null;
  size?: 'sm' | 'xs';
  dimmed?: boolean;
  truncate?: boolean;
}) {
  const words = value?.words ?? '—';
  if (endlessWord.test(words)) {
    return (
      <CodeWords
        value={value}
        size={size}
        c={props.dimmed ? 'dimmed' : undefined}
        truncate={props.truncate}
      />
    );
  }
  return (
    <RowText inline size={size} title={codeTitle(value)} {...props}>
      {words}
    </RowText>
  );
}

// A width to cut at: without one, a long name would stretch its column and push the rest away.
// A link cuts itself (`RowLink`): in a paragraph that cut its overflow, the paragraph cut the
// link's focus outline off too, and a keyboard user saw no focus on the row.
function TwoLines({ main, sub }: { main: ReactNode; sub?: string | Worded | null }) {
  return (
    <RowStack maw={320}>
      {typeof main === 'string' ? (
        <RowText truncate title={main}>
          {main}
        </RowText>
      ) : (
        main
      )}
      {typeof sub === 'string' && sub && (
        <RowText size="xs" dimmed truncate title={sub}>
          {sub}
        </RowText>
      )}
      {sub && typeof sub === 'object' && <CodeText value={sub} size="xs" dimmed truncate />}
    </RowStack>
  );
}

/** A delivery group's or catalog's name, cut narrower than the user's. */
function NameCell({ name }: { name: string | null | undefined }) {
  if (!name?.trim()) return <CloudName name={name} placeholder="—" maw={240} size="sm" />;
  return (
    <RowText inline truncate maw={240} title={name}>
      {name}
    </RowText>
  );
}

/**
 * The session's details, opened over the list. The link keeps the list's search, so closing the
 * details returns to it. It reads the address itself (as every router link does anyway), so a new
 * search redraws these links only, not every cell of the rows on screen.
 */
function SessionDetailsLink({ session }: { session: Session }) {
  const { search } = useLocation();
  const label = userLabel(session);
  return (
    // Cut by the link itself: an ellipsis on the paragraph around it can hide it all.
    <RowLink to={`${paths.sessionDetail.href(session.Id)}${search}`} title={label}>
      {label}
    </RowLink>
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
      return <CodeText value={inWords('protocol', session.Connection?.Protocol)} />;
    case 'type':
      return <RowText>{session.SessionType ?? '—'}</RowText>;
    case 'started':
      return <RowText>{formatTime(session.FormattedStartTime)}</RowText>;
    case 'stateChanged':
      return <RowText>{formatTime(session.FormattedStateChangeTime)}</RowText>;
  }
}
