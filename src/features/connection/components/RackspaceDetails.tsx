import { Stack, Title } from '@mantine/core';
import type { RackspaceStatus } from '../../../../contracts/console-api.ts';
import { DetailsTable, type DetailItem } from './DetailsTable.tsx';
import { ProviderState } from './ProviderState.tsx';

function rackspaceItems(status: RackspaceStatus): DetailItem[] {
  const state = { label: 'Status', value: <ProviderState status={status} /> };
  switch (status.state) {
    case 'not-configured':
      return [state];
    case 'error':
      return [state, { label: 'Region', value: status.region }];
    case 'connected':
      return [
        state,
        { label: 'Region', value: status.region },
        { label: 'Available regions', value: status.regions.join(', ') || 'None listed' },
        { label: 'Tenant ID', value: status.tenantId, copyText: status.tenantId },
      ];
  }
}

export function RackspaceDetails({ status }: { status: RackspaceStatus }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Rackspace Cloud Servers
      </Title>
      <DetailsTable caption="Rackspace Cloud Servers connection" items={rackspaceItems(status)} />
    </Stack>
  );
}
