import type { Session } from '../../api/citrix/sessions.ts';
import { builtOnFirstUse } from '../../lib/built-on-first-use.ts';
import type { RowBadgeColor } from '../../components/RowText.tsx';
import type { SessionColumn } from './session-view.ts';

export const columnLabels: Record<SessionColumn, string> = {
  user: 'User',
  state: 'State',
  machine: 'Machine',
  deliveryGroup: 'Delivery group',
  catalog: 'Catalog',
  client: 'Client',
  protocol: 'Protocol',
  type: 'Type',
  started: 'Started',
  stateChanged: 'In state since',
};

export const stateColors: Record<string, RowBadgeColor> = {
  Active: 'teal',
  Connected: 'blue',
  Disconnected: 'orange',
  Unknown: 'gray',
};

const dateTime = builtOnFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
);
const dateTimeLong = builtOnFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }),
);

/** An RFC 3339 time from the API, in the viewer's own time zone. */
export function formatTime(rfc3339: string | null | undefined, long = false): string {
  if (!rfc3339) return '—';
  const at = new Date(rfc3339);
  if (Number.isNaN(at.getTime())) return rfc3339;
  return (long ? dateTimeLong : dateTime)().format(at);
}

export function userLabel(session: Session): string {
  return (
    session.User?.DisplayName || session.User?.Name || session.UntrustedUserName || 'Unknown user'
  );
}

export function accountName(session: Session): string {
  return session.User?.Name ?? session.UntrustedUserName ?? '';
}
