import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ConnectionStatus } from '../../../../contracts/console-api.ts';
import { paths } from '../../../lib/paths.ts';
import { citrixCloudRegionWords, regionWords } from '../../../lib/region-words.ts';
import { modeDescription, modeLabel } from '../connection-words.ts';
import { ProviderState } from './ProviderState.tsx';

export interface ConnectionSummaryProps {
  status: ConnectionStatus;
  /** Called when the Settings link is followed, so the popover can close. */
  onNavigate: () => void;
}

/** The indicator's popover: enough to answer "which customer am I working on, and is it OK?" */
export function ConnectionSummary({ status, onNavigate }: ConnectionSummaryProps) {
  const { citrix, rackspace } = status;
  return (
    <Stack gap="sm">
      <div>
        <Text fw={600}>{modeLabel(status)}</Text>
        <Text size="sm" c="dimmed">
          {modeDescription(status)}
        </Text>
      </div>
      <Divider />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" fw={500}>
          Citrix DaaS
        </Text>
        <ProviderState status={citrix} />
      </Group>
      {citrix.state === 'connected' && (
        <Text size="sm">
          Customer {citrix.customerName ?? citrix.customerId}, site{' '}
          {citrix.siteName ?? citrix.siteId}, region {citrixCloudRegionWords(citrix.region)}
        </Text>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" fw={500}>
          Rackspace Cloud Servers
        </Text>
        <ProviderState status={rackspace} />
      </Group>
      {rackspace.state === 'connected' && (
        <Text size="sm">
          Region {regionWords(rackspace.region)}, account {rackspace.tenantId}
        </Text>
      )}
      <Divider />
      <Anchor component={Link} to={paths.settings.href()} size="sm" onClick={onNavigate}>
        Connection settings
      </Anchor>
    </Stack>
  );
}
