import { Stack, Title } from '@mantine/core';
import type { CitrixStatus } from '../../../../contracts/console-api.ts';
import { DetailsTable, type DetailItem } from './DetailsTable.tsx';
import { ProviderState } from './ProviderState.tsx';

const notNamed = 'No name given';

function citrixItems(status: CitrixStatus): DetailItem[] {
  const state = { label: 'Status', value: <ProviderState status={status} /> };
  switch (status.state) {
    case 'not-configured':
      return [state];
    case 'error':
      return [
        state,
        { label: 'Region', value: status.region },
        ...(status.customerId
          ? [{ label: 'Customer ID', value: status.customerId, copyText: status.customerId }]
          : []),
      ];
    case 'connected':
      return [
        state,
        { label: 'Region', value: status.region },
        { label: 'Customer ID', value: status.customerId, copyText: status.customerId },
        { label: 'Customer name', value: status.customerName ?? notNamed },
        { label: 'Site ID', value: status.siteId, copyText: status.siteId },
        { label: 'Site name', value: status.siteName ?? notNamed },
      ];
  }
}

export function CitrixDetails({ status }: { status: CitrixStatus }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Citrix DaaS
      </Title>
      <DetailsTable caption="Citrix DaaS connection" items={citrixItems(status)} />
    </Stack>
  );
}
