import type { Session } from '../../api/citrix/sessions.ts';
import type { Fact } from '../../components/Facts.tsx';
import { inWords } from '../../lib/code-words.ts';
import { yesNo } from '../../lib/fact-words.ts';
import { formatTime } from './session-words.ts';

export interface SessionFactGroup {
  title: string;
  facts: Fact[];
}

const ms = (value: number | null | undefined) =>
  value == null
    ? null
    : `${(value / 1000).toLocaleString(undefined, { maximumFractionDigits: 1 })} s`;

/** Everything the help desk asks about a session, grouped as a ticket needs it. */
export function sessionFactGroups(s: Session): SessionFactGroup[] {
  const connection = s.Connection;
  return [
    {
      title: 'User',
      facts: [
        { label: 'Display name', value: s.User?.DisplayName },
        { label: 'Account', value: s.User?.Name ?? s.UntrustedUserName },
        { label: 'UPN', value: s.User?.PrincipalName },
        { label: 'SID', value: s.User?.Sid },
      ],
    },
    {
      title: 'Client',
      facts: [
        { label: 'Name', value: s.Client?.Name },
        { label: 'Address', value: s.Client?.IPAddress },
        { label: 'Platform', value: s.Client?.Platform },
        { label: 'Workspace app', value: s.Client?.Version },
      ],
    },
    {
      title: 'Connection',
      facts: [
        { label: 'Protocol', value: inWords('protocol', connection?.Protocol) },
        { label: 'Mode', value: inWords('connectionMode', connection?.ConnectionMode) },
        {
          label: 'Connected via',
          value: connection?.ConnectedViaHostName ?? connection?.ConnectedViaIP,
        },
        {
          label: 'Launched via',
          value: connection?.LaunchedViaHostName ?? connection?.LaunchedViaIP,
        },
        { label: 'Secure ICA', value: yesNo(connection?.SecureIcaActive) },
      ],
    },
    {
      title: 'Machine',
      facts: [
        { label: 'Name', value: s.Machine?.Name },
        { label: 'DNS name', value: s.Machine?.DnsName },
        { label: 'Delivery group', value: s.Machine?.DeliveryGroup?.Name },
        { label: 'Catalog', value: s.Machine?.MachineCatalog?.Name },
        { label: 'Session support', value: inWords('sessionSupport', s.Machine?.SessionSupport) },
        { label: 'OS', value: s.Machine?.OSType },
        { label: 'VDA version', value: s.Machine?.AgentVersion },
        { label: 'Registration', value: inWords('registration', s.Machine?.RegistrationState) },
        { label: 'Zone', value: s.Machine?.Zone?.Name },
      ],
    },
    {
      title: 'Brokering',
      facts: [
        { label: 'Brokered at', value: formatTime(s.Brokering?.FormattedTime, true) },
        { label: 'Brokering took', value: ms(s.Brokering?.DurationMilliseconds) },
        { label: 'Logon took', value: ms(s.EstablishmentDurationMilliseconds) },
      ],
    },
    {
      title: 'Times (your time zone)',
      facts: [
        { label: 'Started', value: formatTime(s.FormattedStartTime, true) },
        { label: 'Established', value: formatTime(s.FormattedEstablishmentTime, true) },
        { label: 'State changed', value: formatTime(s.FormattedStateChangeTime, true) },
      ],
    },
  ];
}
