import { Badge, Box, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Session } from '../../../api/citrix/sessions.ts';
import { formatTime } from '../session-words.ts';

type Fact = [label: string, value: ReactNode];

function FactGroup({ title, facts }: { title: string; facts: Fact[] }) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      <Box
        component="dl"
        m={0}
        style={{ display: 'grid', gridTemplateColumns: '9rem 1fr', gap: '2px 12px' }}
      >
        {facts.map(([label, value]) => [
          <Text key={`${label}-l`} component="dt" size="sm" c="dimmed">
            {label}
          </Text>,
          <Text
            key={`${label}-v`}
            component="dd"
            size="sm"
            m={0}
            style={{ wordBreak: 'break-word' }}
          >
            {value === null || value === undefined || value === '' ? '—' : value}
          </Text>,
        ])}
      </Box>
    </section>
  );
}

const ms = (value: number | null | undefined) =>
  value == null
    ? null
    : `${(value / 1000).toLocaleString(undefined, { maximumFractionDigits: 1 })} s`;

/** Everything the help desk asks about a session, grouped as a ticket needs it. */
export function SessionFacts({ session: s }: { session: Session }) {
  const apps = s.ApplicationsInUse ?? [];
  const tags = s.Connection?.SmartAccessTags ?? [];
  return (
    <>
      <FactGroup
        title="User"
        facts={[
          ['Display name', s.User?.DisplayName],
          ['Account', s.User?.Name ?? s.UntrustedUserName],
          ['UPN', s.User?.PrincipalName],
          ['SID', s.User?.Sid],
        ]}
      />
      <FactGroup
        title="Client"
        facts={[
          ['Name', s.Client?.Name],
          ['Address', s.Client?.IPAddress],
          ['Platform', s.Client?.Platform],
          ['Workspace app', s.Client?.Version],
        ]}
      />
      <FactGroup
        title="Connection"
        facts={[
          ['Protocol', s.Connection?.Protocol],
          ['Mode', s.Connection?.ConnectionMode],
          ['Connected via', s.Connection?.ConnectedViaHostName ?? s.Connection?.ConnectedViaIP],
          ['Launched via', s.Connection?.LaunchedViaHostName ?? s.Connection?.LaunchedViaIP],
          [
            'Secure ICA',
            s.Connection?.SecureIcaActive == null
              ? null
              : s.Connection.SecureIcaActive
                ? 'Yes'
                : 'No',
          ],
        ]}
      />
      <FactGroup
        title="Machine"
        facts={[
          ['Name', s.Machine?.Name],
          ['DNS name', s.Machine?.DnsName],
          ['Delivery group', s.Machine?.DeliveryGroup?.Name],
          ['Catalog', s.Machine?.MachineCatalog?.Name],
          ['Session support', s.Machine?.SessionSupport],
          ['OS', s.Machine?.OSType],
          ['VDA version', s.Machine?.AgentVersion],
          ['Registration', s.Machine?.RegistrationState],
          ['Zone', s.Machine?.Zone?.Name],
        ]}
      />
      <FactGroup
        title="Brokering"
        facts={[
          ['Brokered at', formatTime(s.Brokering?.FormattedTime, true)],
          ['Brokering took', ms(s.Brokering?.DurationMilliseconds)],
          ['Logon took', ms(s.EstablishmentDurationMilliseconds)],
        ]}
      />
      <FactGroup
        title="Times (your time zone)"
        facts={[
          ['Started', formatTime(s.FormattedStartTime, true)],
          ['Established', formatTime(s.FormattedEstablishmentTime, true)],
          ['State changed', formatTime(s.FormattedStateChangeTime, true)],
        ]}
      />
      <section aria-label="Applications in use">
        <Title order={3} size="h5" mb={4}>
          Applications in use
        </Title>
        {apps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {s.SessionType === 'Desktop' ? 'A full desktop session.' : 'None reported.'}
          </Text>
        ) : (
          <Group gap={4}>
            {apps.map((app) => (
              <Badge key={app.Id ?? app.Name} variant="outline">
                {app.Name}
              </Badge>
            ))}
          </Group>
        )}
      </section>
      <section aria-label="Smart access tags">
        <Title order={3} size="h5" mb={4}>
          Smart access tags
        </Title>
        {tags.length === 0 ? (
          <Text size="sm" c="dimmed">
            None.
          </Text>
        ) : (
          <Group gap={4}>
            {tags.map((tag) => (
              <Badge key={`${tag.Farm}:${tag.Filter}`} variant="light" color="gray">
                {tag.Farm}: {tag.Filter}
              </Badge>
            ))}
          </Group>
        )}
      </section>
    </>
  );
}
